using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;
using Location = Microsoft.CodeAnalysis.Location;

namespace StapSharp.Semantics
{
    /// <summary>Small helpers the binder shares: locations and token text.</summary>
    internal static class SemanticFacts
    {
        public static Location GetLocation(StapSyntaxNode node) => GetLocation(node.SyntaxTree, node.Span);

        public static Location GetLocation(SyntaxToken token) =>
            token.Parent is { } parent ? GetLocation(parent.SyntaxTree, token.Span) : Location.None;

        public static Location GetLocation(StapSyntaxTree tree, TextSpan span)
        {
            var lines = tree.GetText().Lines.GetLinePositionSpan(span);
            return Location.Create(tree.FilePath, span, lines);
        }

        /// <summary>The stap value of a literal: the number text, or the glued value of adjacent strings.</summary>
        public static string GetLiteralValue(LiteralExpressionSyntax literal)
        {
            if (literal.Tokens.Count == 1) return literal.Tokens[0].ValueText;
            var builder = new System.Text.StringBuilder();
            foreach (var token in literal.Tokens) builder.Append(token.ValueText);
            return builder.ToString();
        }

        /// <summary>The glued name of a probe point component (<c>sys*open</c>).</summary>
        public static string GetComponentName(ProbePointComponentSyntax component)
        {
            if (component.NameTokens.Count == 1) return component.NameTokens[0].Text;
            var builder = new System.Text.StringBuilder();
            foreach (var token in component.NameTokens) builder.Append(token.Text);
            return builder.ToString();
        }

        /// <summary>The C between <c>%{</c> and <c>%}</c> of an embedded-code token.</summary>
        public static string GetEmbeddedCode(SyntaxToken token)
        {
            string text = token.Text;
            if (text.StartsWith("%{", System.StringComparison.Ordinal))
                text = text.Substring(2);
            if (text.EndsWith("%}", System.StringComparison.Ordinal))
                text = text.Substring(0, text.Length - 2);
            return text;
        }
    }
}
