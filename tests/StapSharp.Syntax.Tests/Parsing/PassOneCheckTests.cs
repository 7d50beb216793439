using System.Collections.Generic;
using System.Linq;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>
    /// The checks stap's parser makes beyond the grammar (LanguageParser.Checks.cs): each one reports its STP code at
    /// the token stap names, and leaves the valid neighbour of each case alone. Verdicts agree with stap -p1 on
    /// tests/parity/pass1 (StapParityTests).
    /// </summary>
    public class PassOneCheckTests
    {
        private static readonly StapParseOptions s_withLibrary = StapParseOptions.Default.WithLibraryMacros(
            MacroLibrary.FromSources(new[] { new KeyValuePair<string, string>("lib.stpm", "@define libmacro(x) %( (@x + 1) %)") }));

        private static List<string> Errors(string text, StapParseOptions? options = null) =>
            StapSyntaxTree.ParseText(text, options, path: "t.stp").GetDiagnostics().Select(d => d.ToString()).ToList();

        private static void AssertRoundTrips(string text) =>
            Assert.Equal(text, StapSyntaxTree.ParseText(text, s_withLibrary).GetRoot().ToFullString());

        [Fact]
        public void DuplicateParameterIsReportedAtTheSecondOne()
        {
            var error = Assert.Single(Errors("function f(a, b:long, a) { return 1 }"));
            Assert.Equal("t.stp(1,23): error STP1040: duplicate parameter name 'a' in function 'f'", error);
            Assert.Empty(Errors("function f(a, b) { return a + b }\nfunction g(a) { return a }"));
        }

        [Fact]
        public void DuplicateGlobalIsReportedInOneListAndAcrossDeclarations()
        {
            Assert.Equal(new[] { "t.stp(1,14): error STP1041: duplicate global name 'x': it is already declared in this file" },
                Errors("global x, y, x probe begin {}"));
            Assert.Equal(new[] { "t.stp(2,16): error STP1041: duplicate global name 'x': it is already declared in this file" },
                Errors("private global x\nprivate global x probe begin {}"));
            Assert.Empty(Errors("global a, b\nglobal c\nprobe begin {}"));
        }

        [Fact]
        public void GlobalAndPrivateOfOneNameConflict()
        {
            Assert.Equal(new[] { "t.stp(2,16): error STP1042: 'x' is declared both global and private in this file" },
                Errors("global x\nprivate global x probe begin {}"));
            Assert.Equal(new[] { "t.stp(2,8): error STP1042: 'x' is declared both global and private in this file" },
                Errors("private global x\nglobal x probe begin {}"));
        }

        [Theory]
        [InlineData("global a[0]", "t.stp(1,10): error STP1043: array size 0 out of range: it must be between 1 and 2147483647")]
        [InlineData("global a[-1]", "t.stp(1,10): error STP1043: array size -1 out of range: it must be between 1 and 2147483647")]
        [InlineData("global a[2147483648]", "t.stp(1,10): error STP1043: array size 2147483648 out of range: it must be between 1 and 2147483647")]
        [InlineData("global s%[0]", "t.stp(1,11): error STP1043: array size 0 out of range: it must be between 1 and 2147483647")]
        public void ArraySizeOutsideOneToIntMaxIsReported(string text, string expected) =>
            Assert.Equal(new[] { expected }, Errors(text));

        [Fact]
        public void ArraySizesInRangeAreAccepted() => Assert.Empty(Errors("global a[1], b[2147483647], c%[0x10]"));

        [Fact]
        public void InitialiserOnASizedArrayIsReportedAtTheEqualsSign()
        {
            Assert.Equal(new[] { "t.stp(1,20): error STP1044: only scalar globals can be initialized: 'a' has an array size" },
                Errors("global b = 2, a[3] = 1"));
            Assert.Empty(Errors("global a = 1, b = \"x\""));
        }

        [Fact]
        public void EmptyCastTypeAndPerfCounterAreReportedAtTheLastPiece()
        {
            Assert.Equal(new[] { "t.stp(1,28): error STP1045: the type name of @cast must be a non-empty string" },
                Errors("probe begin { x = @cast(0, \"\")->a }"));
            Assert.Equal(new[] { "t.stp(2,1): error STP1045: the type name of @cast must be a non-empty string" },
                Errors("probe begin { x = @cast(0, \"\"\n\"\")->a }"));
            Assert.Equal(new[] { "t.stp(1,25): error STP1045: @perf must be a non-empty string" },
                Errors("probe begin { x = @perf(\"\") }"));
            AssertRoundTrips("probe begin { x = @cast(0, \"\"\n\"\")->a }");
            Assert.Empty(Errors("probe begin { x = @cast(0, \"task_struct\", \"\")->pid; y = @var(\"\") }"));
        }

        [Fact]
        public void UnknownOperatorIsReportedWhenTheLibraryIsKnown()
        {
            Assert.Equal(new[] { "t.stp(1,19): error STP1046: unknown operator @m: no built-in operator and no macro defined before this point has that name" },
                Errors("probe begin { x = @m(1) }\n@define m(a) %( @a %)", s_withLibrary));
            Assert.Empty(Errors("@define m(a) %( @a %)\nprobe begin { x = @m(1) + @libmacro(2) }", s_withLibrary));
            // Without a library the set of macros is unknown: the binder's STP2022 decides later.
            Assert.Empty(Errors("probe begin { x = @m(1) }"));
        }

        [Fact]
        public void UnknownOperatorInAnExpansionIsReportedAtTheInvocation()
        {
            Assert.Equal(new[] { "t.stp(2,19): error STP1047: unknown operator @b in the expansion of macro @m: it is no parameter and no macro defined before this point" },
                Errors("@define m(a) %( @a + @b %)\nprobe begin { x = @m(1) }", s_withLibrary));
            // Defined after the macro that uses it but before the expansion: fine, as in stap.
            Assert.Empty(Errors("@define m %( @n %)\n@define n %( 2 %)\nprobe begin { x = @m }", s_withLibrary));
        }

        [Theory]
        [InlineData("")]
        [InlineData("# only a comment\n")]
        [InlineData("@define m %( 1 %)")]
        [InlineData("%( 1 == 0 %? probe begin { } %)")]
        public void ScriptWithoutDeclarationsIsReported(string text)
        {
            var diagnostic = Assert.Single(StapSyntaxTree.ParseText(text, path: "t.stp").GetDiagnostics());
            Assert.Equal("STP1048", diagnostic.Id);
            Assert.Equal(text.Length, diagnostic.Location.SourceSpan.Start);
        }

        [Fact]
        public void LibraryFilesMayDeclareNothing() =>
            Assert.Empty(StapSyntaxTree.ParseText("@define m %( 1 %)", StapParseOptions.Default.WithKind(StapSourceKind.Library)).GetDiagnostics());

        [Fact]
        public void EveryCheckHasAMessage() =>
            Assert.All(new[] { ErrorCode.ERR_DuplicateParameter, ErrorCode.ERR_DuplicateGlobal, ErrorCode.ERR_GlobalPrivateConflict,
                ErrorCode.ERR_ArraySizeOutOfRange, ErrorCode.ERR_SizedArrayInitializer, ErrorCode.ERR_EmptyStringNotAllowed,
                ErrorCode.ERR_UnknownOperator, ErrorCode.ERR_UnknownOperatorInExpansion, ErrorCode.ERR_EmptyScript },
                code => Assert.True(DiagnosticMessages.HasMessage(code)));
    }
}
