using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>An <c>@macro</c> used as a value: its bound expansion, which must be an expression.</summary>
        private IrExpression LowerMacroValue(MacroInvocationExpressionSyntax macro)
        {
            return ModelOf(macro).GetMacroExpansion(macro) switch
            {
                ExpressionSyntax expression => LowerExpression(expression) with { Location = ExpressionLocationOf(macro) },
                StatementSyntax => Unsupported(macro, "the statement macro '" + macro.NameToken.Text + "' used as a value"),
                _ => Unsupported(macro, "the macro invocation '" + Shorten(macro.ToString()) + "' (it could not be expanded)"),
            };
        }

        /// <summary>An <c>@macro</c> in statement position: an expansion to statements, or an expression statement.</summary>
        private IrStatement LowerMacroStatement(MacroInvocationExpressionSyntax macro)
        {
            return ModelOf(macro).GetMacroExpansion(macro) switch
            {
                ExpressionSyntax expression => LowerExpressionStatement(expression),
                StatementSyntax statement => LowerEmbedded(statement),
                _ => new IrExpressionStatement(Unsupported(macro, "the macro invocation '" + Shorten(macro.ToString()) + "' (it could not be expanded)")),
            };
        }
    }
}
