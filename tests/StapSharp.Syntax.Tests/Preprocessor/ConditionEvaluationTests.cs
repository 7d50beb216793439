using System;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Preprocessor.PreprocessorTestHelpers;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>Every operand kind of a preprocessor condition (docs/lexer.md), evaluated against fixed options (kernel 6.1.0-56-amd64, x86_64, 4.8).</summary>
    public class ConditionEvaluationTests
    {
        [Theory]
        [InlineData("kernel_v >= \"5.0\"", "yes")]
        [InlineData("kernel_v < \"6.1\"", "no")]
        [InlineData("kernel_v > \"6.1\"", "yes")]
        [InlineData("kernel_v == \"6.1.0\"", "yes")]
        [InlineData("kernel_v != \"6.1.0\"", "no")]
        [InlineData("kernel_v <= \"6.1.0\"", "yes")]
        [InlineData("kernel_v < \"6.10\"", "yes")]
        [InlineData("kernel_v > \"6.1.0-rc1\"", "no")]
        [InlineData("kernel_v == \"6.1*\"", "yes")]
        [InlineData("kernel_v != \"5.*\"", "yes")]
        [InlineData("kernel_v == \"6.[0-1].?\"", "yes")]
        [InlineData("kernel_vr == \"6.1.0-56-amd64\"", "yes")]
        [InlineData("kernel_vr >= \"6.1.0-9-amd64\"", "yes")]
        [InlineData("kernel_vr == \"*-amd64\"", "yes")]
        [InlineData("systemtap_v >= \"4.0\"", "yes")]
        [InlineData("systemtap_v < \"4.10\"", "yes")]
        [InlineData("systemtap_v <= \"2.6\"", "no")]
        [InlineData("arch == \"x86_64\"", "yes")]
        [InlineData("arch == \"x86*\"", "yes")]
        [InlineData("arch == \"i?86\"", "no")]
        [InlineData("arch != \"arm64\"", "yes")]
        [InlineData("runtime == \"kernel\"", "yes")]
        [InlineData("runtime != \"dyn*\"", "yes")]
        [InlineData("systemtap_privilege == \"stapdev\"", "yes")]
        [InlineData("systemtap_privilege == \"stap*\"", "no")]
        [InlineData("systemtap_privilege != \"stapusr\"", "yes")]
        [InlineData("guru_mode == 0", "yes")]
        [InlineData("guru_mode != 0", "no")]
        [InlineData("CONFIG_SMP == \"y\"", "yes")]
        [InlineData("CONFIG_SMP == \"[ym]\"", "yes")]
        [InlineData("CONFIG_SMP != \"y\"", "no")]
        [InlineData("CONFIG_UNSET == \"\"", "yes")]
        [InlineData("CONFIG_DEFAULT_HOSTNAME == \"\\\"(none)\\\"\"", "yes")]
        [InlineData("CONFIG_NR_CPUS >= 32", "yes")]
        [InlineData("CONFIG_NR_CPUS < 32", "no")]
        [InlineData("CONFIG_BASE == 16", "yes")]
        [InlineData("CONFIG_UNSET == 0", "yes")]
        [InlineData("CONFIG_NR_CPUS > CONFIG_HZ", "no")]
        [InlineData("CONFIG_HZ > CONFIG_NR_CPUS", "yes")]
        [InlineData("CONFIG_SMP == CONFIG_MODULES", "yes")]
        [InlineData("CONFIG_SMP < CONFIG_NR_CPUS", "no")]
        [InlineData("\"a\" < \"b\"", "yes")]
        [InlineData("\"abc\" == \"a*\"", "no")]
        [InlineData("\"x\" != \"x\"", "no")]
        [InlineData("1 == 0", "no")]
        [InlineData("010 == 10", "yes")]
        [InlineData("2 >= 2", "yes")]
        public void Comparisons(string condition, string expected)
        {
            Assert.Equal(expected, Evaluate(condition));
            Assert.Empty(Errors("%( " + condition + " %? yes %: no %)"));
        }

        [Theory]
        [InlineData("1 == 0 && 1 == 1 || 1 == 1", "yes")]
        [InlineData("1 == 1 || 1 == 1 && 1 == 0", "yes")]
        [InlineData("1 == 0 || 1 == 1 && 1 == 0", "no")]
        [InlineData("1 == 1 && 1 == 1 && 1 == 0", "no")]
        [InlineData("1 == 0 || 1 == 0 || 2 == 2", "yes")]
        [InlineData("arch == \"x86_64\" && kernel_vr >= \"4.17.0\" || arch == \"arm64\" && kernel_vr >= \"4.19.0\"", "yes")]
        public void AndBindsTighterThanOr(string condition, string expected) => Assert.Equal(expected, Evaluate(condition));

        [Fact]
        public void OptionsChangeTheResult()
        {
            Assert.Equal("no", Evaluate("systemtap_v >= \"4.0\"", Options.WithLanguageVersion(new Version(3, 0))));
            Assert.Equal("no", Evaluate("runtime == \"kernel\"", Options.WithRuntime("bpf")));
            Assert.Equal("yes", Evaluate("guru_mode == 1", Options.WithGuruMode(true)));
            Assert.Equal("yes", Evaluate("arch == \"arm*\"", Options.WithArchitecture("arm64")));
            Assert.Equal("yes", Evaluate("kernel_v < \"5.0\"", Options.WithKernelRelease("4.19.0-27-amd64")));
            Assert.Equal("yes", Evaluate("systemtap_privilege == \"stapusr\"", Options.WithPrivilege("stapusr")));
        }

        [Theory]
        [InlineData("kernel_v >= 5", (int)ErrorCode.ERR_PPExpectedString)]
        [InlineData("kernel_v < \"6.*\"", (int)ErrorCode.ERR_PPWildcardWithOrderOperator)]
        [InlineData("kernel_v =~ \"6\"", (int)ErrorCode.ERR_PPExpectedComparisonOperator)]
        [InlineData("arch < \"x\"", (int)ErrorCode.ERR_PPExpectedEqualityOperator)]
        [InlineData("arch == x86_64", (int)ErrorCode.ERR_PPExpectedString)]
        [InlineData("runtime >= \"kernel\"", (int)ErrorCode.ERR_PPExpectedEqualityOperator)]
        [InlineData("systemtap_privilege == 1", (int)ErrorCode.ERR_PPExpectedString)]
        [InlineData("guru_mode == \"1\"", (int)ErrorCode.ERR_PPExpectedNumber)]
        [InlineData("guru_mode == 2", (int)ErrorCode.ERR_PPExpectedZeroOrOne)]
        [InlineData("guru_mode < 1", (int)ErrorCode.ERR_PPExpectedEqualityOperator)]
        [InlineData("CONFIG_SMP > 1", (int)ErrorCode.ERR_PPConfigValueNotNumber)]
        [InlineData("CONFIG_SMP < \"y\"", (int)ErrorCode.ERR_PPExpectedEqualityOperator)]
        [InlineData("CONFIG_SMP == arch", (int)ErrorCode.ERR_PPExpectedConfigOperand)]
        [InlineData("\"a\" == 1", (int)ErrorCode.ERR_PPExpectedStringRightOperand)]
        [InlineData("1 == \"a\"", (int)ErrorCode.ERR_PPExpectedNumberRightOperand)]
        [InlineData("1 + 1", (int)ErrorCode.ERR_PPExpectedComparisonOperator)]
        [InlineData("foo == 1", (int)ErrorCode.ERR_PPInvalidOperand)]
        [InlineData("probe == 1", (int)ErrorCode.ERR_PPInvalidOperand)]
        [InlineData("CONFIG_SMP", (int)ErrorCode.ERR_PPIncompleteCondition)]
        [InlineData("", (int)ErrorCode.ERR_PPIncompleteCondition)]
        [InlineData("1 == 1 &&", (int)ErrorCode.ERR_PPIncompleteCondition)]
        [InlineData("1 == 1 1", (int)ErrorCode.ERR_PPExpectedQuestion)]
        [InlineData("0x10 == 16", (int)ErrorCode.ERR_InvalidNumber)]
        [InlineData("18446744073709551615 < 0", (int)ErrorCode.ERR_InvalidNumber)]
        public void ErrorsMakeTheConditionFalse(string condition, int code)
        {
            string text = "%( " + condition + " %? yes %: no %)";
            Assert.Equal("no", Active(text));
            Assert.Equal(new[] { (ErrorCode)code }, Codes(text));
        }

        [Fact]
        public void ErrorIsReportedOnTheOffendingToken()
        {
            var d = Assert.Single(Errors("%( foo == 1 %? %)"));
            Assert.Equal(ErrorCode.ERR_PPInvalidOperand, d.Code);
            Assert.Equal(3, d.Position);
            Assert.Equal(3, d.Width);

            d = Assert.Single(Errors("%( arch ==\n   5 %? %)"));
            Assert.Equal(ErrorCode.ERR_PPExpectedString, d.Code);
            Assert.Equal(14, d.Position);
            Assert.Equal(1, d.Width);
        }

        [Theory]
        [InlineData("%( CONFIG_SMP %? x %)")]
        [InlineData("%( !(1==1) %? x %)")]
        [InlineData("%( defined(X) %? x %)")]
        [InlineData("%( (1 == 1) %? x %)")]
        public void TrickyCase35_ConditionsAreOperandOperatorOperand(string text)
        {
            Assert.Equal("", Active(text));
            Assert.NotEmpty(Errors(text));
        }

        [Fact]
        public void TrickyCase36_SkippedDefinitionsAreNotRegistered()
        {
            string text = "%( 1 == 0 %? @define m %( 1 %) %: @define m %( 2 %) %)\n%( @m == 2 %? two %: other %)";
            Assert.Equal("@define m %( 2 %) two", Active(text));
            Assert.Empty(Errors(text));
        }

        [Fact]
        public void TrickyCase37_UnterminatedStringInASkippedBranchEatsTheClose()
        {
            string text = "%( 1 == 1 %? a %: \"unterminated %) }\n";
            Assert.Equal("a", Active(text));
            var d = Assert.Single(Errors(text));
            Assert.Equal(ErrorCode.ERR_PPUnterminatedConditional, d.Code);
            Assert.Equal(text.Length, d.Position);
        }
    }
}
