using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>
    /// NormalizeWhitespace must never change meaning: for every example script that <c>stap -p1</c> accepts,
    /// <c>stap -p1</c> of the normalized text prints the same parse tree as for the original.
    /// </summary>
    public class NormalizerStapDifferentialTests
    {
        private readonly ITestOutputHelper _output;

        public NormalizerStapDifferentialTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree | Needs.Examples)]
        public void NormalizedExamplesParseToTheSameStapTree()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree | Needs.Examples);
            var files = Directory.GetFiles(StapPassOne.ExamplesDirectory, "*.stp", SearchOption.AllDirectories).OrderBy(f => f).ToList();
            var failures = new ConcurrentBag<string>();
            int compared = 0, rejected = 0;
            // stap -p1 mostly waits (about a second each), so several run side by side.
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 8 }, file =>
            {
                var text = File.ReadAllText(file);
                var arguments = StapPassOne.ArgumentsFor(text);
                var original = StapPassOne.Run(text, arguments);
                if (original.exitCode != 0)
                {
                    System.Threading.Interlocked.Increment(ref rejected);
                    return;
                }
                var normalized = StapSyntaxTree.ParseText(text, path: file).GetRoot().NormalizeWhitespace().ToFullString();
                var result = StapPassOne.Run(normalized, arguments);
                System.Threading.Interlocked.Increment(ref compared);
                if (result.exitCode != 0 || result.output != original.output)
                {
                    var expected = original.output.Split('\n');
                    var actual = result.output.Split('\n');
                    int line = Enumerable.Range(0, System.Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
                    failures.Add($"{file}: exit {result.exitCode}; first difference at dump line {line + 1}:\n  stap(original):   {expected.ElementAtOrDefault(line)}\n  stap(normalized): {actual.ElementAtOrDefault(line)}");
                }
            });
            _output.WriteLine($"{compared} scripts compared, {rejected} rejected by stap -p1 itself, {failures.Count} differ");
            foreach (var failure in failures.OrderBy(f => f)) _output.WriteLine(failure);
            Assert.True(compared > 100, $"only {compared} example scripts were compared");
            Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f)));
        }
    }
}
