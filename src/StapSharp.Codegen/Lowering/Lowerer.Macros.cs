using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>An <c>@macro</c> used as a value: its bound expansion, which must be an expression.</summary>
        private IrExpression LowerMacroValue(BoundMacroExpansion macro)
        {
            var syntax = (MacroInvocationExpressionSyntax)macro.Syntax;
            return macro.Expansion switch
            {
                BoundExpression expression => LowerExpression(expression) with { Location = ExpressionLocationOf(syntax) },
                BoundStatement => Unsupported(syntax, "the statement macro '" + syntax.NameToken.Text + "' used as a value"),
                _ => Unsupported(syntax, "the macro invocation '" + Shorten(syntax.ToString()) + "' (it could not be expanded)"),
            };
        }

        /// <summary>An <c>@macro</c> in statement position: an expansion to statements, or an expression statement.</summary>
        private IrStatement LowerMacroStatement(BoundMacroExpansion macro)
        {
            return macro.Expansion switch
            {
                BoundExpression expression => LowerExpressionStatement(expression, expression.Syntax),
                BoundStatement statement => LowerEmbedded(statement),
                _ => new IrExpressionStatement(Unsupported(macro.Syntax, "the macro invocation '" + Shorten(macro.Syntax.ToString()) + "' (it could not be expanded)")),
            };
        }
    }
}
