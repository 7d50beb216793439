using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StapSharp.Diagnostics;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Analysis
{
    public class BuiltInCorpusTests
    {
        private const string Examples = "/usr/share/systemtap/examples";

        /// <summary>Every built-in analyzer runs over every installed example script without failing (no STP9001).</summary>
        [RequiresFact(Needs.Examples)]
        public async Task BuiltInAnalyzersNeverFailOnInstalledExamples()
        {
            Prerequisites.Require(Needs.Examples);
            var trees = Directory.EnumerateFiles(Examples, "*.stp", SearchOption.AllDirectories)
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .Select(path => StapSyntaxTree.ParseText(File.ReadAllText(path), path: path))
                .ToArray();
            Assert.True(trees.Length > 100);
            var diagnostics = await StapAnalysis.RunAsync(trees, StapAnalysis.BuiltInAnalyzers);
            Assert.DoesNotContain(diagnostics, d => d.Id == "STP9001");
            Assert.Contains(diagnostics, d => d.Id.StartsWith("STP50", System.StringComparison.Ordinal));
        }
    }
}
