using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// Runs shell commands as the unprivileged user <c>nobody</c> (setpriv), to play the local attacker who plants
    /// folders and links before a root build. The tests run as root, as the root build they attack does.
    /// </summary>
    [SupportedOSPlatform("linux")]
    internal static class OtherUser
    {
        public const int Uid = 65534;

        /// <summary>Why the attack cannot be staged here, or null.</summary>
        public static string? SkipReason
        {
            get
            {
                if (!OperatingSystem.IsLinux())
                    return "needs Linux";
                if (Environment.UserName != "root")
                    return "needs root (the attack targets a root build); run the tests as root";
                if (!File.Exists("/usr/bin/setpriv"))
                    return "setpriv missing (apt-get install util-linux)";
                return null;
            }
        }

        /// <summary>Runs <c>sh -c <paramref name="script"/></c> as nobody; throws when it fails.</summary>
        public static void Run(string script)
        {
            var start = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { "--reuid=" + Uid, "--regid=" + Uid, "--clear-groups", "--", "/bin/sh", "-c", script })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException("as nobody: '" + script + "' failed (" + process.ExitCode + "): " + error);
        }

        /// <summary>A root-owned file in a root-only folder: what the attacker wants overwritten.</summary>
        public static string CreateVictim(string root, string text)
        {
            string folder = Path.Combine(root, "victim");
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            string victim = Path.Combine(folder, "victim.txt");
            File.WriteAllText(victim, text);
            return victim;
        }
    }

    /// <summary>A fact that stages an attack by another local user; skipped with the reason when that is impossible.</summary>
    [SupportedOSPlatform("linux")]
    public sealed class OtherUserFactAttribute : FactAttribute
    {
        public OtherUserFactAttribute()
        {
            Skip = OtherUser.SkipReason;
        }
    }
}
