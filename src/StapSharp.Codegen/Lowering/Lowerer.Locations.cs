using StapSharp.Codegen.Ir;

using FileLinePositionSpan = Microsoft.CodeAnalysis.FileLinePositionSpan;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>The position of a statement or declaration: its first token, as stap records it.</summary>
        private static IrSourceLocation LocationOf(StapSyntaxNode node) => LocationOf(node.GetFirstToken(), node);

        /// <summary>
        /// The position of an expression as stap records it: the operator of binary, assignment, conditional and
        /// postfix expressions, the first token otherwise. Runtime errors ("division by 0 near operator '/' at ...")
        /// name this token.
        /// </summary>
        private static IrSourceLocation ExpressionLocationOf(ExpressionSyntax expression) => expression switch
        {
            BinaryExpressionSyntax binary => LocationOf(binary.OperatorToken, expression),
            AssignmentExpressionSyntax assignment => LocationOf(assignment.OperatorToken, expression),
            ConditionalExpressionSyntax conditional => LocationOf(conditional.QuestionToken, expression),
            PostfixUnaryExpressionSyntax postfix => LocationOf(postfix.OperatorToken, expression),
            _ => LocationOf(expression),
        };

        private static IrSourceLocation LocationOf(SyntaxToken token, StapSyntaxNode fallback)
        {
            if (token.Kind == SyntaxKind.None)
                token = fallback.GetFirstToken(includeZeroWidth: true);
            FileLinePositionSpan span = token.GetLocation().GetLineSpan();
            string path = string.IsNullOrEmpty(span.Path) ? fallback.SyntaxTree.FilePath : span.Path;
            return new IrSourceLocation(string.IsNullOrEmpty(path) ? "<input>" : path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            {
                Token = DescribeToken(token),
            };
        }

        /// <summary>A token the way stap's runtime messages print it: its kind, then its text except for keywords.</summary>
        private static string DescribeToken(SyntaxToken token)
        {
            SyntaxKind kind = token.Kind;
            if (SyntaxFacts.IsKeyword(kind))
                return "keyword";
            string what = kind switch
            {
                SyntaxKind.IdentifierToken => "identifier",
                SyntaxKind.NumericLiteralToken => "number",
                SyntaxKind.StringLiteralToken => "string",
                _ when SyntaxFacts.IsPunctuation(kind) => "operator",
                _ => "identifier",
            };
            string text = kind == SyntaxKind.StringLiteralToken ? token.ValueText : token.Text;
            return what + " '" + text + "'";
        }
    }
}
