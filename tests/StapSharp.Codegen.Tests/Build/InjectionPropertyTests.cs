using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using StapSharp.Codegen.Tests.Lowering;
using StapSharp.Testing;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// Injection and escape properties (issue 11): random strings and names made to break C (quotes, backslashes, "*/",
    /// "/*", "??/" trigraphs, "%{", NULs and other octal escapes, raw UTF-8 text, literals past
    /// MAXSTRINGLEN, names of thousands of characters) in every place of a script that reaches the generated C:
    /// string literals, printf formats and arguments, array keys, error messages, global, function, local and
    /// parameter names. The generated C must compile: a full kbuild of one module per sample, against the installed
    /// runtime and kernel headers (kbuild is what compiling means for a module; -Werror included). That the module
    /// then prints these strings exactly as stap's does is eng/differential.sh -i's check (docs/testing.md).
    /// Escapes of bytes above \177 (invalid UTF-8 such as "\300\200") are not generated: StapSharp refuses them
    /// (STP3020, Lowerer.Strings: the IR holds characters, not bytes), see docs/testing.md section 5.
    /// </summary>
    [Trait("Category", "Kernel")]
    public sealed class InjectionPropertyTests
    {
        /// <summary>Pieces of stap string-literal text as written in a script.</summary>
        private static readonly string[] Pieces =
        [
            "\\\"", "\\\\", "*/", "/*", "//", "??/", "??=", "??(", "??'", "%{", "%}", "%", "\\n", "\\t", "\\r", "\\a", "\\v",
            "\\f", "'", "#", "#define X 1", "\\000", "\\177", "\\001", "é", "日本", "a", " ", "\\\\\\\"", "\\0",
            "\\12", "\\1234",
        ];

        private static readonly Gen<string> LiteralText =
            Gen.Int[0, 9].SelectMany(k => k > 0
                ? Gen.OneOf(Pieces).Array[0, 16].Select(string.Concat)
                : Gen.OneOf(Pieces).Select(p => string.Concat(Enumerable.Repeat(p, 600 / p.Length + 1))));

        private static readonly Gen<string> Name =
            Gen.Int[1, 3000].Select(Gen.Char["abcxyz_0123456789"], (n, c) => "n" + new string(c, n));

        private static readonly Gen<string> Script =
            Gen.Select(LiteralText.Array[1, 8], Name, Name, Name, (texts, g, f, l) => ScriptOf(texts, "g_" + g, "f_" + f, "l_" + l));

        internal static string ScriptOf(string[] texts, string global, string function, string local)
        {
            var sb = new StringBuilder();
            sb.Append("global ").Append(global).Append(", keys\n");
            sb.Append("function ").Append(function).Append(":string (").Append(local).Append(":string) { return \"<\" . ")
                .Append(local).Append(" . \">\" }\n");
            sb.Append("probe begin {\n");
            sb.Append("  ").Append(local).Append(" = 0\n");
            for (int i = 0; i < texts.Length; i++)
            {
                string literal = "\"" + texts[i] + "\"";
                string format = "\"" + texts[i].Replace("%", "%%", System.StringComparison.Ordinal) + "%s|%d\\n\"";
                sb.Append("  s").Append(i).Append(" = ").Append(literal).Append('\n');
                sb.Append("  println(s").Append(i).Append(", ").Append(literal).Append(")\n");
                sb.Append("  printf(").Append(format).Append(", s").Append(i).Append(", ").Append(local).Append(")\n");
                sb.Append("  keys[").Append(literal).Append("] = ").Append(i).Append('\n');
                sb.Append("  println(").Append(function).Append("(s").Append(i).Append(" . ").Append(literal).Append("))\n");
                sb.Append("  try { error(").Append(literal).Append(") } catch (e) { println(e) }\n");
                sb.Append("  ").Append(local).Append(" += ").Append(i).Append('\n');
            }

            sb.Append("  foreach (k in keys+) printf(\"%s=%d\\n\", k, keys[k])\n");
            sb.Append("  ").Append(global).Append(" = ").Append(local).Append("\n  exit()\n}\n");
            return sb.ToString();
        }

        private static GeneratedModule Generate(string script)
        {
            GeneratedModule generated = ModuleGenerator.Generate(LoweringTestHelpers.Compile(script, "inject.stp"),
                new ModuleGeneratorOptions { ModuleName = "inject" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics) + "\n" + script);
            return generated;
        }

        [Fact]
        public void Every_injected_script_generates_C()
        {
            // Cheap: binding, lowering and emission of 300 samples (no kbuild).
            Script.Sample(script => { Generate(script); }, iter: 300, threads: 1);
        }

        [KernelBuildFact]
        public void Injected_strings_and_names_compile_with_kbuild()
        {
            // One kbuild per sample (minutes on a loaded machine): a few samples, each with up to 8 strings in 6 places.
            // STAPSHARP_INJECTION_ITER raises the count; a failure prints CsCheck's seed to replay it.
            int iter = int.TryParse(System.Environment.GetEnvironmentVariable("STAPSHARP_INJECTION_ITER"), out int n) ? n : 2;
            int sample = 0;
            Script.Sample(script =>
            {
                GeneratedModule generated = Generate(script);
                string directory = Path.Combine(KernelModules.OutputRoot, "inject_" + sample++);
                if (Directory.Exists(directory))
                    Directory.Delete(directory, recursive: true);
                var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithJobs(1));
                ModuleBuildResult result = builder.BuildAsync(generated, directory).GetAwaiter().GetResult();
                Assert.True(result.Success, "kbuild failed:\n" + string.Join("\n", result.Diagnostics) + "\n"
                    + string.Join("\n", result.Output.Split('\n').TakeLast(40)) + "\n" + script);
            }, iter: iter, threads: 1);
        }
    }
}
