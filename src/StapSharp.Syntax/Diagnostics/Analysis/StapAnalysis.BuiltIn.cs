using System.Collections.Immutable;

namespace StapSharp.Diagnostics
{
    public static partial class StapAnalysis
    {
        /// <summary>The built-in analyzers (rules STP5001–STP5016), documented in docs/analyzers.md.</summary>
        public static ImmutableArray<StapAnalyzer> BuiltInAnalyzers { get; } = ImmutableArray.Create<StapAnalyzer>(
            new PrintfFormatAnalyzer(),
            new GlobalUsageAnalyzer(),
            new LocalUsageAnalyzer(),
            new UnusedFunctionAnalyzer(),
            new ShadowedGlobalAnalyzer(),
            new UnboundedArrayInHotProbeAnalyzer(),
            new EntryValueAnalyzer(),
            new DeprecatedFunctionAnalyzer(),
            new DivisionByZeroAnalyzer(),
            new UnreachableCodeAnalyzer(),
            new StringNumberComparisonAnalyzer(),
            new EmptyProbeAnalyzer());
    }
}
