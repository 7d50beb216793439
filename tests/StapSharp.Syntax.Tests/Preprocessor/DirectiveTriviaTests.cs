using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using Green = StapSharp.Syntax.InternalSyntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;
using static StapSharp.Syntax.Tests.Preprocessor.PreprocessorTestHelpers;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>How conditionals appear in the token stream: directive trivia, disabled text, real macro-body tokens.</summary>
    public class DirectiveTriviaTests
    {
        [Fact]
        public void ActiveBranchTokensCarryTheDirectivesAsLeadingTrivia()
        {
            string text = "%( arch == \"x86_64\" %?\nprobe a {}\n%:\nprobe b {}\n%)\n";
            var tokens = Lex(text, Options);
            Assert.Equal(text, FullText(tokens));
            Assert.Equal("probe a { } ", string.Concat(tokens.Select(t => t.Text + " ")).TrimEnd() + " ");

            var first = TriviaOf(tokens[0].GetLeadingTrivia());
            var directive = Assert.IsType<Green.ConditionalDirectiveTriviaSyntax>(Assert.Single(first));
            Assert.Equal(SyntaxKind.ActiveConditionalDirectiveTrivia, directive.Kind);
            Assert.Equal("%( arch == \"x86_64\" %?\n", directive.ToFullString());
            var comparison = Assert.IsType<Green.PreprocessorComparisonSyntax>(directive.Condition);
            Assert.Equal("arch", comparison.Left.Text);
            Assert.Equal(SyntaxKind.EqualsEqualsToken, comparison.OperatorToken.Kind);
            Assert.True(directive.IsStructuredTrivia);
            Assert.True(directive.ContainsDirectives);

            var eof = tokens[tokens.Count - 1];
            Assert.Equal(new[] { SyntaxKind.InactiveElseDirectiveTrivia, SyntaxKind.DisabledTextTrivia, SyntaxKind.EndDirectiveTrivia },
                TriviaOf(eof.GetLeadingTrivia()).Select(t => t.Kind));
            Assert.Equal("probe b {}\n", TriviaOf(eof.GetLeadingTrivia())[1].ToFullString());
        }

        [Fact]
        public void InactiveFirstBranchBecomesDisabledText()
        {
            string text = "%( arch == \"arm\" %? probe a {} %: probe b {} %)";
            var tokens = Lex(text, Options);
            Assert.Equal(text, FullText(tokens));
            Assert.Equal(new[] { SyntaxKind.InactiveConditionalDirectiveTrivia, SyntaxKind.DisabledTextTrivia, SyntaxKind.ActiveElseDirectiveTrivia },
                TriviaOf(tokens[0].GetLeadingTrivia()).Select(t => t.Kind));
            Assert.Equal("probe a {} ", TriviaOf(tokens[0].GetLeadingTrivia())[1].ToFullString());
            Assert.Equal("probe b { }", Active(text));
        }

        [Fact]
        public void ConditionalInsideAnExpression()
        {
            string text = "probe timer.s(%( $# > 0 %? $1 %: 5 %)) { }";
            Assert.Equal("probe timer . s ( 5 ) { }", Active(text));
            Assert.Equal("probe timer . s ( $1 ) { }", Active(text, Options.WithArguments(new[] { "10" })));
            Assert.Empty(Errors(text));
        }

        [Fact]
        public void NestedConditionals()
        {
            Assert.Equal("b", Active("%( 1 == 1 %? %( 1 == 0 %? a %: b %) %: c %)"));
            Assert.Equal("c", Active("%( 1 == 0 %? %( 1 == 1 %? a %: b %) %: c %)"));
            Assert.Equal("a d", Active("%( 1 == 1 %? a %( 1 == 0 %? b %: %( 2 == 3 %? c %) %) d %)"));
        }

        [Fact]
        public void SkippedTextIsScannedTokenByToken()
        {
            // Directive-like text inside strings, comments and embedded code does not count.
            string text = "%( 1 == 0 %? \"%)\" # %)\n /* %: */ %{ %) %} x %: y %)";
            Assert.Equal("y", Active(text));
            Assert.Empty(Errors(text));
        }

        [Fact]
        public void LexerErrorsInSkippedTextAreIgnored()
        {
            Assert.Empty(Errors("%( 1 == 0 %? 09 \u00e9 \"open\n %: ok %)"));
        }

        [Fact]
        public void ConditionStructure()
        {
            var tokens = Lex("%( arch == \"x\" && kernel_v > \"1\" || 1 == 1 %? a %)", Options);
            var directive = (Green.ConditionalDirectiveTriviaSyntax)TriviaOf(tokens[0].GetLeadingTrivia())[0];
            var or = Assert.IsType<Green.PreprocessorLogicalConditionSyntax>(directive.Condition);
            Assert.Equal(SyntaxKind.PreprocessorOrCondition, or.Kind);
            Assert.Equal(SyntaxKind.PreprocessorAndCondition, or.Left.Kind);
            Assert.Equal(SyntaxKind.PreprocessorComparison, or.Right.Kind);
            Assert.Equal(SyntaxKind.ActiveConditionalDirectiveTrivia, directive.Kind);
        }

        [Fact]
        public void VeryLongConditionsStayFlat()
        {
            string condition = "1 == 1" + string.Concat(Enumerable.Repeat(" && 1 == 1", 40));
            var tokens = Lex("%( " + condition + " %? a %)", Options);
            var directive = (Green.ConditionalDirectiveTriviaSyntax)TriviaOf(tokens[0].GetLeadingTrivia())[0];
            Assert.Equal(SyntaxKind.PreprocessorTokenCondition, directive.Condition.Kind);
            Assert.Equal(SyntaxKind.ActiveConditionalDirectiveTrivia, directive.Kind);
        }

        [Fact]
        public void MacroUseInAConditionIsATokenCondition()
        {
            var tokens = Lex("@define IS %( arch == \"x86_64\" %)\n%( @IS %? a %: b %)", Options);
            var a = tokens.First(t => t.Text == "a");
            var directive = (Green.ConditionalDirectiveTriviaSyntax)TriviaOf(a.GetLeadingTrivia())[0];
            var condition = Assert.IsType<Green.PreprocessorTokenConditionSyntax>(directive.Condition);
            Assert.Equal(SyntaxKind.PreprocessorTokenCondition, condition.Kind);
            Assert.Equal("@IS ", condition.ToFullString());
        }

        [Fact]
        public void StrayDirectivesAreBadDirectiveTrivia()
        {
            foreach (var stray in new[] { "%)", "%?", "%:" })
            {
                string text = "a " + stray + " b";
                var tokens = Lex(text, Options);
                Assert.Equal("a b", Active(text));
                var bad = TriviaOf(tokens[1].GetLeadingTrivia()).Single(t => t.Kind == SyntaxKind.BadDirectiveTrivia);
                var d = Assert.Single(Errors(text));
                Assert.Equal(ErrorCode.ERR_PPMissingOpen, d.Code);
                Assert.Equal(2, d.Position);
                Assert.Equal(2, d.Width);
            }
        }

        [Fact]
        public void DuplicateElse()
        {
            string text = "%( 1 == 1 %? a %: b %: c %)";
            Assert.Equal("a", Active(text));
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.ERR_PPDuplicateElse, d.Code);
            Assert.Equal(20, d.Position);
        }

        [Fact]
        public void MissingQuestionMarker()
        {
            string text = "%( 1 == 1 probe begin {} %)";
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.ERR_PPExpectedQuestion, d.Code);
            Assert.Equal(10, d.Position);
            Assert.Equal(0, d.Width);
            Assert.Equal("", Active(text));
        }

        [Fact]
        public void UnterminatedConditionalAtEndOfFile()
        {
            string text = "%( 1 == 1 %? probe begin {}";
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.ERR_PPUnterminatedConditional, d.Code);
            Assert.Equal(text.Length, d.Position);
            Assert.Equal(ErrorCode.ERR_PPUnterminatedConditional, Assert.Single(Errors("%( 1 == 0 %? a")).Code);
            Assert.Equal(ErrorCode.ERR_PPUnterminatedConditional, Assert.Single(Errors("%( 1 == 1 %?")).Code);
        }

        [Fact]
        public void MacroBodiesAreRealTokens()
        {
            string text = "@define m(a, b) %( %( arch == \"x\" %? @a %: @b %) %)\nprobe begin { x = @m(1, 2) }";
            Assert.Equal("@define m ( a , b ) %( %( arch == \"x\" %? @a %: @b %) %) probe begin { x = @m ( 1 , 2 ) }", Active(text));
            Assert.Empty(Errors(text));
            var tokens = LexTokens(text, Options);
            Assert.Equal(SyntaxKind.PercentOpenParenToken, tokens[7].Kind);
            Assert.Equal(SyntaxKind.PercentQuestionToken, tokens[12].Kind);
            Assert.Equal(SyntaxKind.PercentCloseParenToken, tokens[17].Kind);
        }

        [Fact]
        public void MacroDefinedInsideAConditional()
        {
            string text = "%( arch == \"x86_64\" %? @define bits %( 64 %) %: @define bits %( 32 %) %)\n%( @bits == 64 %? wide %: narrow %)";
            Assert.Equal("@define bits %( 64 %) wide", Active(text));
            Assert.Empty(Errors(text));
        }

        [Fact]
        public void UnterminatedMacroBody()
        {
            string text = "@define m %( 1 + %( 2";
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.ERR_UnterminatedMacroBody, d.Code);
            Assert.Equal("m", d.Arguments[0]);
        }
    }
}
