using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StapSharp.Samples;
using StapSharp.Syntax;
using StapSharp.Testing;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// docs/getting-started.md cannot rot: its C# blocks are the regions of samples/GettingStarted/GettingStarted.cs,
    /// which this project compiles, and the steps run here as far as they can without loading a module.
    /// </summary>
    public sealed class GettingStartedTests
    {
        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "StapSharp.slnx")))
                    return dir.FullName;
            throw new InvalidOperationException("StapSharp.slnx not found above " + AppContext.BaseDirectory);
        }

        private static IReadOnlyList<string> Lines(string text) =>
            text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();

        /// <summary>The body of each <c>// &lt;stepN&gt;</c> region, without the region's common indentation.</summary>
        private static List<string> SampleRegions()
        {
            var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "GettingStarted", "GettingStarted.cs"));
            return System.Text.RegularExpressions.Regex.Matches(source, @"// <(step\d)>\n(.*?)\n\s*// </\1>", System.Text.RegularExpressions.RegexOptions.Singleline)
                .Select(m => Dedent(m.Groups[2].Value)).ToList();
        }

        private static List<string> ArticleBlocks()
        {
            var article = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "getting-started.md")).Replace("\r\n", "\n");
            return System.Text.RegularExpressions.Regex.Matches(article, "```csharp\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline)
                .Select(m => Dedent(m.Groups[1].Value)).ToList();
        }

        private static string Dedent(string block)
        {
            var lines = Lines(block);
            int indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
            return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l)).Trim('\n');
        }

        [Fact]
        public void TheArticleShowsExactlyTheCodeThisProjectCompiles()
        {
            List<string> regions = SampleRegions();
            List<string> blocks = ArticleBlocks();
            Assert.Equal(4, regions.Count);
            Assert.Equal(regions, blocks);
        }

        [Fact]
        public void Step1ParsesTheScriptWithoutErrors()
        {
            StapSyntaxTree tree = Step1Parse.Parse();
            Assert.Empty(tree.GetDiagnostics());
            Assert.Equal(Step1Parse.Script, tree.GetRoot().ToFullString());
        }

        [RequiresFact(Needs.Tapsets)]
        public async Task Step2ReportsTheCustomRuleAtTheFastTimer()
        {
            Prerequisites.Require(Needs.Tapsets);
            ImmutableArray<Diagnostic> diagnostics = await Step2Check.CheckAsync(Step1Parse.Parse(), CancellationToken.None);
            Diagnostic fast = Assert.Single(diagnostics);   // the article says: one diagnostic, ACME100
            Assert.Equal("ACME100", fast.Id);
            Assert.Equal(DiagnosticSeverity.Warning, fast.Severity);
            Assert.Equal("'timer.ms(1)' fires every 1 ms; 10 ms or more is usually enough", fast.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 6), fast.Location.GetLineSpan().StartLinePosition);   // ticks.stp(2,7)
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        [RequiresFact(Needs.Tapsets)]
        public void Step3GeneratesTheModuleFiles()
        {
            Prerequisites.Require(Needs.Tapsets);
            GeneratedModule module = Step3Build.Generate(Step1Parse.Parse());
            Assert.True(module.Success, string.Join("\n", module.Diagnostics));
            Assert.Contains(module.Files, f => f.RelativePath == "Kbuild");
            GeneratedFile source = Assert.Single(module.Files, f => f.RelativePath == "stap_ticks_src.c");
            Assert.Contains("ticks", source.Text, StringComparison.Ordinal);
        }

        [RequiresFact(Needs.Tapsets | Needs.ModuleBuild)]
        public async Task Step3BuildsTheKernelModule()
        {
            Prerequisites.Require(Needs.Tapsets | Needs.ModuleBuild);
            GeneratedModule module = Step3Build.Generate(Step1Parse.Parse());
            string directory = Path.Combine(Path.GetTempPath(), "stapsharp-getting-started-" + Environment.ProcessId);
            try
            {
                ModuleBuildResult result = await Step3Build.BuildAsync(module, directory, CancellationToken.None);
                Assert.True(result.Success, string.Join("\n", result.Diagnostics));
                Assert.True(File.Exists(result.ModulePath));
                // Step 4 loads the module: that happens only in the QEMU guest (docs/vm.md), never here.
            }
            finally
            {
                if (Directory.Exists(directory))
                    Directory.Delete(directory, recursive: true);
            }
        }
    }
}
