using System;
using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A parsed SystemTap printf format (the first argument of <c>printf</c> and <c>sprintf</c>): its segments,
    /// its conversion directives with the arguments they consume, and its errors with exact offsets.
    /// The text is the stap value of the (glued) string literal; <see cref="StringLiteralValueMap"/> computes it
    /// from the source and maps the offsets back.
    /// </summary>
    public sealed class PrintfFormat
    {
        private const int CacheCapacity = 4096;

        private static readonly SubLanguageCache<PrintfFormat> s_cache = new(PrintfFormatParser.ParseText, CacheCapacity);

        internal PrintfFormat(
            string text, IReadOnlyList<PrintfSegment> segments, IReadOnlyList<PrintfDirective> directives,
            IReadOnlyList<PrintfArgumentType> argumentTypes, IReadOnlyList<SubLanguageError> errors)
        {
            Text = text;
            Segments = segments;
            Directives = directives;
            ArgumentTypes = argumentTypes;
            Errors = errors;
        }

        /// <summary>The format text that was parsed.</summary>
        public string Text { get; }

        /// <summary>Every piece of the format in order; their spans cover <see cref="Text"/> without gaps.</summary>
        public IReadOnlyList<PrintfSegment> Segments { get; }

        /// <summary>The conversion directives in order (the segments of kind <see cref="PrintfSegmentKind.Conversion"/>).</summary>
        public IReadOnlyList<PrintfDirective> Directives { get; }

        /// <summary>The types of all the arguments the format consumes, in order (including <c>*</c> widths and precisions).</summary>
        public IReadOnlyList<PrintfArgumentType> ArgumentTypes { get; }

        /// <summary>How many arguments must follow the format.</summary>
        public int ArgumentCount => ArgumentTypes.Count;

        /// <summary>The errors, in order of their offsets; empty when stap accepts the format.</summary>
        public IReadOnlyList<SubLanguageError> Errors { get; }

        /// <summary>Whether stap would reject the format.</summary>
        public bool HasErrors => Errors.Count != 0;

        /// <summary>
        /// Parses <paramref name="text"/> as a printf format. Results are cached per distinct text and shared
        /// between threads; errors are reported in <see cref="Errors"/>, never thrown.
        /// </summary>
        /// <param name="text">The format: the stap value of the string literal, without quotes.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static PrintfFormat Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return s_cache.GetOrParse(text);
        }

        /// <summary>Parses without the cache (the benchmarks compare both).</summary>
        internal static PrintfFormat ParseUncached(string text) => PrintfFormatParser.ParseText(text);

        /// <summary>Empties the cache (the benchmarks measure a cold cache).</summary>
        internal static void ClearCache() => s_cache.Clear();

        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}
