using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace StapSharp.Codegen
{
    /// <summary>How one printf argument is passed to the runtime's <c>_stp_vsnprintf</c>.</summary>
    internal enum PrintfArgumentKind
    {
        /// <summary>An <c>int64_t</c> (<c>%d %i %u %o %x %X %p %b</c>).</summary>
        Long,

        /// <summary>An <c>int</c> (<c>%c</c>, and the <c>*</c> of a width or precision).</summary>
        Int,

        /// <summary>A <c>const char *</c> (<c>%s</c>).</summary>
        String,
    }

    /// <summary>
    /// A stap printf format translated, at code generation time, into the format the runtime's
    /// <c>_stp_printf</c>/<c>_stp_snprintf</c> expect: integer conversions get the <c>ll</c> qualifier
    /// because every stap integer is 64-bit. Parsing is a small state machine over the directive grammar
    /// <c>%[-+ #0]*(N|*)?(.(N|*))?[diuoxXcspb%]</c>.
    /// </summary>
    internal sealed class PrintfFormat
    {
        private PrintfFormat(string runtimeFormat, ImmutableArray<PrintfArgumentKind> arguments, bool hasDirectives, string? error)
        {
            RuntimeFormat = runtimeFormat;
            Arguments = arguments;
            HasDirectives = hasDirectives;
            Error = error;
        }

        /// <summary>The format for the runtime (unquoted).</summary>
        public string RuntimeFormat { get; }

        /// <summary>The arguments the format consumes, in order.</summary>
        public ImmutableArray<PrintfArgumentKind> Arguments { get; }

        /// <summary>False when the format is plain text (only <c>%%</c>), which can be printed with <c>_stp_print</c>.</summary>
        public bool HasDirectives { get; }

        /// <summary>Why the format is invalid, or null.</summary>
        public string? Error { get; }

        /// <summary>The text printed by a format without directives (<c>%%</c> unescaped).</summary>
        public string PlainText => RuntimeFormat.Replace("%%", "%");

        public static PrintfFormat Parse(string format)
        {
            var output = new StringBuilder(format.Length + 8);
            var arguments = ImmutableArray.CreateBuilder<PrintfArgumentKind>();
            bool hasDirectives = false;
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                if (ch != '%')
                {
                    output.Append(ch);
                    i++;
                    continue;
                }
                int start = i++;
                while (i < format.Length && "-+ #0".IndexOf(format[i]) >= 0)
                    i++;
                ReadCount(format, ref i, arguments);
                if (i < format.Length && format[i] == '.')
                {
                    i++;
                    ReadCount(format, ref i, arguments);
                }
                if (i >= format.Length)
                    return Invalid(format, "the format ends inside a '%' directive");
                char conversion = format[i++];
                string flagsAndWidths = format.Substring(start, i - 1 - start);
                switch (conversion)
                {
                    case '%':
                        if (i - start != 2)
                            return Invalid(format, "'%%' takes no flags, width or precision");
                        output.Append("%%");
                        continue;
                    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                        output.Append(flagsAndWidths).Append("ll").Append(conversion);
                        arguments.Add(PrintfArgumentKind.Long);
                        break;
                    case 'p': case 'b':
                        // The runtime reads these as int64_t without a qualifier.
                        output.Append(flagsAndWidths).Append(conversion);
                        arguments.Add(PrintfArgumentKind.Long);
                        break;
                    case 'c':
                        output.Append(flagsAndWidths).Append(conversion);
                        arguments.Add(PrintfArgumentKind.Int);
                        break;
                    case 's':
                        output.Append(flagsAndWidths).Append(conversion);
                        arguments.Add(PrintfArgumentKind.String);
                        break;
                    default:
                        return Invalid(format, "unsupported conversion '%" + conversion + "'");
                }
                hasDirectives = true;
            }
            return new PrintfFormat(output.ToString(), arguments.ToImmutable(), hasDirectives, null);
        }

        /// <summary>Skips a width or precision: digits, or <c>*</c> which takes an int argument.</summary>
        private static void ReadCount(string format, ref int i, ImmutableArray<PrintfArgumentKind>.Builder arguments)
        {
            if (i < format.Length && format[i] == '*')
            {
                arguments.Add(PrintfArgumentKind.Int);
                i++;
                return;
            }
            while (i < format.Length && format[i] >= '0' && format[i] <= '9')
                i++;
        }

        private static PrintfFormat Invalid(string format, string error) =>
            new(format, ImmutableArray<PrintfArgumentKind>.Empty, false, error);

        internal static IEnumerable<string> Describe(ImmutableArray<PrintfArgumentKind> arguments)
        {
            foreach (PrintfArgumentKind kind in arguments)
                yield return kind == PrintfArgumentKind.String ? "string" : "long";
        }
    }
}
