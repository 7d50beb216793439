using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// The printf format sub-language. Invariants: parsing any text throws nothing; the segments cover the text in
    /// order without gaps and their texts are the covered text; the directives are the conversion segments; error spans
    /// lie inside the text. Allowed exceptions: none (ArgumentNullException only for null, which bytes never give).
    /// </summary>
    internal sealed class PrintfFormatTarget : FuzzTarget
    {
        public override string Name => "printf";

        public override string Description => "PrintfFormat.Parse: no exception, segments tile the text, errors inside it";

        public override void Execute(ReadOnlySpan<byte> data)
        {
            string text = ScriptPipeline.ToText(data);
            PrintfFormat format = PrintfFormat.ParseUncached(text);
            int position = 0;
            foreach (PrintfSegment segment in format.Segments)
            {
                if (segment.Span.Start != position || segment.Span.End > text.Length)
                    throw new FuzzInvariantException($"Segment {segment.Span} does not continue at {position}.");
                if (!string.Equals(segment.Text, text.Substring(segment.Span.Start, segment.Span.Length), StringComparison.Ordinal))
                    throw new FuzzInvariantException($"Segment {segment.Span} text '{segment.Text}' is not the text it covers.");
                position = segment.Span.End;
            }

            if (position != text.Length)
                throw new FuzzInvariantException($"Segments end at {position}, the text at {text.Length}.");
            int conversions = format.Segments.Count(s => s.Kind == PrintfSegmentKind.Conversion);
            if (conversions != format.Directives.Count)
                throw new FuzzInvariantException($"{conversions} conversion segments but {format.Directives.Count} directives.");
            SubLanguageChecks.ErrorsInside(format.Errors, text);
        }

        public override IEnumerable<byte[]> CreateSeeds() => new[]
        {
            "%d %s\\n", "%-10.3s|%+5d|%#x|%#o|%c|%%", "%*d %.*s %-*.*d", "%p %b %1b %2b %4b %8b %M %m", "%llx %lld %ld %hhd",
            "value=%08d\\n", "%s%s%s%s", "% d %05i %u %X", "%", "%#-+ 020.10llX trailing",
        }.Select(s => Encoding.UTF8.GetBytes(s));
    }
}
