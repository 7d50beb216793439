using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    // Expectations come from `man stap` (printf section) and from what `stap -p1` 4.8 accepts.
    public sealed class PrintfFormatTests
    {
        [Theory]
        [InlineData("%b", PrintfConversion.Binary, PrintfArgumentType.Long)]
        [InlineData("%c", PrintfConversion.Character, PrintfArgumentType.Long)]
        [InlineData("%s", PrintfConversion.String, PrintfArgumentType.String)]
        [InlineData("%m", PrintfConversion.Memory, PrintfArgumentType.Pointer)]
        [InlineData("%M", PrintfConversion.MemoryHex, PrintfArgumentType.Pointer)]
        [InlineData("%d", PrintfConversion.SignedDecimal, PrintfArgumentType.Long)]
        [InlineData("%i", PrintfConversion.SignedDecimal, PrintfArgumentType.Long)]
        [InlineData("%o", PrintfConversion.UnsignedOctal, PrintfArgumentType.Long)]
        [InlineData("%u", PrintfConversion.UnsignedDecimal, PrintfArgumentType.Long)]
        [InlineData("%p", PrintfConversion.Pointer, PrintfArgumentType.Pointer)]
        [InlineData("%x", PrintfConversion.HexLowercase, PrintfArgumentType.Long)]
        [InlineData("%X", PrintfConversion.HexUppercase, PrintfArgumentType.Long)]
        public void EachConversion_HasItsArgumentType(string text, PrintfConversion conversion, PrintfArgumentType type)
        {
            PrintfFormat format = PrintfFormat.Parse(text);

            Assert.Empty(format.Errors);
            PrintfDirective directive = Assert.Single(format.Directives);
            Assert.Equal(conversion, directive.Conversion);
            Assert.Equal(text[1], directive.ConversionCharacter);
            Assert.Equal(new[] { type }, directive.ArgumentTypes);
            Assert.Equal(type, directive.ValueType);
            Assert.Equal(new TextSpan(0, 2), directive.Span);
            Assert.Equal(PrintfFlags.None, directive.Flags);
            Assert.Equal(PrintfSizeKind.None, directive.WidthKind);
            Assert.Equal(PrintfSizeKind.None, directive.PrecisionKind);
            Assert.False(directive.HasLengthModifier);
        }

        [Theory]
        [InlineData("%-d", PrintfFlags.LeftJustify)]
        [InlineData("%+d", PrintfFlags.ForceSign)]
        [InlineData("% d", PrintfFlags.SpaceSign)]
        [InlineData("%#x", PrintfFlags.Alternate)]
        [InlineData("%0d", PrintfFlags.ZeroPad)]
        public void OneFlag(string text, PrintfFlags flag)
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse(text).Directives);
            Assert.Equal(flag, directive.Flags);
            Assert.Equal(new TextSpan(0, 3), directive.Span);
        }

        [Fact]
        public void OnlyOneFlagIsRead_SoAZeroAfterAFlagStartsTheWidth()
        {
            // stap reads a single flag character: "%-010d" is '-' and width 010.
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%-010d").Directives);
            Assert.Equal(PrintfFlags.LeftJustify, directive.Flags);
            Assert.Equal(PrintfSizeKind.Static, directive.WidthKind);
            Assert.Equal(10, directive.Width);
        }

        [Fact]
        public void StaticWidthAndPrecision()
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%10.4m").Directives);
            Assert.Equal(PrintfSizeKind.Static, directive.WidthKind);
            Assert.Equal(10, directive.Width);
            Assert.Equal(PrintfSizeKind.Static, directive.PrecisionKind);
            Assert.Equal(4, directive.Precision);
            Assert.Equal(new[] { PrintfArgumentType.Pointer }, directive.ArgumentTypes);
        }

        [Fact]
        public void StarWidthConsumesALongBeforeTheValue()
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%*s").Directives);
            Assert.Equal(PrintfSizeKind.Dynamic, directive.WidthKind);
            Assert.Equal(new[] { PrintfArgumentType.Long, PrintfArgumentType.String }, directive.ArgumentTypes);
        }

        [Fact]
        public void StarPrecisionConsumesALongBeforeTheValue()
        {
            // "%.*M hex-dumps a given number of bytes from a given buffer" (man stap).
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%.*M").Directives);
            Assert.Equal(PrintfSizeKind.Dynamic, directive.PrecisionKind);
            Assert.Equal(new[] { PrintfArgumentType.Long, PrintfArgumentType.Pointer }, directive.ArgumentTypes);
        }

        [Fact]
        public void BothStarsConsumeWidthThenPrecisionThenValue()
        {
            PrintfFormat format = PrintfFormat.Parse("%-*.*s");
            Assert.Equal(
                new[] { PrintfArgumentType.Long, PrintfArgumentType.Long, PrintfArgumentType.String },
                format.ArgumentTypes);
            Assert.Equal(3, format.ArgumentCount);
        }

        [Fact]
        public void BareDotGivesNoPrecision()
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%.d").Directives);
            Assert.Equal(PrintfSizeKind.None, directive.PrecisionKind);
            Assert.Equal(new TextSpan(0, 3), directive.Span);
        }

        [Theory]
        [InlineData("%ld", 'd')]
        [InlineData("%lu", 'u')]
        [InlineData("%lx", 'x')]
        [InlineData("%ls", 's')]
        [InlineData("%08.3lx", 'x')]
        public void LengthModifierIsAcceptedAndIgnored(string text, char conversion)
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse(text).Directives);
            Assert.True(directive.HasLengthModifier);
            Assert.Equal(conversion, directive.ConversionCharacter);
            Assert.Equal(new TextSpan(0, text.Length), directive.Span);
        }

        [Fact]
        public void WidthIsSaturated()
        {
            PrintfDirective directive = Assert.Single(PrintfFormat.Parse("%99999999999d").Directives);
            Assert.Equal(int.MaxValue, directive.Width);
        }

        [Fact]
        public void ManualExample_DirectivesAndArgumentTypesInOrder()
        {
            PrintfFormat format = PrintfFormat.Parse("%c is %s; %x or %X or %p; %d or %u\\n");

            Assert.Empty(format.Errors);
            Assert.Equal("csxXpdu", new string(format.Directives.Select(d => d.ConversionCharacter).ToArray()));
            Assert.Equal(
                new[]
                {
                    PrintfArgumentType.Long, PrintfArgumentType.String, PrintfArgumentType.Long, PrintfArgumentType.Long,
                    PrintfArgumentType.Pointer, PrintfArgumentType.Long, PrintfArgumentType.Long,
                },
                format.ArgumentTypes);
        }

        [Fact]
        public void SegmentsHaveExactSpans()
        {
            PrintfFormat format = PrintfFormat.Parse("ab%5dcd%%x");

            Assert.Collection(
                format.Segments,
                s => AssertSegment(s, PrintfSegmentKind.Literal, 0, "ab"),
                s => AssertSegment(s, PrintfSegmentKind.Conversion, 2, "%5d"),
                s => AssertSegment(s, PrintfSegmentKind.Literal, 5, "cd"),
                s => AssertSegment(s, PrintfSegmentKind.EscapedPercent, 7, "%%"),
                s => AssertSegment(s, PrintfSegmentKind.Literal, 9, "x"));
        }

        [Fact]
        public void EmptyFormatHasNoSegments()
        {
            PrintfFormat format = PrintfFormat.Parse("");
            Assert.Empty(format.Segments);
            Assert.Equal(0, format.ArgumentCount);
            Assert.False(format.HasErrors);
        }

        [Theory]
        [InlineData("%l", 0)]
        [InlineData("%.", 0)]
        [InlineData("%.l", 0)]
        [InlineData("x%.", 1)]
        public void DirectiveThatSetsNothingAtTheEndIsAcceptedAndEmpty(string text, int start)
        {
            PrintfFormat format = PrintfFormat.Parse(text);

            Assert.Empty(format.Errors);
            Assert.Empty(format.Directives);
            PrintfSegment last = format.Segments[format.Segments.Count - 1];
            Assert.Equal(PrintfSegmentKind.Empty, last.Kind);
            Assert.Equal(TextSpan.FromBounds(start, text.Length), last.Span);
        }

        // Invalid or missing conversion: the error points at the offending character
        // (zero width at the end of the format when the letter is missing).
        [Theory]
        [InlineData("%q", 1, 1)]
        [InlineData("%e", 1, 1)]
        [InlineData("%n", 1, 1)]
        [InlineData("%D", 1, 1)]
        [InlineData("%hd", 1, 1)]
        [InlineData("%Ld", 1, 1)]
        [InlineData("%zd", 1, 1)]
        [InlineData("%lld", 2, 1)]
        [InlineData("%+-5d", 2, 1)]
        [InlineData("%--d", 2, 1)]
        [InlineData("%*5d", 2, 1)]
        [InlineData("%5*d", 2, 1)]
        [InlineData("%.5.3d", 3, 1)]
        [InlineData("%l5d", 2, 1)]
        [InlineData("ab %5%", 5, 1)]
        [InlineData("%l\\n", 2, 1)]
        [InlineData("%", 1, 0)]
        [InlineData("abc%", 4, 0)]
        public void InvalidConversion_IsReportedAtTheOffendingCharacter(string text, int offset, int length)
        {
            PrintfFormat format = PrintfFormat.Parse(text);

            SubLanguageError error = format.Errors[0];
            Assert.Equal(ErrorCode.ERR_PrintfInvalidConversion, error.Code);
            Assert.Equal(new TextSpan(offset, length), error.Span);
            Assert.Equal("STP1901", error.Id);
            Assert.Equal("invalid or missing conversion specifier", error.Message);
            Assert.True(format.HasErrors);
        }

        [Theory]
        [InlineData("%5", 0)]
        [InlineData("%-", 0)]
        [InlineData("%0", 0)]
        [InlineData("% ", 0)]
        [InlineData("%#", 0)]
        [InlineData("%*", 0)]
        [InlineData("%.5", 0)]
        [InlineData("%.*", 0)]
        [InlineData("%5.", 0)]
        [InlineData("%5l", 0)]
        [InlineData("%-l", 0)]
        [InlineData("value=%08", 6)]
        public void TrailingIncompleteConversion_SpansTheDirective(string text, int start)
        {
            SubLanguageError error = Assert.Single(PrintfFormat.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_PrintfIncompleteConversion, error.Code);
            Assert.Equal(TextSpan.FromBounds(start, text.Length), error.Span);
            Assert.Equal("trailing incomplete print format conversion", error.Message);
        }

        [Fact]
        public void ParsingGoesOnAfterAnError()
        {
            PrintfFormat format = PrintfFormat.Parse("%q %l%d %s %");

            Assert.Equal(new[] { 1, 5, 12 }, format.Errors.Select(e => e.Span.Start));
            Assert.Equal("ds", new string(format.Directives.Select(d => d.ConversionCharacter).ToArray()));
        }

        [Fact]
        public void EscapedPercentFollowedByLonePercent_IsAnError()
        {
            PrintfFormat format = PrintfFormat.Parse("%%%");
            Assert.Equal(PrintfSegmentKind.EscapedPercent, format.Segments[0].Kind);
            Assert.Equal(new TextSpan(3, 0), Assert.Single(format.Errors).Span);
        }

        [Fact]
        public void SegmentsCoverTheTextWithoutGaps_OnRandomInput()
        {
            const string alphabet = "%%%-+ #0123*.lldsxqM\\n";
            var random = new Random(4711);
            for (int i = 0; i < 2000; i++)
            {
                char[] chars = new char[random.Next(0, 12)];
                for (int j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
                string text = new string(chars);

                PrintfFormat format = PrintfFormat.Parse(text);

                int position = 0;
                foreach (PrintfSegment segment in format.Segments)
                {
                    Assert.Equal(position, segment.Span.Start);
                    Assert.Equal(text.Substring(segment.Span.Start, segment.Span.Length), segment.Text);
                    position = segment.Span.End;
                }

                Assert.Equal(text.Length, position);
                Assert.Equal(format.Segments.Count(s => s.Kind == PrintfSegmentKind.Invalid) > 0, format.HasErrors);
                Assert.All(format.Errors, e => Assert.True(e.Span.End <= text.Length));
            }
        }

        [Fact]
        public void ResultsAreCachedPerText()
        {
            string text = "cached %d " + Guid.NewGuid().ToString("N");
            Assert.Same(PrintfFormat.Parse(text), PrintfFormat.Parse(text));
            Assert.NotSame(PrintfFormat.ParseUncached(text), PrintfFormat.ParseUncached(text));
        }

        [Fact]
        public void ParseIsThreadSafe()
        {
            string[] texts = Enumerable.Range(0, 64).Select(i => "%" + i + "d %s %q" + i).ToArray();
            Parallel.For(0, 2000, i =>
            {
                string text = texts[i % texts.Length];
                PrintfFormat format = PrintfFormat.Parse(text);
                Assert.Equal(2, format.Directives.Count);
                Assert.Single(format.Errors);
            });
        }

        [Fact]
        public void NullIsAProgrammerError()
        {
            Assert.Throws<ArgumentNullException>(() => PrintfFormat.Parse(null!));
        }

        private static void AssertSegment(PrintfSegment segment, PrintfSegmentKind kind, int start, string text)
        {
            Assert.Equal(kind, segment.Kind);
            Assert.Equal(new TextSpan(start, text.Length), segment.Span);
            Assert.Equal(text, segment.Text);
        }
    }
}
