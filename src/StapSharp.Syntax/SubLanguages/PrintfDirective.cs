using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A printf conversion directive: <c>%</c>, an optional flag, width (<c>N</c> or <c>*</c>), precision
    /// (<c>.N</c> or <c>.*</c>), the optional length modifier <c>l</c> and the conversion letter.
    /// </summary>
    public sealed class PrintfDirective : PrintfSegment
    {
        internal PrintfDirective(
            TextSpan span, string text, PrintfFlags flags, PrintfSizeKind widthKind, int width,
            PrintfSizeKind precisionKind, int precision, bool hasLengthModifier, char conversionCharacter,
            PrintfConversion conversion, IReadOnlyList<PrintfArgumentType> argumentTypes)
            : base(PrintfSegmentKind.Conversion, span, text)
        {
            Flags = flags;
            WidthKind = widthKind;
            Width = width;
            PrecisionKind = precisionKind;
            Precision = precision;
            HasLengthModifier = hasLengthModifier;
            ConversionCharacter = conversionCharacter;
            Conversion = conversion;
            ArgumentTypes = argumentTypes;
        }

        /// <summary>The flag, or <see cref="PrintfFlags.None"/>.</summary>
        public PrintfFlags Flags { get; }

        /// <summary>Whether the width is absent, written, or <c>*</c>.</summary>
        public PrintfSizeKind WidthKind { get; }

        /// <summary>The written width (saturated at <see cref="int.MaxValue"/>), or 0 when it is not <see cref="PrintfSizeKind.Static"/>.</summary>
        public int Width { get; }

        /// <summary>Whether the precision is absent, written, or <c>.*</c>.</summary>
        public PrintfSizeKind PrecisionKind { get; }

        /// <summary>The written precision (saturated at <see cref="int.MaxValue"/>), or 0 when it is not <see cref="PrintfSizeKind.Static"/>.</summary>
        public int Precision { get; }

        /// <summary>Whether the length modifier <c>l</c> is present; stap accepts and ignores it.</summary>
        public bool HasLengthModifier { get; }

        /// <summary>The conversion letter as written (<c>d</c> and <c>i</c> are both <see cref="PrintfConversion.SignedDecimal"/>).</summary>
        public char ConversionCharacter { get; }

        /// <summary>The conversion.</summary>
        public PrintfConversion Conversion { get; }

        /// <summary>
        /// The arguments this directive consumes, in order: a <c>long</c> for a <c>*</c> width, a <c>long</c>
        /// for a <c>.*</c> precision, then the value.
        /// </summary>
        public IReadOnlyList<PrintfArgumentType> ArgumentTypes { get; }

        /// <summary>The type of the value argument (the last of <see cref="ArgumentTypes"/>).</summary>
        public PrintfArgumentType ValueType => ArgumentTypes[ArgumentTypes.Count - 1];
    }
}
