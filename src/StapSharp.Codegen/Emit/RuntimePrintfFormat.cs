using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using StapSharp.Syntax;

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
    /// <c>_stp_printf</c>/<c>_stp_snprintf</c> expect: the format is parsed by the syntax layer's printf
    /// sub-language (<see cref="PrintfFormat"/>), then every integer conversion gets the <c>ll</c> qualifier
    /// (all stap integers are 64-bit) and any length modifier written in the script is dropped.
    /// </summary>
    internal sealed class RuntimePrintfFormat
    {
        private RuntimePrintfFormat(string runtimeFormat, ImmutableArray<PrintfArgumentKind> arguments, bool hasDirectives, string? error)
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

        /// <summary>Why the format cannot be translated, or null.</summary>
        public string? Error { get; }

        /// <summary>The text printed by a format without directives (<c>%%</c> unescaped).</summary>
        public string PlainText => RuntimeFormat.Replace("%%", "%");

        public static RuntimePrintfFormat Translate(string format)
        {
            PrintfFormat parsed = PrintfFormat.Parse(format);
            if (parsed.HasErrors)
                return Invalid(format, parsed.Errors[0].Message);
            var output = new StringBuilder(format.Length + 8);
            var arguments = ImmutableArray.CreateBuilder<PrintfArgumentKind>();
            bool hasDirectives = false;
            foreach (PrintfSegment segment in parsed.Segments)
            {
                switch (segment.Kind)
                {
                    case PrintfSegmentKind.Literal:
                        output.Append(segment.Text);
                        break;
                    case PrintfSegmentKind.EscapedPercent:
                        output.Append("%%");
                        break;
                    case PrintfSegmentKind.Conversion when segment is PrintfDirective directive:
                        string? error = AppendDirective(output, arguments, directive);
                        if (error is not null)
                            return Invalid(format, error);
                        hasDirectives = true;
                        break;
                    // Empty: a trailing directive that sets nothing prints nothing (stap's behaviour).
                }
            }
            return new RuntimePrintfFormat(output.ToString(), arguments.ToImmutable(), hasDirectives, null);
        }

        private static string? AppendDirective(StringBuilder output, ImmutableArray<PrintfArgumentKind>.Builder arguments, PrintfDirective directive)
        {
            output.Append('%');
            if ((directive.Flags & PrintfFlags.LeftJustify) != 0) output.Append('-');
            if ((directive.Flags & PrintfFlags.ForceSign) != 0) output.Append('+');
            if ((directive.Flags & PrintfFlags.SpaceSign) != 0) output.Append(' ');
            if ((directive.Flags & PrintfFlags.Alternate) != 0) output.Append('#');
            if ((directive.Flags & PrintfFlags.ZeroPad) != 0) output.Append('0');
            AppendSize(output, arguments, directive.WidthKind, directive.Width);
            if (directive.PrecisionKind != PrintfSizeKind.None)
            {
                // A precision of 0 stays: stap 4.8's module prints nothing for "%.0s" (checked in the guest, diff_21.stp).
                output.Append('.');
                AppendSize(output, arguments, directive.PrecisionKind, directive.Precision, keepZero: true);
            }
            switch (directive.Conversion)
            {
                case PrintfConversion.SignedDecimal:
                case PrintfConversion.UnsignedDecimal:
                case PrintfConversion.UnsignedOctal:
                case PrintfConversion.HexLowercase:
                case PrintfConversion.HexUppercase:
                    output.Append("ll").Append(directive.ConversionCharacter);
                    arguments.Add(PrintfArgumentKind.Long);
                    return null;
                case PrintfConversion.Pointer:
                case PrintfConversion.Binary:
                    // The runtime reads these as int64_t without a qualifier.
                    output.Append(directive.ConversionCharacter);
                    arguments.Add(PrintfArgumentKind.Long);
                    return null;
                case PrintfConversion.Character:
                    output.Append('c');
                    arguments.Add(PrintfArgumentKind.Int);
                    return null;
                case PrintfConversion.String:
                    output.Append('s');
                    arguments.Add(PrintfArgumentKind.String);
                    return null;
                default:
                    return "the conversion '%" + directive.ConversionCharacter + "' is not supported by the code generator yet";
            }
        }

        private static void AppendSize(StringBuilder output, ImmutableArray<PrintfArgumentKind>.Builder arguments, PrintfSizeKind kind, int value, bool keepZero = false)
        {
            if (kind == PrintfSizeKind.Dynamic)
            {
                output.Append('*');
                arguments.Add(PrintfArgumentKind.Int);
            }
            else if (kind == PrintfSizeKind.Static && (value > 0 || keepZero))
            {
                // stap 4.8 writes a width of 0 as none: after a flag the 0 starts the width ("% 0s" is "% s"), and the
                // runtime would read "% 0s" as the 0 flag (it printed a NUL; found by eng/differential.sh).
                output.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private static RuntimePrintfFormat Invalid(string format, string error) =>
            new(format, ImmutableArray<PrintfArgumentKind>.Empty, false, error);

        internal static IEnumerable<string> Describe(ImmutableArray<PrintfArgumentKind> arguments)
        {
            foreach (PrintfArgumentKind kind in arguments)
                yield return kind == PrintfArgumentKind.String ? "string" : "long";
        }
    }
}
