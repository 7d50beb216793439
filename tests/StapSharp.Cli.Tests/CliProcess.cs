using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// Runs the built <c>stapsharp</c> as a child process: what a terminal or a pipe sees (colour decisions depend on
    /// the real file descriptors, which the in-process <see cref="CliRunner"/> cannot change).
    /// </summary>
    internal static class CliProcess
    {
        private const string ScriptCommand = "/usr/bin/script";

        public static string Executable => Path.Combine(AppContext.BaseDirectory, "stapsharp");

        /// <summary>Why a pseudo-terminal test cannot run here (util-linux's script is missing); null when it can.</summary>
        public static string? TerminalSkipReason =>
            File.Exists(ScriptCommand) ? null : $"{ScriptCommand} (util-linux, package bsdutils) is missing: no pseudo-terminal to run stapsharp in";

        /// <summary>Runs with stdout and stderr redirected to pipes.</summary>
        public static (int ExitCode, string Stdout, string Stderr) RunRedirected(IReadOnlyDictionary<string, string?> environment, params string[] args)
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args) start.ArgumentList.Add(arg);
            return Run(start, environment);
        }

        /// <summary>Runs inside a pseudo-terminal (util-linux <c>script</c>): stdout and stderr are a terminal, merged.</summary>
        public static (int ExitCode, string Output) RunInTerminal(IReadOnlyDictionary<string, string?> environment, params string[] args)
        {
            var start = new ProcessStartInfo(ScriptCommand) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
            string command = string.Join(" ", new[] { Executable }.Concat(args).Select(ShellQuote));
            foreach (string arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" }) start.ArgumentList.Add(arg);
            var (exit, stdout, _) = Run(start, environment);
            return (exit, stdout);
        }

        private static (int, string, string) Run(ProcessStartInfo start, IReadOnlyDictionary<string, string?> environment)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null) start.Environment.Remove(name);
                else start.Environment[name] = value;
            }
            using var process = Process.Start(start)!;
            if (start.RedirectStandardInput) process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
        }

        private static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''") + "'";
    }

    /// <summary>A fact skipped, with the reason, when there is no pseudo-terminal to run stapsharp in.</summary>
    public sealed class TerminalFactAttribute : FactAttribute
    {
        public TerminalFactAttribute()
        {
            if (CliProcess.TerminalSkipReason is string reason && Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") != "1")
                Skip = reason;
        }
    }
}
