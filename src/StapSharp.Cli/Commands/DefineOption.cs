using System.Collections.Immutable;
using System.CommandLine;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// stap's <c>-D NAME[=VALUE]</c>: a C preprocessor definition for the module's compilation (MAXACTION,
    /// MAXSTRINGLEN, STP_OVERLOAD_THRESHOLD, ...). The command line checks the shape users get wrong (a name that is
    /// not a C identifier, a line break in the value) as a usage error; the characters a value may hold are
    /// checked by the code generator (STP3010), which keeps the Kbuild file safe.
    /// </summary>
    internal static class DefineOption
    {
        public static Option<string[]> Create() => new("-D")
        {
            Description = "Define a C macro for the module's compilation, as stap -D (e.g. -D MAXACTION=10000); repeatable.",
            HelpName = "NAME[=VALUE]",
            AllowMultipleArgumentsPerToken = false,
        };

        /// <summary>The definitions, checked; default and a usage message when one is malformed.</summary>
        public static ImmutableArray<string> Validate(string[]? defines, out string? error)
        {
            error = null;
            foreach (string define in defines ?? [])
            {
                int equals = define.IndexOf('=');
                string name = equals < 0 ? define : define.Substring(0, equals);
                if (!IsCIdentifier(name))
                {
                    error = $"stapsharp: error: invalid -D '{define}': '{name}' is not a C identifier (letters, digits and _, not starting with a digit)";
                    return default;
                }
                if (equals >= 0 && equals == define.Length - 1)
                {
                    error = $"stapsharp: error: invalid -D '{define}': the value after = is empty (write -D {name} to define it as 1)";
                    return default;
                }
                if (define.IndexOfAny(['\n', '\r', '\0']) >= 0)
                {
                    error = $"stapsharp: error: invalid -D '{name}': the value holds a line break";
                    return default;
                }
            }
            return defines is null ? ImmutableArray<string>.Empty : [.. defines];
        }

        private static bool IsCIdentifier(string name)
        {
            if (name.Length == 0 || name[0] is >= '0' and <= '9')
                return false;
            foreach (char c in name)
                if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                    return false;
            return true;
        }
    }
}
