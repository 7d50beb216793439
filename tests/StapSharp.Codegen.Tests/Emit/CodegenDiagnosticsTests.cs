using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StapSharp.Codegen.Tests
{
    /// <summary>Codegen owns the STP3xxx codes: its own enum, messages and descriptors, with the ids users match on.</summary>
    public sealed class CodegenDiagnosticsTests
    {
        private static ErrorCode[] Codes() =>
            Enum.GetValues(typeof(ErrorCode)).Cast<ErrorCode>().Where(c => c != ErrorCode.Unknown).ToArray();

        [Fact]
        public void EveryCodeIsInTheCodegenRangeAndHasAMessage()
        {
            foreach (var code in Codes())
            {
                Assert.InRange((int)code, 3000, 3999);
                Assert.True(CodegenDiagnostics.HasMessage(code), code + " has no entry in CodegenMessages.resx");
            }
        }

        [Fact]
        public void DescriptorsCarryTheStableIdCategoryAndMessage()
        {
            DiagnosticDescriptor descriptor = CodegenDiagnostics.GetDescriptor(ErrorCode.ERR_NoKernelTarget);
            Assert.Equal("STP3015", descriptor.Id);
            Assert.Equal("StapSharp.Codegen", descriptor.Category);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.Same(descriptor, CodegenDiagnostics.GetDescriptor(ErrorCode.ERR_NoKernelTarget));
            Assert.Equal("invalid regular expression '{0}': {1}",
                CodegenDiagnostics.GetDescriptor(ErrorCode.ERR_RegexInvalidPattern).MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData(nameof(ErrorCode.ERR_InvalidModuleName), "STP3001")]
        [InlineData(nameof(ErrorCode.ERR_UntrustedBuildDirectory), "STP3016")]
        [InlineData(nameof(ErrorCode.ERR_LoweringUnsupportedConstruct), "STP3020")]
        [InlineData(nameof(ErrorCode.ERR_RegexInvalidPattern), "STP3071")]
        public void IdsStayWhatTheyWereWhenTheCodesLivedInTheSyntaxAssembly(string code, string id) =>
            Assert.Equal(id, CodegenDiagnostics.GetId((ErrorCode)Enum.Parse(typeof(ErrorCode), code)));

        [Fact]
        public void TheSyntaxAssemblyNoLongerDeclaresCodegenCodes()
        {
            Type syntaxCodes = typeof(StapSharp.Syntax.StapSyntaxTree).Assembly.GetType("StapSharp.Diagnostics.ErrorCode", throwOnError: true)!;
            Assert.False(syntaxCodes.IsPublic);
            Assert.DoesNotContain(Enum.GetValues(syntaxCodes).Cast<object>(), v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) is >= 3000 and < 4000);
        }

        [Fact]
        public void EmitNestingLimitIsTwiceTheParserLimit()
        {
            // FrameEmitter cannot read the parser's internal constant (no InternalsVisibleTo between shipped assemblies).
            FieldInfo parserLimit = typeof(StapSharp.Syntax.StapSyntaxTree).Assembly.GetType("StapSharp.Syntax.LanguageParser", throwOnError: true)!
                .GetField("MaxNestingDepth", BindingFlags.NonPublic | BindingFlags.Static)!;
            Assert.Equal(FrameEmitter.MaxNesting, 2 * (int)parserLimit.GetValue(null)!);
        }
    }
}
