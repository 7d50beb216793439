using System;
using System.Linq;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// A fact comparing StapSharp with stap's verdicts (the guru-marked functions of the installed tapsets, the call-chain scripts). Skipped,
    /// with the reason, when the tapsets are not installed or a verdict is neither cached nor obtainable from an
    /// installed stap; never skipped when STAPSHARP_VM_REQUIRED=1 (CI), where the test then fails.
    /// </summary>
    public sealed class StapVerdictFactAttribute : FactAttribute
    {
        public StapVerdictFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") == "1") return;
            if (!InstalledGuruFunctions.TapsetsInstalled)
            {
                Skip = "the SystemTap tapsets are not installed (" + StapSharp.Semantics.TapsetSearchPath.DefaultRoot + ")";
                return;
            }

            var missing = InstalledGuruFunctions.All.FirstOrDefault(f =>
                !StapVerdictCache.IsAvailable(GuruFunctionAgreementTests.WithoutGuru, f.Script) || !StapVerdictCache.IsAvailable(GuruFunctionAgreementTests.WithGuru, f.Script));
            if (missing is not null)
            {
                Skip = "stap is not installed and no cached stap verdict exists for " + missing.Script;
                return;
            }

            if (CallChainDepthTests.StapScripts.Concat(RegexBranchingTests.Cases.Select(c => RegexBranchingTests.Script(c.Pattern)))
                .Any(s => !StapVerdictCache.IsAvailable(GuruFunctionAgreementTests.WithoutGuru, s)))
                Skip = "stap is not installed and no cached stap verdict exists for the call-chain or regex scripts";
        }
    }
}
