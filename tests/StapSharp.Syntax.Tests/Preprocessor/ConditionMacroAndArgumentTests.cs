using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Preprocessor.PreprocessorTestHelpers;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    public class ConditionMacroAndArgumentTests
    {
        private static MacroLibrary Library(string text) =>
            MacroLibrary.FromSources(new[] { new KeyValuePair<string, string>("lib.stpm", text) }, Options);

        [Fact]
        public void FileMacrosExpandInConditions()
        {
            Assert.Equal("a", Active("@define IS %( arch == \"x86_64\" %)\n%( @IS %? a %: b %)").Split(' ')[^1]);
            Assert.Equal("a", Active("@define ge(v) %( kernel_v >= @v %)\n%( @ge(\"5.0\") %? a %: b %)").Split(' ')[^1]);
            Assert.Equal("b", Active("@define ge(v) %( kernel_v >= @v %)\n%( @ge(\"7.0\") && 1 == 1 %? a %: b %)").Split(' ')[^1]);
            Assert.Equal("a", Active("@define op %( >= %)\n%( kernel_v @op \"5\" %? a %: b %)").Split(' ')[^1]);
        }

        [Fact]
        public void MacroExpansionIsTextualSoPrecedenceFollowsTheExpandedStream()
        {
            // @either expands to "1 == 1 || 1 == 0"; followed by "&& 1 == 0" stap reads 1==1 || (1==0 && 1==0): true.
            Assert.Equal("a", Active("@define either %( 1 == 1 || 1 == 0 %)\n%( @either && 1 == 0 %? a %: b %)").Split(' ')[^1]);
        }

        [Fact]
        public void ConditionalsInsideMacroBodiesAreEvaluatedOnExpansion()
        {
            string text = "@define m %( %( 1 == 1 %? arch == \"x86_64\" %: 1 == 0 %) %)\n%( @m %? a %: b %)";
            Assert.Equal("a", Active(text).Split(' ')[^1]);
            Assert.Empty(Errors(text));
        }

        [Fact]
        public void UndefinedMacroWithoutALibraryWarnsAndIsFalse()
        {
            string text = "%( @_IS_SREG_KERNEL %? a %: b %)";
            Assert.Equal("b", Active(text));
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.WRN_PPUndefinedMacro, d.Code);
            Assert.Equal(3, d.Position);
            Assert.Equal(16, d.Width);
        }

        [Fact]
        public void LibraryMacrosExpandInConditions()
        {
            var library = Library("@define _IS_SREG_KERNEL\n%(\n arch == \"x86_64\" && kernel_vr >= \"4.17.0\"\n || arch == \"arm64\" && kernel_vr >= \"4.19.0\"\n%)\n");
            var options = Options.WithLibraryMacros(library);
            string text = "%( @_IS_SREG_KERNEL %? a %: b %)";
            Assert.Equal("a", Active(text, options));
            Assert.Empty(Errors(text, options));
            Assert.Equal("b", Active(text, options.WithKernelRelease("4.9.0-1-amd64")));
            var d = Assert.Single(Errors("%( @nope %? a %)", options));
            Assert.Equal(ErrorCode.ERR_PPUnknownMacro, d.Code);
        }

        [Fact]
        public void MacroArgumentCountIsChecked()
        {
            string text = "@define ge(v) %( kernel_v >= @v %)\n%( @ge %? a %: b %)";
            Assert.Contains(ErrorCode.ERR_PPMacroArgumentCount, Codes(text));
        }

        [Fact]
        public void RecursiveMacroIsReported()
        {
            string text = "@define r %( @r %)\n%( @r %? a %: b %)";
            Assert.Equal("@define r %( @r %) b", Active(text));
            Assert.Contains(ErrorCode.ERR_PPMacroExpansionTooDeep, Codes(text));
        }

        [Fact]
        public void ArgumentCountDefaultsToZeroWhenNotSupplied()
        {
            string text = "%( $# >= 1 %? a %: b %)";
            Assert.Equal("b", Active(text));
            Assert.Empty(Errors(text));
            Assert.Equal("a", Active(text, Options.WithArguments(new[] { "x" })));
            Assert.Equal("a", Active("%( @# == \"2\" %? a %: b %)", Options.WithArguments(new[] { "x", "y" })));
        }

        [Fact]
        public void UnsuppliedArgumentsAreSilent()
        {
            // @N is the empty string; a comparison with $N is false; neither is reported.
            Assert.Equal("b", Active("%( @1 == \"foo\" %? a %: b %)"));
            Assert.Equal("a", Active("%( @1 == \"\" %? a %: b %)"));
            Assert.Equal("b", Active("%( $1 == 5 %? a %: b %)"));
            Assert.Empty(Errors("%( $1 == 5 || @2 != \"x\" %? a %: b %)"));
        }

        [Fact]
        public void SuppliedArgumentsAreSubstituted()
        {
            var options = Options.WithArguments(new[] { "foo", "5", "arch" });
            Assert.Equal("a", Active("%( @1 == \"foo\" %? a %: b %)", options));
            Assert.Equal("a", Active("%( $2 == 5 %? a %: b %)", options));
            Assert.Equal("a", Active("%( $3 == \"x86_64\" %? a %: b %)", options));
            var d = Assert.Single(Errors("%( $4 == 1 %? a %: b %)", options));
            Assert.Equal(ErrorCode.ERR_ArgumentOutOfRange, d.Code);
        }
    }
}
