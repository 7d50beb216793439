using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StapSharp.Codegen.Tests.Lowering;
using StapSharp.Testing;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// stap 4.8 puts every begin, end and error probe in one list (in probe order, the end probes of the global display
    /// last) and sorts it on the sequence number alone with libstdc++'s std::sort, which is unstable above 16 probes;
    /// the runtime then runs each kind in table order. StapSharp's stap_be_probes[] must have the same order.
    /// </summary>
    public sealed partial class SessionProbeOrderTests
    {
        /// <summary>48 probes: 46 written, then the display of gA and gB (two end probes stap adds).</summary>
        private static readonly string[] Points =
        [
            "end", "error(2)", "begin", "begin", "begin(-1)", "begin", "begin(1)", "error", "begin", "error", "begin", "begin(-1)",
            "error", "begin", "begin", "error", "begin(-1)", "end(-1)", "begin", "begin", "begin(-1)", "begin(-1)", "begin(-1)",
            "begin(1)", "error", "error(-1)", "error", "end", "begin(2)", "begin", "end(-1)", "error", "error", "begin", "error",
            "end", "error(1)", "begin(2)", "begin(-1)", "end", "end(-1)", "error(-1)", "error", "begin", "error(2)",
        ];

        private static string MixedScript()
        {
            var sb = new StringBuilder("global gA, gB\n");
            for (int i = 0; i < Points.Length; i++)
                sb.Append("probe ").Append(Points[i]).Append(" { println(").Append(i).Append(") }\n");
            return sb.Append("probe begin { gA = 1; gB = 2 }\n").ToString();
        }

        private static string Script(int count) =>
            string.Concat(Enumerable.Range(0, count).Select(i => "probe begin { println(" + i + ") }\n"));

        [GeneratedRegex(@"\{ \.probe=\(&stap_probes\[(\d+)\]\), \.state=STAP_SESSION_(\w+)")]
        private static partial System.Text.RegularExpressions.Regex TableRow();

        /// <summary>"INDEX STATE" for each row of stap_be_probes[] in a generated C file.</summary>
        private static string Table(string c)
        {
            int from = c.IndexOf("stap_be_probes[] = {", StringComparison.Ordinal);
            int to = c.IndexOf("};", from, StringComparison.Ordinal);
            return string.Join(",", TableRow().Matches(c[from..to]).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value));
        }

        private static string Ours(string script)
        {
            GeneratedModule generated = ModuleGenerator.Generate(LoweringTestHelpers.Compile(script), new ModuleGeneratorOptions { ModuleName = "order" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            return Table(generated.GetFile(generated.SourceFileName)!.Text);
        }

        [Fact]
        public void Thirty_begin_probes_are_in_the_order_stap_measured()
        {
            // stap 4.8 -p3 on 30 "probe begin" (IntroSortTests has 17, 20 and 40).
            Assert.Equal("15 29 28 27 26 25 24 23 22 21 20 19 18 17 16 0 14 13 12 11 10 9 8 7 6 5 4 3 2 1",
                string.Join(" ", Ours(Script(30)).Split(',').Select(r => r.Split(' ')[0])));
        }

        [Fact]
        public void Mixed_kinds_and_sequence_numbers_are_in_the_order_stap_measured()
        {
            // stap 4.8 -p3 on MixedScript(): one table, sorted on the sequence number alone.
            const string Expected = "25 ERROR,4 STARTING,22 STARTING,21 STARTING,41 ERROR,40 STOPPING,20 STARTING,38 STARTING,"
                + "11 STARTING,30 STOPPING,17 STOPPING,16 STARTING,34 ERROR,27 STOPPING,29 STARTING,31 ERROR,32 ERROR,33 STARTING,"
                + "24 ERROR,35 STOPPING,39 STOPPING,42 ERROR,43 STARTING,45 STARTING,46 STOPPING,47 STOPPING,12 ERROR,3 STARTING,"
                + "5 STARTING,7 ERROR,8 STARTING,9 ERROR,10 STARTING,2 STARTING,13 STARTING,14 STARTING,15 ERROR,18 STARTING,"
                + "19 STARTING,26 ERROR,0 STOPPING,36 ERROR,23 STARTING,6 STARTING,1 ERROR,44 ERROR,37 STARTING,28 STARTING";
            Assert.Equal(Expected, Ours(MixedScript()));
        }

        [RequiresTheory(Needs.Stap | Needs.KernelBuildTree)]
        [InlineData(17)]
        [InlineData(20)]
        [InlineData(40)]
        [InlineData(-1)]
        public void The_table_matches_stap_p3(int beginProbes)
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            string script = beginProbes < 0 ? MixedScript() : Script(beginProbes);
            Assert.Equal(StapTable(script), Ours(script));
        }

        /// <summary>stap_be_probes[] of <c>stap -p3</c> (translation only: nothing is compiled or loaded).</summary>
        private static string StapTable(string script)
        {
            string dir = Directory.CreateTempSubdirectory("stapsharp-order.").FullName;
            try
            {
                File.WriteAllText(Path.Combine(dir, "order.stp"), script);
                var start = new ProcessStartInfo(Prerequisites.Stap!)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    WorkingDirectory = dir,
                };
                foreach (string a in new[] { "-r", Prerequisites.Kernel!.Release, "-p3", "order.stp" })
                    start.ArgumentList.Add(a);
                using var process = Process.Start(start)!;
                var stderr = process.StandardError.ReadToEndAsync();
                string c = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, stderr.Result);
                return Table(c);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
