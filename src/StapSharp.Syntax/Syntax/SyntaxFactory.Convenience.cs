using System;
using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Syntax
{
    public static partial class SyntaxFactory
    {
        /// <summary>A string literal expression (<c>"text"</c>).</summary>
        /// <param name="value">The string value.</param>
        public static LiteralExpressionSyntax StringLiteral(string value) =>
            LiteralExpression(SyntaxKind.StringLiteralExpression, TokenList(Literal(value)));

        /// <summary>A decimal number literal expression.</summary>
        /// <param name="value">A non-negative value.</param>
        public static LiteralExpressionSyntax NumericLiteral(long value) =>
            LiteralExpression(SyntaxKind.NumericLiteralExpression, TokenList(Literal(value)));

        /// <summary>
        /// A probe-point component such as <c>kernel</c>, <c>function("vfs_read")</c> or <c>sys*open</c>; the name is
        /// split into its name pieces (identifiers, keywords, <c>*</c>) as the lexer would.
        /// </summary>
        /// <param name="name">The component name, wildcards allowed.</param>
        /// <param name="argument">The parenthesised argument, or null.</param>
        public static ProbePointComponentSyntax ProbePointComponent(string name, ExpressionSyntax? argument)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A component needs a name.", nameof(name));
            var pieces = Lexer.LexAll(name, StapParseOptions.Default)
                .Where(t => t.Kind != SyntaxKind.EndOfFileToken)
                .Select(t => new SyntaxToken(null, t, 0))
                .ToList();
            return ProbePointComponent(TokenList(pieces), argument == null ? null : ProbePointArgument(argument));
        }

        /// <summary>A probe-point component without argument, such as <c>kernel</c>, <c>begin</c> or <c>sys*open</c>.</summary>
        /// <param name="name">The component name, wildcards allowed.</param>
        public static ProbePointComponentSyntax ProbePointComponent(string name) => ProbePointComponent(name, null);

        /// <summary>A probe declaration with a single probe point.</summary>
        /// <param name="probePoint">The probe point.</param>
        /// <param name="body">The body.</param>
        public static ProbeDeclarationSyntax ProbeDeclaration(ProbePointSyntax probePoint, BlockSyntax body) =>
            ProbeDeclaration(SingletonSeparatedList(probePoint), body);

        /// <summary>A <c>global</c> declaration of scalar variables or arrays (<c>global a, b</c>).</summary>
        /// <param name="names">The variable names.</param>
        public static GlobalDeclarationSyntax GlobalDeclaration(params string[] names) =>
            GlobalDeclaration(default, Token(SyntaxKind.GlobalKeyword), SeparatedList(names.Select(GlobalVariable)), default);

        /// <summary>A call such as <c>printf("%d\n", x)</c> (print-family names get the print-invocation kind).</summary>
        /// <param name="name">The function name.</param>
        /// <param name="arguments">The arguments.</param>
        public static InvocationExpressionSyntax InvocationExpression(string name, params ExpressionSyntax[] arguments) =>
            InvocationExpression(
                SyntaxFacts.IsPrintFamily(name) ? SyntaxKind.PrintInvocationExpression : SyntaxKind.InvocationExpression,
                Identifier(name),
                ArgumentList(arguments));
    }
}
