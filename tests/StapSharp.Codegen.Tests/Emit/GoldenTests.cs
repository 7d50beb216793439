using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// The generated C and Kbuild of each sample, compared with reviewed files in Golden/.
    /// STAPSHARP_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
    /// </summary>
    public sealed class GoldenTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (var (name, _, _) in SampleModules.All())
                yield return new object[] { name };
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void GeneratedFilesMatchGolden(string name)
        {
            var (_, module, _) = SampleModules.Get(name);
            GeneratedModule generated = ModuleGenerator.Generate(module, SampleModules.OptionsFor(name));
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));

            Check(name + ".c", generated.GetFile(generated.SourceFileName)!.Text);
            Check(name + ".Kbuild", generated.GetFile("Kbuild")!.Text);
            Check(name + ".stap_common.h", generated.GetFile("stap_common.h")!.Text);
        }

        [Fact]
        public void OutputIsDeterministic()
        {
            string first = ModuleGenerator.Generate(SampleModules.Features(), SampleModules.OptionsFor("features")).GetFile("stapsharp_features_src.c")!.Text;
            string second = ModuleGenerator.Generate(SampleModules.Features(), SampleModules.OptionsFor("features")).GetFile("stapsharp_features_src.c")!.Text;
            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
        }

        private static void Check(string fileName, string actual)
        {
            string path = Path.Combine(GoldenDirectory(), fileName);
            if (Environment.GetEnvironmentVariable("STAPSHARP_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(path, actual);
                return;
            }
            Assert.True(File.Exists(path), "missing golden file " + path + " (run with STAPSHARP_UPDATE_GOLDEN=1)");
            string expected = File.ReadAllText(path);
            if (expected != actual)
            {
                string[] e = expected.Split('\n'), a = actual.Split('\n');
                int line = 0;
                while (line < e.Length && line < a.Length && e[line] == a[line])
                    line++;
                Assert.Fail(fileName + " differs from the golden file at line " + (line + 1) + ":\n  expected: "
                    + (line < e.Length ? e[line] : "<end>") + "\n  actual:   " + (line < a.Length ? a[line] : "<end>")
                    + "\nRun with STAPSHARP_UPDATE_GOLDEN=1 and review the diff.");
            }
        }

        private static string GoldenDirectory([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "Golden");
    }
}
