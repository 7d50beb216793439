using System;
using System.IO;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Where the CLI keeps data worth reusing between runs: <c>${XDG_CACHE_HOME:-~/.cache}/stapsharp</c> (the
    /// stapconf cache of StapSharp.Codegen lives there too). Set <c>STAPSHARP_NO_CACHE=1</c> to keep nothing.
    /// </summary>
    internal static class UserCacheDirectory
    {
        /// <summary>The tapset file index (what each tapset declares), or null when caching is turned off.</summary>
        public static string? TapsetIndex => Root is { } root ? Path.Combine(root, "tapset-index") : null;

        private static string? Root
        {
            get
            {
                if (Environment.GetEnvironmentVariable("STAPSHARP_NO_CACHE") == "1") return null;
                string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                if (string.IsNullOrEmpty(xdg) && string.IsNullOrEmpty(home)) return null;
                return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".cache") : xdg!, "stapsharp");
            }
        }
    }
}
