using System;
using System.IO;
using System.Reflection;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace StapSharp.Cli.Tests
{
    /// <summary>Runs the stapsharp entry point in-process (its Program is internal) with stdout and stderr captured.</summary>
    internal static class CliRunner
    {
        private static readonly MethodInfo s_main =
            Assembly.Load("stapsharp").GetType("StapSharp.Cli.Program", throwOnError: true)!
                .GetMethod("Main", BindingFlags.NonPublic | BindingFlags.Static)!;

        public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWithStdin(string.Empty, args);

        /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
        public static (int ExitCode, string Stdout, string Stderr) RunWithStdin(string stdin, params string[] args)
        {
            var originalIn = Console.In;
            var originalOut = Console.Out;
            var originalError = Console.Error;
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetIn(new StringReader(stdin));
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                int exit = (int)s_main.Invoke(null, new object[] { args })!;
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetIn(originalIn);
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }

    /// <summary>A temporary directory with script files, deleted on dispose.</summary>
    internal sealed class TempScripts : IDisposable
    {
        public TempScripts() => Directory.CreateDirectory(Root);

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "stapsharp-check-" + Guid.NewGuid().ToString("N"));

        public string Write(string name, string text)
        {
            string path = Path.Combine(Root, name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }
}
