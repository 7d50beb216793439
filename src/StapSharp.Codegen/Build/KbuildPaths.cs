using System.Linq;

namespace StapSharp.Codegen
{
    /// <summary>
    /// What may reach make's command line and the Kbuild files. make expands <c>$</c> (and so <c>$(shell ...)</c>),
    /// splits words on blanks, ends variables at <c>#</c>, reads <c>:</c> and <c>;</c> in rules, <c>=</c> in
    /// assignments, <c>%</c> in patterns, <c>,</c> between function arguments and <c>* ? [</c> as wildcards; kbuild
    /// passes <c>M=</c> into shell commands where quotes, <c>\</c>, <c>`</c>, <c>&amp;</c>, <c>|</c>, <c>&lt;</c>,
    /// <c>&gt;</c> and newlines mean something. So paths are limited to letters, digits and <c>. _ + - /</c>.
    /// </summary>
    internal static class KbuildPaths
    {
        /// <summary>True for an absolute path made only of letters, digits and <c>. _ + - /</c>.</summary>
        public static bool IsSafePath(string path) =>
            path.Length > 0 && path[0] == '/' && path.All(IsSafeCharacter);

        /// <summary>True for a plain file name (no folder part, not <c>.</c> or <c>..</c>) of the same characters.</summary>
        public static bool IsSafeFileName(string name) =>
            name.Length > 0 && name != "." && name != ".." && name[0] != '-' && name.All(c => c != '/' && IsSafeCharacter(c));

        /// <summary>True for an architecture name (<c>ARCH=</c>): letters, digits and <c>_</c>.</summary>
        public static bool IsSafeWord(string word) =>
            word.Length > 0 && word.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

        private static bool IsSafeCharacter(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '+' or '-' or '/';
    }
}
