using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>
    /// On every installed tapset and example: normalizing keeps the token sequence, keeps every comment, and
    /// normalizing again changes nothing. (Needs no stap binary, only the installed .stp files.)
    /// </summary>
    public class NormalizerCorpusTests
    {
        private static readonly string[] s_directories = { "/usr/share/systemtap/tapset", StapPassOne.ExamplesDirectory };
        private readonly ITestOutputHelper _output;

        public NormalizerCorpusTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void NormalizingInstalledScriptsKeepsTokensAndIsIdempotent()
        {
            var files = s_directories.Where(Directory.Exists)
                .SelectMany(d => Directory.GetFiles(d, "*.stp*", SearchOption.AllDirectories))
                .Where(f => f.EndsWith(".stp") || f.EndsWith(".stpm"))
                .OrderBy(f => f).ToList();
            var failures = new ConcurrentBag<string>();
            Parallel.ForEach(files, file =>
            {
                var text = File.ReadAllText(file);
                var options = file.Contains("/tapset/") ? StapParseOptions.Default.WithKind(StapSourceKind.Library) : StapParseOptions.Default;
                var root = StapSyntaxTree.ParseText(text, options, file).GetRoot();
                var once = root.NormalizeWhitespace().ToFullString();
                var reparsed = StapSyntaxTree.ParseText(once, options).GetRoot();
                var before = root.DescendantTokens().Select(t => t.Kind + " " + t.Text).ToList();
                var after = reparsed.DescendantTokens().Select(t => t.Kind + " " + t.Text).ToList();
                if (!before.SequenceEqual(after))
                {
                    int i = Enumerable.Range(0, System.Math.Min(before.Count, after.Count)).FirstOrDefault(k => before[k] != after[k]);
                    failures.Add($"{file}: token {i} was '{before.ElementAtOrDefault(i)}', is '{after.ElementAtOrDefault(i)}'");
                    return;
                }
                var comments = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia).Count();
                var keptComments = reparsed.DescendantTrivia(descendIntoTrivia: true).Where(t => t.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia).Count();
                if (comments != keptComments) failures.Add($"{file}: {comments} comments before, {keptComments} after");
                var twice = reparsed.NormalizeWhitespace().ToFullString();
                if (twice != once) failures.Add($"{file}: not idempotent");
            });
            _output.WriteLine($"{files.Count} files, {failures.Count} failures");
            Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f).Take(30)));
        }
    }
}
