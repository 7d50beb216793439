using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// The generated C and Kbuild do not depend on the process: two <c>stapsharp build --no-make</c> runs in separate
    /// processes (so different string hash seeds) under different cultures (Turkish, whose casing rules break
    /// culture-sensitive code, and invariant US English) write byte-identical files.
    /// </summary>
    public sealed class GeneratedCodeDeterminismTests : IDisposable
    {
        private readonly string _work = Directory.CreateTempSubdirectory("stapsharp-determinism-").FullName;

        public void Dispose() => Directory.Delete(_work, recursive: true);

        [Theory]
        [InlineData("arith")]
        [InlineData("globals_display")]
        [InlineData("functions")]
        [InlineData("arrays")]
        public void Two_processes_with_different_cultures_generate_identical_files(string script)
        {
            string path = Path.Combine(InstalledKernelFlavours.RepositoryRoot, "tests", "vm-scripts", script + ".stp");
            var turkish = Build(path, "tr", new Dictionary<string, string?>
            {
                ["LANG"] = "tr_TR.UTF-8",
                ["LC_ALL"] = "tr_TR.UTF-8",
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
                ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "0",
            });
            var english = Build(path, "en", new Dictionary<string, string?>
            {
                ["LANG"] = "en_US.UTF-8",
                ["LC_ALL"] = "en_US.UTF-8",
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            });

            Assert.Equal(english.Keys.OrderBy(k => k, StringComparer.Ordinal), turkish.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Contains(english.Keys, name => name.EndsWith(".c", StringComparison.Ordinal));
            foreach (var (name, bytes) in english)
                Assert.True(bytes.AsSpan().SequenceEqual(turkish[name]), name + " differs between the tr-TR and the en-US process");
        }

        /// <summary>The files written by one build, by name.</summary>
        private Dictionary<string, byte[]> Build(string script, string label, IReadOnlyDictionary<string, string?> environment)
        {
            string output = Path.Combine(_work, label);
            var (exit, stdout, stderr) = CliProcess.RunRedirected(environment, "build", "--no-make", "-m", "stap_determinism", "-o", output, script);
            Assert.True(exit == 0, $"stapsharp build failed ({exit}): {stdout}{stderr}");
            return Directory.GetFiles(output).ToDictionary(file => Path.GetFileName(file), File.ReadAllBytes);
        }
    }
}
