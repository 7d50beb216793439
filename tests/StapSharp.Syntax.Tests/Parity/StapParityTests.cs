using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using StapSharp.Testing;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parity
{
    /// <summary>
    /// Keeps `stapsharp parse` at 100% agreement with `stap -p1` on tests/parity/pass1 (what eng/stap-parity.sh
    /// measures): the same accept/reject verdict and, for a reject, stap's error line among ours (unless the case's
    /// first line says the lines differ on purpose). stap's verdicts come from the checked-in cache; a case without one
    /// runs stap (and fails without it). Macro verdicts depend on the installed tapset's library macros.
    /// </summary>
    public sealed class StapParityTests(ITestOutputHelper output)
    {
        private static readonly string s_directory = Path.Combine(ParityOracle.ParityDirectory, "pass1");

        public static IEnumerable<object[]> Cases() =>
            Directory.GetFiles(s_directory, "*.stp").OrderBy(p => p, System.StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

        [RequiresTheory(Needs.Tapsets)]
        [MemberData(nameof(Cases))]
        public void AgreesWithStapPass1(string name)
        {
            string path = Path.Combine(s_directory, name);
            if (!ParityOracle.IsCached("-p1", path))
                Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            var stap = ParityOracle.Run("-p1", path);
            output.WriteLine("stap: " + (stap.ExitCode == 0 ? "accepted" : stap.Errors));

            string text = File.ReadAllText(path);
            var options = StapParseOptions.Default.WithLibraryMacros(MacroLibrary.LoadTapsetDirectory("/usr/share/systemtap/tapset"));
            var errors = StapSyntaxTree.ParseText(text, options, path: name).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var error in errors) output.WriteLine("stapsharp: " + error);

            Assert.Equal(stap.ExitCode == 0, errors.Count == 0);
            int? stapLine = stap.FirstErrorLine(name);
            bool linesDiffer = text.Split('\n')[0].Contains("; lines differ:");
            if (stapLine is int line && !linesDiffer)
                Assert.Contains(line, errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line + 1));
        }

        // The cache is keyed by ParityOracle.StapVersion: a different installed stap would make it someone else's verdicts.
        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void CachedVerdictsAreThoseOfTheInstalledStap()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            var start = new System.Diagnostics.ProcessStartInfo("stap", "-V") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            using var process = System.Diagnostics.Process.Start(start)!;
            string banner = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Contains("version " + ParityOracle.StapVersion + "/", banner);
            foreach (string name in new[] { "dup_param_simple.stp", "one_global.stp", "empty_comment_only.stp" })
            {
                string path = Path.Combine(s_directory, name);
                Assert.True(ParityOracle.IsCached("-p1", path), name + " has no cached verdict");
                var cached = ParityOracle.Run("-p1", path);
                var live = ParityOracle.Run("-p1", path, live: true);
                Assert.Equal(cached.ExitCode, live.ExitCode);
                Assert.Equal(cached.FirstErrorLine(name), live.FirstErrorLine(name));
            }
        }

        [Fact]
        public void EveryCaseNamesItsBulletAndEveryBulletHasFiveCases()
        {
            var bullets = Directory.GetFiles(s_directory, "*.stp")
                .Select(p => Regex.Match(File.ReadLines(p).FirstOrDefault() ?? "", @"^# bullet: ([^ ;]+)"))
                .ToList();
            Assert.All(bullets, m => Assert.True(m.Success));
            Assert.All(bullets.GroupBy(m => m.Groups[1].Value), g => Assert.True(g.Count() >= 5, g.Key + " has fewer than 5 cases"));
        }
    }
}
