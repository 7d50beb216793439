using System.IO;
using System.Linq;
using StapSharp.Semantics;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>The binder never throws: every installed example and tapset file, and truncated scripts, bind without exceptions.</summary>
    public sealed class BinderRobustnessTests(ITestOutputHelper output) : SemanticTestBase
    {
        [RequiresFact(Needs.Examples)]
        public void EveryInstalledExampleBinds()
        {
            const string examples = "/usr/share/systemtap/examples";
            Prerequisites.Require(Needs.Examples);
            int count = 0;
            foreach (string path in Directory.GetFiles(examples, "*.stp", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
            {
                var tree = StapSyntaxTree.ParseText(File.ReadAllText(path), path: path);
                var errors = StapCompilation.Create(new[] { tree }).GetSemanticDiagnostics()
                    .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0) output.WriteLine(Path.GetRelativePath(examples, path) + ": " + Describe(errors[0]));
                count++;
            }

            output.WriteLine($"{count} examples bound");
        }

        [RequiresFact(Needs.Tapsets)]
        public void EveryTapsetFileBindsAsAScript()
        {
            Prerequisites.Require(Needs.Tapsets);
            var options = StapCompilationOptions.Default.WithUseTapsets(false);
            foreach (string path in Directory.GetFiles(TapsetSearchPath.DefaultRoot, "*.stp", SearchOption.AllDirectories))
            {
                var parseOptions = StapParseOptions.Default.WithKind(StapSourceKind.Library);
                var tree = StapSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path);
                _ = StapCompilation.Create(new[] { tree }, options).GetDiagnostics();
            }
        }

        [Fact]
        public void TruncatedScriptsBind()
        {
            const string source = "global a, s\n@define m(x) %( @x + 1 %)\nfunction f(p:long) { return p . \"\" }\n"
                + "probe begin, timer.ms(1) ? { a[1, \"x\"] = @m(2); s <<< 1; foreach ([k, v] in a- limit 2) print(k); try { f(1) } catch (e) { println(e) } }\n"
                + "probe kernel.function(\"f\").return { print(@entry($x->y[1])); printf(\"%d %s\\n\", @count(s), sprint($$parms)) }\n";
            for (int length = 0; length <= source.Length; length++)
            {
                var tree = StapSyntaxTree.ParseText(source.Substring(0, length), path: "t.stp");
                _ = StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithUseTapsets(false)).GetDiagnostics();
            }
        }
    }
}
