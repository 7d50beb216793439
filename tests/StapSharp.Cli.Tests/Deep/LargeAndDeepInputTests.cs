using System.IO;
using System.Linq;
using System.Text;

namespace StapSharp.Cli.Tests.Deep
{
    /// <summary>
    /// The commands a new user tries (parse, check, fmt, build --no-make) on a large generated script (2 MB by default, STAPSHARP_LARGE_SCRIPT_MB) and on deep
    /// inputs finish without a crash. No timing assertions: eng/bench.sh measures how long they take.
    /// </summary>
    public class LargeAndDeepInputTests
    {
        /// <summary>
        /// A script of about <paramref name="megabytes"/> MB: per kilobyte, one block of globals, a function and a
        /// timer probe with their own names (the same template as eng/bench-large-script.sh, which stap -p2 accepts).
        /// </summary>
        internal static string LargeScript(int megabytes)
        {
            var text = new StringBuilder(megabytes * 1024 * 1024 + 2048);
            for (int i = 0; text.Length < megabytes * 1024 * 1024; i++)
            {
                text.Append($"global counts_{i}, total_{i}\n")
                    .Append($"function step_{i}(x, name) {{\n")
                    .Append("  if (x > 10 && name != \"\") {\n")
                    .Append($"    counts_{i}[name, x % 7] += x * 3 - 1\n")
                    .Append("  } else if (x < 0) {\n")
                    .Append("    return -x\n")
                    .Append("  }\n")
                    .Append($"  for (i = 0; i < 4; i++) total_{i} += i << 2\n")
                    .Append($"  foreach ([k, v] in counts_{i}- limit 5) printf(\"%s %d %d\\n\", k, v, counts_{i}[k, v])\n")
                    .Append("  s = sprintf(\"%d:%s\", x, name) . \" tail\" // a comment\n")
                    .Append("  while (x > 0) { x -= 2; if (x == 3) break }\n")
                    .Append($"  return strlen(s) + (x ? 1 : 2) + total_{i}\n")
                    .Append("}\n")
                    .Append($"probe timer.s({i % 60 + 1}) {{\n")
                    .Append($"  n = step_{i}({i}, \"p{i}\")\n")
                    .Append("  if (n > 100) println(n)\n")
                    .Append($"  delete counts_{i}\n")
                    .Append("}\n\n");
            }
            return text.ToString();
        }

        /// <summary>
        /// The size of the large-script test: STAPSHARP_LARGE_SCRIPT_MB, 2 MB by default. Issue #11 asks for 50 MB; at 50 MB
        /// the four commands in one process need about 12 GB today (docs/performance.md), more than CI can give.
        /// </summary>
        private static int LargeScriptMegabytes =>
            int.TryParse(System.Environment.GetEnvironmentVariable("STAPSHARP_LARGE_SCRIPT_MB"), out int mb) && mb > 0 ? mb : 2;

        [Fact]
        public void LargeScriptPassesParseCheckFmtAndBuild()
        {
            using var temp = new TempScripts();
            string path = temp.Write("large.stp", LargeScript(LargeScriptMegabytes));
            AssertEveryCommand(temp, path);
        }

        [Fact]
        public void TwentyThousandTermChainAndThousandLevelNestingPassEveryCommand()
        {
            using var temp = new TempScripts();
            string chain = temp.Write("chain.stp", "probe begin {\n  x = " + string.Join(" + ", Enumerable.Repeat("1", 20000)) + "\n  println(x)\n  exit()\n}\n");
            AssertEveryCommand(temp, chain);
            string ifs = temp.Write("ifs.stp", "probe begin {\n  x = 1\n  " + string.Concat(Enumerable.Repeat("if (x) ", 1000)) + "println(x)\n  exit()\n}\n");
            AssertEveryCommand(temp, ifs);
            var (exit, stdout, stderr) = CliRunner.Run("parse", "--dump", chain);
            Assert.True(exit == 0, stderr);
            // Past 100 levels the dump stops indenting and writes the depth: "(20001) AddExpression".
            Assert.Contains(") AddExpression", stdout);
        }

        private static void AssertEveryCommand(TempScripts temp, string path)
        {
            var (exit, _, stderr) = CliRunner.Run("parse", path);
            Assert.True(exit == 0, "parse: " + stderr);

            (exit, var stdout, stderr) = CliRunner.Run("check", path);
            Assert.True(exit == 0, "check: " + stderr + stdout.Substring(0, System.Math.Min(2000, stdout.Length)));

            (exit, stdout, stderr) = CliRunner.Run("fmt", path);
            Assert.True(exit == 0, "fmt: " + stderr);
            Assert.True(stdout.Length > new FileInfo(path).Length / 2, "fmt printed too little");

            string output = Path.Combine(temp.Root, Path.GetFileNameWithoutExtension(path) + "-build");
            (exit, _, stderr) = CliRunner.Run("build", "--no-make", "-o", output, path);
            Assert.True(exit == 0, "build --no-make: " + stderr);
            Assert.Contains(Directory.GetFiles(output), f => f.EndsWith("_src.c", System.StringComparison.Ordinal));
        }
    }
}
