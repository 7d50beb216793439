using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using StapSharp.Syntax;
using Xunit;

namespace StapSharp.Codegen.Tests.Regex
{
    /// <summary>
    /// Compiles the emitted C matcher (<see cref="RegexMatcherSource.Core"/> plus the tables of each pattern) into a
    /// user-space program with gcc and runs it on the host: no kernel involved. Optionally asks glibc's regexec
    /// (POSIX, leftmost-longest) about the same pattern and subject, as an independent oracle for the whole match.
    /// </summary>
    internal static class HostMatcher
    {
        public static string? SkipReason =>
            File.Exists("/usr/bin/gcc") ? null : "gcc is not installed";

        /// <summary>The capture offsets per case (null when there is no match), and glibc's (start, end) or null when asked.</summary>
        public static List<(int[]? Ours, (int Start, int End)? Glibc)> Run(IReadOnlyList<(string Pattern, string Subject, bool AskGlibc)> cases)
        {
            var programs = new List<(string Name, RegexProgram Program)>();
            var c = new StringBuilder();
            var tables = new CWriter();
            int maxInsns = 1, maxCaps = 2;
            for (int i = 0; i < cases.Count; i++)
            {
                RegexPattern pattern = RegexPattern.Parse(cases[i].Pattern);
                Assert.False(pattern.HasErrors, cases[i].Pattern + ": " + string.Join("; ", pattern.Errors));
                RegexProgram program = RegexCompiler.Compile(pattern, out _) ?? throw new InvalidOperationException("too large: " + cases[i].Pattern);
                string name = "prog_" + i.ToString(CultureInfo.InvariantCulture);
                RegexTableWriter.Write(tables, name, cases[i].Pattern, program);
                programs.Add((name, program));
                maxInsns = Math.Max(maxInsns, program.Instructions.Length);
                maxCaps = Math.Max(maxCaps, program.CaptureSlots);
            }

            c.Append("#include <stdio.h>\n#include <string.h>\n#include <stdlib.h>\n#include <regex.h>\n");
            c.Append("#define STP_RX_MAX_INSNS ").Append(maxInsns).Append('\n');
            c.Append("#define STP_RX_MAX_CAPS ").Append(maxCaps).Append('\n');
            c.Append(RegexMatcherSource.Core).Append('\n');
            c.Append(tables).Append('\n');
            c.Append("static struct stp_rx_work work;\n");
            c.Append("static void run (int i, const struct stp_rx_prog *p, const char *s, const char *ere) {\n");
            c.Append("  unsigned k;\n  if (stp_rx_exec (p, &work, s, 0x7fffffffL) > 0) { printf (\"%d Y\", i); for (k = 0; k < p->n_caps; k++) printf (\" %d\", work.best[k]); printf (\"\\n\"); }\n");
            c.Append("  else printf (\"%d N\\n\", i);\n");
            c.Append("  if (ere) { regex_t re; regmatch_t m[1]; if (regcomp (&re, ere, REG_EXTENDED)) { printf (\"%d G bad\\n\", i); return; }\n");
            c.Append("    if (regexec (&re, s, 1, m, 0) == 0) printf (\"%d G %d %d\\n\", i, (int) m[0].rm_so, (int) m[0].rm_eo); else printf (\"%d G N\\n\", i);\n");
            c.Append("    regfree (&re); }\n}\n");
            c.Append("int main (void) {\n");
            for (int i = 0; i < cases.Count; i++)
            {
                c.Append("  run (").Append(i).Append(", &").Append(programs[i].Name).Append(", ").Append(Bytes(cases[i].Subject)).Append(", ")
                    .Append(cases[i].AskGlibc ? Bytes(cases[i].Pattern) : "NULL").Append(");\n");
            }
            c.Append("  return 0;\n}\n");

            string directory = Path.Combine(Path.GetTempPath(), "stapsharp-rx-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string source = Path.Combine(directory, "harness.c");
                File.WriteAllText(source, c.ToString());
                string binary = Path.Combine(directory, "harness");
                var (gccCode, gccOutput) = Execute("/usr/bin/gcc", "-std=gnu11 -O1 -Wall -Werror -o " + binary + " " + source);
                Assert.True(gccCode == 0, "gcc failed:\n" + gccOutput);
                var (code, output) = Execute(binary, "");
                Assert.Equal(0, code);
                return Parse(output, cases.Count);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        /// <summary>Runs one search with a step budget: the exec result (1, 0, or -1 when over budget) and the steps it took.</summary>
        public static (int Result, long Steps) RunWithBudget(string patternText, string subject, long budget)
        {
            RegexPattern pattern = RegexPattern.Parse(patternText);
            RegexProgram program = RegexCompiler.Compile(pattern, out _) ?? throw new InvalidOperationException("too large: " + patternText);
            var tables = new CWriter();
            RegexTableWriter.Write(tables, "prog", patternText, program);
            var c = new StringBuilder("#include <stdio.h>\n#include <string.h>\n");
            c.Append("#define STP_RX_MAX_INSNS ").Append(Math.Max(1, program.Instructions.Length)).Append('\n');
            c.Append("#define STP_RX_MAX_CAPS ").Append(program.CaptureSlots).Append('\n');
            c.Append(RegexMatcherSource.Core).Append('\n').Append(tables).Append('\n');
            c.Append("static struct stp_rx_work work;\nint main (void) {\n");
            c.Append("  int r = stp_rx_exec (&prog, &work, ").Append(Bytes(subject)).Append(", ").Append(budget.ToString(CultureInfo.InvariantCulture)).Append("L);\n");
            c.Append("  printf (\"%d %ld\\n\", r, work.steps);\n  return 0;\n}\n");
            string output = CompileAndRun(c.ToString());
            string[] parts = output.Trim().Split(' ');
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        private static string CompileAndRun(string program)
        {
            string directory = Path.Combine(Path.GetTempPath(), "stapsharp-rx-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string source = Path.Combine(directory, "harness.c");
                File.WriteAllText(source, program);
                string binary = Path.Combine(directory, "harness");
                var (gccCode, gccOutput) = Execute("/usr/bin/gcc", "-std=gnu11 -O1 -Wall -Werror -o " + binary + " " + source);
                Assert.True(gccCode == 0, "gcc failed:\n" + gccOutput);
                var (code, output) = Execute(binary, "");
                Assert.Equal(0, code);
                return output;
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static List<(int[]?, (int, int)?)> Parse(string output, int count)
        {
            var ours = new int[]?[count];
            var glibc = new (int, int)?[count];
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = line.Split(' ');
                int i = int.Parse(parts[0], CultureInfo.InvariantCulture);
                if (parts[1] == "Y") ours[i] = parts.Skip(2).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                else if (parts[1] == "G" && parts[2] != "N") glibc[i] = (int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
            }
            return Enumerable.Range(0, count).Select(i => (ours[i], glibc[i])).ToList();
        }

        // The subject as C sees it at run time (bytes, C escapes of stap values are the test's business, not C's).
        private static string Bytes(string text)
        {
            var quoted = new StringBuilder("\"");
            foreach (byte b in Encoding.UTF8.GetBytes(text))
                quoted.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            return quoted.Append('"').ToString();
        }

        private static (int Code, string Output) Execute(string file, string arguments)
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr);
        }
    }

    /// <summary>A fact that needs gcc on the host (user-space only).</summary>
    public sealed class GccFactAttribute : FactAttribute
    {
        public GccFactAttribute()
        {
            Skip = StapSharp.Testing.Prerequisites.IsRequired ? null : HostMatcher.SkipReason;
        }
    }
}
