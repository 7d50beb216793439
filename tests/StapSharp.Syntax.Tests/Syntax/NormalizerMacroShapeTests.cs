using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StapSharp.Testing;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>
    /// `stapsharp fmt` is meaning-preserving on the tapset corpus, which uses macros heavily: every tapset file that
    /// parses without errors (with the installed library macros, as the CLI parses) formats to text that parses, with
    /// the same options, to a tree of the same shape (the same node and token kinds in the same order) and no error.
    /// </summary>
    public class NormalizerMacroShapeTests(ITestOutputHelper output)
    {
        private const string TapsetDirectory = "/usr/share/systemtap/tapset";

        [RequiresFact(Needs.Tapsets)]
        public void FormattingTapsetFilesKeepsTheirTreeShape()
        {
            Prerequisites.Require(Needs.Tapsets);
            var library = MacroLibrary.LoadTapsetDirectory(TapsetDirectory);
            var options = StapParseOptions.Default.WithKind(StapSourceKind.Library).WithLibraryMacros(library);
            var files = Directory.GetFiles(TapsetDirectory, "*.stp", SearchOption.AllDirectories).OrderBy(f => f).ToList();
            var failures = new ConcurrentBag<string>();
            int checkedFiles = 0, withMacros = 0;
            Parallel.ForEach(files, file =>
            {
                var tree = StapSyntaxTree.ParseText(File.ReadAllText(file), options, file);
                if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return;
                System.Threading.Interlocked.Increment(ref checkedFiles);
                var root = tree.GetRoot();
                if (root.DescendantNodes().Any(n => n.Kind is SyntaxKind.MacroInvocationExpression or SyntaxKind.MacroDefinition))
                    System.Threading.Interlocked.Increment(ref withMacros);
                var formatted = StapSyntaxTree.ParseText(root.NormalizeWhitespace().ToFullString(), options, file);
                var error = formatted.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                if (error != null)
                {
                    failures.Add($"{file}: the formatted text has an error: {error}");
                    return;
                }
                var before = root.DescendantNodesAndTokens().Select(n => n.Kind).ToList();
                var after = formatted.GetRoot().DescendantNodesAndTokens().Select(n => n.Kind).ToList();
                if (!before.SequenceEqual(after))
                {
                    int i = Enumerable.Range(0, System.Math.Min(before.Count, after.Count)).FirstOrDefault(k => before[k] != after[k]);
                    failures.Add($"{file}: element {i} was {before.ElementAtOrDefault(i)}, is {after.ElementAtOrDefault(i)}");
                }
            });
            output.WriteLine($"{checkedFiles} of {files.Count} tapset files parse cleanly ({withMacros} use macros); {failures.Count} change shape");
            Assert.True(checkedFiles > files.Count / 2, $"only {checkedFiles} of {files.Count} tapset files parse cleanly");
            Assert.True(withMacros > 0, "no tapset file uses a macro: the test checks nothing about macros");
            Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f).Take(30)));
        }
    }
}
