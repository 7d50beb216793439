using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>Finds tests/StapSharp.Syntax.Tests/TestData/Semantics in the source tree (the data is not copied to the output).</summary>
    internal static class TestDataPaths
    {
        private static readonly Lazy<string> s_root = new(FindRoot);

        public static string Semantics => s_root.Value;

        public static string Get(params string[] parts) => Path.Combine(Semantics, Path.Combine(parts));

        private static string FindRoot()
        {
            string fromSource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "TestData", "Semantics"));
            if (Directory.Exists(fromSource)) return fromSource;
            foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    string candidate = Path.Combine(directory.FullName, "tests", "StapSharp.Syntax.Tests", "TestData", "Semantics");
                    if (Directory.Exists(candidate)) return candidate;
                }
            }

            return fromSource;
        }

        private static string ThisFile([CallerFilePath] string path = "") => path;
    }
}
