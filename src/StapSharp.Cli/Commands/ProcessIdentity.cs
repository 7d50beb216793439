using System;
using System.Runtime.InteropServices;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Refuses to act when stapsharp runs setuid (real uid differs from effective uid): <c>run</c> loads modules as
    /// root and takes paths (<c>-o</c>) and shell commands (<c>--allow-system</c>) from its caller, so a setuid
    /// installation would hand every local user a root shell. Root is obtained with sudo, never with the file mode.
    /// </summary>
    internal static class ProcessIdentity
    {
        /// <summary>The error to print, or null when real and effective uid agree (or not on Linux).</summary>
        public static string? SetuidError(string command)
        {
            if (!OperatingSystem.IsLinux())
                return null;
            uint real = GetUserId();
            uint effective = GetEffectiveUserId();
            return real == effective
                ? null
                : $"ERROR: stapsharp {command} refuses to run setuid (uid {real}, effective uid {effective}): remove the setuid bit and use sudo.";
        }

        [DllImport("libc", EntryPoint = "getuid")]
        private static extern uint GetUserId();

        [DllImport("libc", EntryPoint = "geteuid")]
        private static extern uint GetEffectiveUserId();
    }
}
