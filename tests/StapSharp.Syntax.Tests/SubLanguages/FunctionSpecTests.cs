using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    // Expectations come from `man stapprobes` (DWARF probe PATTERN) and from what `stap -p2` 4.8 calls a
    // "malformed specification".
    public sealed class FunctionSpecTests
    {
        [Fact]
        public void FunctionOnly()
        {
            FunctionSpec spec = FunctionSpec.Parse("vfs_read");

            Assert.Empty(spec.Errors);
            Assert.Equal("vfs_read", spec.Function.Text);
            Assert.Equal(new TextSpan(0, 8), spec.Function.Span);
            Assert.False(spec.Function.HasWildcards);
            Assert.Null(spec.File);
            Assert.Equal(FunctionSpecLineKind.None, spec.LineKind);
            Assert.Null(spec.LinesSpan);
            Assert.Empty(spec.Lines);
            Assert.False(spec.HasWildcards);
        }

        [Theory]
        [InlineData("sys_*")]
        [InlineData("vfs_rea?")]
        [InlineData("do_[rw]*")]
        [InlineData("*")]
        public void WildcardsInTheFunction(string text)
        {
            FunctionSpec spec = FunctionSpec.Parse(text);
            Assert.Empty(spec.Errors);
            Assert.True(spec.Function.HasWildcards);
            Assert.True(spec.HasWildcards);
        }

        [Fact]
        public void FunctionAndFilePattern()
        {
            FunctionSpec spec = FunctionSpec.Parse("*@fs/*.c");

            Assert.Empty(spec.Errors);
            Assert.Equal("*", spec.Function.Text);
            Assert.Equal(new TextSpan(0, 1), spec.Function.Span);
            Assert.Equal("fs/*.c", spec.File!.Text);
            Assert.Equal(new TextSpan(2, 6), spec.File.Span);
            Assert.True(spec.File.HasWildcards);
            Assert.Equal(FunctionSpecLineKind.None, spec.LineKind);
        }

        [Fact]
        public void AnyFile()
        {
            FunctionSpec spec = FunctionSpec.Parse("vfs_read@*");
            Assert.Empty(spec.Errors);
            Assert.Equal("*", spec.File!.Text);
            Assert.Equal(new TextSpan(9, 1), spec.File.Span);
        }

        [Fact]
        public void AllLines()
        {
            FunctionSpec spec = FunctionSpec.Parse("*@file.c:*");

            Assert.Empty(spec.Errors);
            Assert.Equal(FunctionSpecLineKind.Wildcard, spec.LineKind);
            Assert.Equal(new TextSpan(9, 1), spec.LinesSpan);
            Assert.Empty(spec.Lines);
            Assert.True(spec.HasWildcards);
        }

        [Fact]
        public void AbsoluteLine()
        {
            FunctionSpec spec = FunctionSpec.Parse("main@x.c:10");

            Assert.Empty(spec.Errors);
            Assert.Equal("main", spec.Function.Text);
            Assert.Equal("x.c", spec.File!.Text);
            Assert.Equal(FunctionSpecLineKind.Absolute, spec.LineKind);
            Assert.Equal(new TextSpan(9, 2), spec.LinesSpan);
            FunctionSpecLineRange line = Assert.Single(spec.Lines);
            Assert.Equal(10, line.Start);
            Assert.Equal(10, line.End);
            Assert.False(line.IsRange);
            Assert.Equal(new TextSpan(9, 2), line.Span);
            Assert.False(spec.HasWildcards);
        }

        [Fact]
        public void LineRange()
        {
            FunctionSpec spec = FunctionSpec.Parse("main@x.c:10-20");
            FunctionSpecLineRange range = Assert.Single(spec.Lines);
            Assert.True(range.IsRange);
            Assert.Equal((10, 20), (range.Start, range.End));
            Assert.Equal(new TextSpan(9, 5), range.Span);
            Assert.Equal("10-20", range.ToString());
        }

        [Fact]
        public void LinesAndRangesMixedWithCommas()
        {
            // "Ranges and specific lines can be mixed using commas, e.g. ':x,y-z'" (man stapprobes).
            FunctionSpec spec = FunctionSpec.Parse("main@x.c:1,3-5");

            Assert.Empty(spec.Errors);
            Assert.Collection(
                spec.Lines,
                l => Assert.Equal((1, 1, new TextSpan(9, 1)), (l.Start, l.End, l.Span)),
                l => Assert.Equal((3, 5, new TextSpan(11, 3)), (l.Start, l.End, l.Span)));
        }

        [Fact]
        public void RelativeLine()
        {
            FunctionSpec spec = FunctionSpec.Parse("main@x.c+3");
            Assert.Empty(spec.Errors);
            Assert.Equal(FunctionSpecLineKind.Relative, spec.LineKind);
            Assert.Equal(3, Assert.Single(spec.Lines).Start);
        }

        [Theory]
        [InlineData("main@x.c: 1", 1, 1)]     // leading white space, as C++ stream extraction allows
        [InlineData("main@x.c:+1", 1, 1)]     // an explicit '+' sign
        [InlineData("main@x.c:007", 7, 7)]    // decimal, not octal
        [InlineData("main@x.c:5-", 5, 5)]     // stray '-' are skipped
        [InlineData("main@x.c:-5", 5, 5)]
        [InlineData("main@x.c:1-x-3", 1, 3)]  // only the first and last number count
        [InlineData("main@x.c:5-3", 5, 3)]    // reversed: kept, names no line
        [InlineData("main@x.c:2147483647", 2147483647, 2147483647)]
        [InlineData("main@x.c+1-2", 1, 2)]
        public void LaxLineNumbersThatStapAccepts(string text, int start, int end)
        {
            FunctionSpec spec = FunctionSpec.Parse(text);
            Assert.Empty(spec.Errors);
            FunctionSpecLineRange range = Assert.Single(spec.Lines);
            Assert.Equal((start, end), (range.Start, range.End));
        }

        [Theory]
        [InlineData("main@x.c:1,,2", 2)]
        [InlineData("main@x.c:,", 0)]
        [InlineData("main@x.c+,", 0)]
        public void EmptyListItemsAreSkipped(string text, int count)
        {
            FunctionSpec spec = FunctionSpec.Parse(text);
            Assert.Empty(spec.Errors);
            Assert.Equal(count, spec.Lines.Count);
        }

        [Fact]
        public void FileMayContainAt()
        {
            FunctionSpec spec = FunctionSpec.Parse("main@@x");
            Assert.Empty(spec.Errors);
            Assert.Equal("main", spec.Function.Text);
            Assert.Equal("@x", spec.File!.Text);
        }

        [Theory]
        [InlineData("main:3")]
        [InlineData("main+3")]
        [InlineData("ns::method")]
        public void WithoutAtEverythingIsTheFunction(string text)
        {
            FunctionSpec spec = FunctionSpec.Parse(text);
            Assert.Empty(spec.Errors);
            Assert.Equal(text, spec.Function.Text);
            Assert.Null(spec.File);
        }

        [Theory]
        [InlineData("", 0, 0)]
        [InlineData("@x.c", 0, 0)]
        [InlineData("@x.c:3", 0, 0)]
        public void MissingFunction(string text, int offset, int length)
        {
            SubLanguageError error = Assert.Single(FunctionSpec.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_FunctionSpecMissingFunction, error.Code);
            Assert.Equal(new TextSpan(offset, length), error.Span);
        }

        [Theory]
        [InlineData("main@")]
        [InlineData("main@:3")]
        [InlineData("main@+3")]
        public void MissingFile(string text)
        {
            SubLanguageError error = Assert.Single(FunctionSpec.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_FunctionSpecMissingFile, error.Code);
            Assert.Equal(new TextSpan(5, 0), error.Span);
            Assert.Equal("STP2902", error.Id);
        }

        [Theory]
        [InlineData("main@x.c:", 9, 0)]
        [InlineData("main@x.c+", 9, 0)]
        [InlineData("main@x.c:-", 9, 1)]     // stap 4.8 crashes here (vector::_M_range_check)
        [InlineData("main@x.c:3,-", 11, 1)]
        [InlineData("main@x.c:3,--,4", 11, 2)]
        public void MissingLine(string text, int offset, int length)
        {
            SubLanguageError error = Assert.Single(FunctionSpec.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_FunctionSpecMissingLine, error.Code);
            Assert.Equal(new TextSpan(offset, length), error.Span);
        }

        [Theory]
        [InlineData("main@x.c:abc", 9, "abc")]
        [InlineData("main@x.c:1:2", 9, "1:2")]
        [InlineData("main@x.c+*", 9, "*")]
        [InlineData("main@x.c:**", 9, "**")]
        [InlineData("main@x.c:*,3", 9, "*")]
        [InlineData("main@x.c:3,*", 11, "*")]
        [InlineData("main@x.c:1-*", 11, "*")]
        [InlineData("main@x.c:1-2-x", 13, "x")]
        [InlineData("main@x.c:0x10", 9, "0x10")]
        [InlineData("main@x.c:1 ", 9, "1 ")]
        [InlineData("main@x.c:1 ,2", 9, "1 ")]
        [InlineData("main@x.c:3+1", 9, "3+1")]
        [InlineData("main@x.c: ", 9, " ")]
        [InlineData("main@x.c:+", 9, "+")]
        [InlineData("main@a+b.c:3", 7, "b.c:3")]
        public void InvalidLineNumber(string text, int offset, string part)
        {
            SubLanguageError error = Assert.Single(FunctionSpec.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_FunctionSpecInvalidLine, error.Code);
            Assert.Equal(new TextSpan(offset, part.Length), error.Span);
            Assert.Equal($"'{part}' is not a valid line number", error.Message);
        }

        [Theory]
        [InlineData("main@x.c:2147483648", "2147483648")]
        [InlineData("main@x.c:4294967296", "4294967296")]
        [InlineData("main@x.c:-2147483648", "2147483648")]
        [InlineData("main@x.c:99999999999999999999", "99999999999999999999")]
        public void LineNumberTooLarge(string text, string number)
        {
            SubLanguageError error = Assert.Single(FunctionSpec.Parse(text).Errors);
            Assert.Equal(ErrorCode.ERR_FunctionSpecLineTooLarge, error.Code);
            Assert.Equal(new TextSpan(text.Length - number.Length, number.Length), error.Span);
        }

        [Fact]
        public void SeveralErrorsInOrder()
        {
            FunctionSpec spec = FunctionSpec.Parse("@:x,2,y");
            Assert.Equal(
                new[] { ErrorCode.ERR_FunctionSpecMissingFunction, ErrorCode.ERR_FunctionSpecMissingFile, ErrorCode.ERR_FunctionSpecInvalidLine, ErrorCode.ERR_FunctionSpecInvalidLine },
                spec.Errors.Select(e => e.Code));
            Assert.Equal(new[] { 0, 1, 2, 6 }, spec.Errors.Select(e => e.Span.Start));
            Assert.Equal(2, Assert.Single(spec.Lines).Start);
        }

        [Fact]
        public void NeverThrowsOnRandomInput()
        {
            const string alphabet = "ab*?[]@@::++--,,  0129x";
            var random = new Random(1234);
            for (int i = 0; i < 2000; i++)
            {
                char[] chars = new char[random.Next(0, 14)];
                for (int j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
                string text = new string(chars);

                FunctionSpec spec = FunctionSpec.Parse(text);

                Assert.Equal(text.Substring(spec.Function.Span.Start, spec.Function.Span.Length), spec.Function.Text);
                if (spec.File is { } file) Assert.Equal(text.Substring(file.Span.Start, file.Span.Length), file.Text);
                Assert.All(spec.Errors, e => Assert.True(e.Span.End <= text.Length));
                Assert.All(spec.Lines, l => Assert.True(l.Span.End <= text.Length));
            }
        }

        [Fact]
        public void ResultsAreCachedPerText()
        {
            string text = "cached_" + Guid.NewGuid().ToString("N") + "@x.c:1";
            Assert.Same(FunctionSpec.Parse(text), FunctionSpec.Parse(text));
        }

        [Fact]
        public void NullIsAProgrammerError()
        {
            Assert.Throws<ArgumentNullException>(() => FunctionSpec.Parse(null!));
        }
    }
}
