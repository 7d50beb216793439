using System.Collections.Generic;
using System.Text.RegularExpressions;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    /// <summary>
    /// The pragma comments stap reads in embedded C (<c>/* pure */</c>, <c>/* unmodified-fnargs */</c>,
    /// <c>/* pragma:symbols */</c>, ...). They are ordinary C comments, so the code is emitted with them verbatim;
    /// only the ones that change how the frame or the module is built are interpreted here.
    /// </summary>
    internal static class EmbeddedPragmas
    {
        private static readonly Regex RuntimePragma = new(@"/\*\s*pragma:([A-Za-z_]+)", RegexOptions.CultureInvariant);

        /// <summary>
        /// True when the code promises not to modify its string arguments (<c>/* unmodified-fnargs */</c>): they are then
        /// passed as pointers to the caller's strings. Otherwise stap gives the callee its own copies (string_t fields),
        /// since bodies such as <c>str_replace</c> write into them.
        /// </summary>
        public static bool HasUnmodifiedArguments(string code) => code.Contains("/* unmodified-fnargs */");

        /// <summary>True for an embedded function whose string parameters are copies owned by its frame.</summary>
        public static bool CopiesStringArguments(IrFunction function) =>
            function.EmbeddedCode is { } code && !HasUnmodifiedArguments(code);

        /// <summary>The <c>pragma:NAME</c> comments of the code (symbols, unwind, vma, uprobes, lines, tagged_dfa, read, write), in order.</summary>
        public static IEnumerable<string> RuntimePragmas(string code)
        {
            foreach (Match match in RuntimePragma.Matches(code))
                yield return match.Groups[1].Value;
        }
    }
}
