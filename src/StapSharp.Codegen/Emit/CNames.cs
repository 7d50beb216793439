using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    /// <summary>
    /// The C names of generated entities, following stap's mangling. Script identifiers are valid C identifiers
    /// already; anything else (from hand-built IR) is encoded so that it can never break out of the identifier.
    /// </summary>
    internal static class CNames
    {
        /// <summary>The handler of the probe with the given index: <c>probe_N</c>.</summary>
        /// <param name="index">The probe index.</param>
        /// <returns>The C function name.</returns>
        public static string Probe(int index) => "probe_" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>A script function: <c>function___global_NAME__overload_K</c>, or <c>function_hHASH</c> when that is
        /// longer than 96 characters. stap 4.8 switches to a numbered <c>function_N</c> past the same length (measured
        /// with stap -p3: 96 kept, 97 replaced); kbuild's objtool rejects a function symbol whose ".cold" part names a
        /// parent longer than 128 characters, so a long script function name must not reach the symbol.</summary>
        /// <param name="name">The function name.</param>
        /// <param name="overload">The overload index.</param>
        /// <returns>The C function name.</returns>
        public static string Function(string name, int overload = 0)
        {
            string mangled = "function___global_" + Identifier(name) + "__overload_" + overload.ToString(CultureInfo.InvariantCulture);
            return mangled.Length <= MaxFunctionNameLength ? mangled : "function_h" + Fnv1a64(mangled).ToString("x16", CultureInfo.InvariantCulture);
        }

        private const int MaxFunctionNameLength = 96;

        private static ulong Fnv1a64(string text)
        {
            ulong hash = 0xcbf29ce484222325UL;
            foreach (char c in text)
            {
                hash ^= c;
                hash *= 0x100000001b3UL;
            }

            return hash;
        }

        /// <summary>The struct tag of a probe's or function's locals: <c>NAME_locals</c>.</summary>
        /// <param name="cFunctionName">The C name of the probe or function.</param>
        /// <returns>The struct tag.</returns>
        public static string Locals(string cFunctionName) => cFunctionName + "_locals";

        /// <summary>A global variable in <c>struct stp_globals</c>: <c>s___global_NAME</c>.</summary>
        /// <param name="name">The global name.</param>
        /// <returns>The field name.</returns>
        public static string Global(string name) => "s___global_" + Identifier(name);

        /// <summary>A parameter or local variable: <c>l_NAME</c>.</summary>
        /// <param name="name">The variable name.</param>
        /// <returns>The field name.</returns>
        public static string Local(string name) => "l_" + Identifier(name);

        /// <summary>The K-th temporary of a probe or function: <c>__tmpK</c>.</summary>
        /// <param name="index">The temporary index.</param>
        /// <returns>The field name.</returns>
        public static string Temporary(int index) => "__tmp" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The type suffix of the runtime's map functions: one letter per key then one for the value
        /// (<c>i</c> long, <c>s</c> string, <c>x</c> statistics), e.g. <c>si</c> for string keys and long values.
        /// </summary>
        /// <param name="keyTypes">The key types.</param>
        /// <param name="valueType">The value type.</param>
        /// <returns>The suffix.</returns>
        public static string MapSuffix(ImmutableArray<IrType> keyTypes, IrType valueType)
        {
            var suffix = new StringBuilder(keyTypes.Length + 1);
            foreach (IrType key in keyTypes)
                suffix.Append(TypeLetter(key));
            suffix.Append(TypeLetter(valueType));
            return suffix.ToString();
        }

        /// <summary>The map-gen.c macro value of a type: <c>INT64</c>, <c>STRING</c> or <c>STAT</c>.</summary>
        /// <param name="type">The type.</param>
        /// <returns>The macro value.</returns>
        public static string MapTypeMacro(IrType type) => type switch
        {
            IrType.String => "STRING",
            IrType.Statistics => "STAT",
            _ => "INT64",
        };

        /// <summary>
        /// Returns <paramref name="name"/> when it is a valid C identifier made of <c>[A-Za-z0-9_]</c> without the
        /// <c>_X</c> escape prefix; otherwise encodes every other character (and <c>X</c> after <c>_</c>) as <c>_XHHHH_</c>.
        /// The mapping is injective, so two different script names never collide.
        /// </summary>
        /// <param name="name">The name.</param>
        /// <returns>A C identifier fragment.</returns>
        public static string Identifier(string name)
        {
            if (IsPlain(name))
                return name;
            var text = new StringBuilder(name.Length + 16);
            for (int i = 0; i < name.Length; i++)
            {
                char ch = name[i];
                bool escapeX = ch == 'X' && i > 0 && name[i - 1] == '_';
                if (IsIdentifierChar(ch) && !escapeX && !(i == 0 && char.IsDigit(ch)))
                    text.Append(ch);
                else
                    text.Append("_X").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            return text.ToString();
        }

        private static bool IsPlain(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
                return false;
            for (int i = 0; i < name.Length; i++)
            {
                if (!IsIdentifierChar(name[i]) || (name[i] == 'X' && i > 0 && name[i - 1] == '_'))
                    return false;
            }
            return true;
        }

        private static bool IsIdentifierChar(char ch) =>
            ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

        private static char TypeLetter(IrType type) => type switch
        {
            IrType.String => 's',
            IrType.Statistics => 'x',
            _ => 'i',
        };
    }
}
