using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;
using StapSharp.Syntax.Tests.Parsing;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Corpus
{
    /// <summary>
    /// Every tapset and example file installed with SystemTap 4.8 parses exactly as stap accepts it: exact round
    /// trip, no diagnostics, contiguous tokens. Skips (passes vacuously) when SystemTap is not installed.
    /// </summary>
    public class CorpusParsingTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusParsingTests(ITestOutputHelper output) => _output = output;

        [RequiresFact(Needs.Tapsets | Needs.Examples)]
        public void TapsetFilesParseCleanly() => CheckAll(SystemTapCorpus.TapsetFiles);

        [RequiresFact(Needs.Tapsets | Needs.Examples)]
        public void ExampleScriptsParseCleanly() => CheckAll(SystemTapCorpus.ExampleFiles);

        private void CheckAll(IReadOnlyList<CorpusFile> files)
        {
            Prerequisites.Require(Needs.Tapsets | Needs.Examples);
            Assert.NotEmpty(files);
            var failures = new StringBuilder();
            int failed = 0;
            foreach (var file in files)
            {
                string? problem = Check(file);
                if (problem == null) continue;
                failed++;
                if (failed <= 25) failures.Append(file.Path).Append(": ").Append(problem).Append('\n');
            }
            _output.WriteLine($"{files.Count - failed} of {files.Count} files parse cleanly.");
            Assert.True(failed == 0, $"{failed} of {files.Count} files failed:\n{failures}");
        }

        private static string? Check(CorpusFile file)
        {
            var source = SourceText.From(file.Text);
            var root = new LanguageParser(source, file.Options).ParseCompilationUnit();
            if (root.ToFullString() != file.Text) return "round trip differs";
            if (root.FullWidth != file.Text.Length) return "full width differs from the text length";

            int expectedStart = 0;
            foreach (var node in GreenTreeInspector.NodesAndTokens(root))
            {
                if (node is not GreenToken token) continue;
                if (token.FullWidth < 0) return "negative token width";
                expectedStart += token.FullWidth;
            }
            if (expectedStart != file.Text.Length) return "token widths do not add up to the text length";

            var diagnostics = GreenTreeInspector.Diagnostics(root);
            if (diagnostics.Count == 0) return null;
            return string.Join("; ", diagnostics.Take(3).Select(d => Describe(source, d)));
        }

        internal static string Describe(SourceText source, FoundDiagnostic d)
        {
            var position = source.Lines.GetLinePosition(System.Math.Min(d.Position, source.Length));
            int end = System.Math.Min(source.Length, d.Position + System.Math.Max(d.Width, 12));
            string near = source.ToString(TextSpan.FromBounds(System.Math.Min(d.Position, source.Length), end)).Replace("\n", "\\n");
            return $"({position.Line + 1},{position.Character + 1}) {d.Code} {string.Join(",", d.Arguments)} near '{near}'";
        }
    }
}
