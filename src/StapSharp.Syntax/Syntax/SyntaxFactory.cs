using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    public static partial class SyntaxFactory
    {
        /// <summary>
        /// A token with the fixed text of <paramref name="kind"/> (punctuation, keyword, @-word, end of file) and no
        /// trivia. Trees built from such tokens should go through <c>NormalizeWhitespace()</c> before printing.
        /// </summary>
        /// <param name="kind">A kind whose text is fixed.</param>
        public static SyntaxToken Token(SyntaxKind kind) => Token(default, kind, default);

        /// <summary>A token with the fixed text of <paramref name="kind"/> and the given trivia.</summary>
        /// <param name="leading">The leading trivia.</param>
        /// <param name="kind">A kind whose text is fixed.</param>
        /// <param name="trailing">The trailing trivia.</param>
        public static SyntaxToken Token(SyntaxTriviaList leading, SyntaxKind kind, SyntaxTriviaList trailing)
        {
            var text = SyntaxFacts.GetText(kind);
            if (text.Length == 0 && kind != SyntaxKind.EndOfFileToken)
                throw new ArgumentException($"{kind} has no fixed text; use Identifier, Literal or the overload that takes text.", nameof(kind));
            return MakeToken(leading, kind, text, null, trailing);
        }

        /// <summary>A token of any kind with explicit text (for example an <c>@macro</c> or a <c>$var</c>).</summary>
        /// <param name="leading">The leading trivia.</param>
        /// <param name="kind">The kind.</param>
        /// <param name="text">The exact source text.</param>
        /// <param name="trailing">The trailing trivia.</param>
        public static SyntaxToken Token(SyntaxTriviaList leading, SyntaxKind kind, string text, SyntaxTriviaList trailing) =>
            MakeToken(leading, kind, text ?? throw new ArgumentNullException(nameof(text)), null, trailing);

        /// <summary>A zero-width missing token, as the parser creates for absent required tokens.</summary>
        /// <param name="kind">The expected kind.</param>
        public static SyntaxToken MissingToken(SyntaxKind kind) => new(null, GreenToken.CreateMissing(kind), 0);

        /// <summary>An identifier token.</summary>
        /// <param name="text">The name.</param>
        public static SyntaxToken Identifier(string text) => Identifier(default, text, default);

        /// <summary>An identifier token with trivia.</summary>
        /// <param name="leading">The leading trivia.</param>
        /// <param name="text">The name.</param>
        /// <param name="trailing">The trailing trivia.</param>
        public static SyntaxToken Identifier(SyntaxTriviaList leading, string text, SyntaxTriviaList trailing) =>
            MakeToken(leading, SyntaxKind.IdentifierToken, text ?? throw new ArgumentNullException(nameof(text)), null, trailing);

        /// <summary>A decimal number literal.</summary>
        /// <param name="value">A non-negative value (stap has no negative literals: use unary minus).</param>
        public static SyntaxToken Literal(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "stap has no negative literals; use a unary minus expression.");
            return Literal(value.ToString(CultureInfo.InvariantCulture), value);
        }

        /// <summary>A number literal with explicit text (for example <c>0x1f</c>).</summary>
        /// <param name="text">The source text.</param>
        /// <param name="value">Its value.</param>
        public static SyntaxToken Literal(string text, long value) =>
            MakeToken(default, SyntaxKind.NumericLiteralToken, text ?? throw new ArgumentNullException(nameof(text)), value, default);

        /// <summary>
        /// A string literal for a stap string value. Quotes and raw control characters are escaped; escape
        /// sequences that stap keeps verbatim (<c>\n</c>, <c>\t</c>, <c>\\</c>, octal, ...) are written as they are.
        /// </summary>
        /// <param name="value">The string value.</param>
        public static SyntaxToken Literal(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            var text = StringLiteralText.Quote(value);
            return MakeToken(default, SyntaxKind.StringLiteralToken, text, StringLiteralText.ValueOf(text), default);
        }

        /// <summary>A string literal with explicit source text and value.</summary>
        /// <param name="text">The source text, quotes included.</param>
        /// <param name="value">The stap value.</param>
        public static SyntaxToken Literal(string text, string value) =>
            MakeToken(default, SyntaxKind.StringLiteralToken, text ?? throw new ArgumentNullException(nameof(text)), value, default);

        private static SyntaxToken MakeToken(SyntaxTriviaList leading, SyntaxKind kind, string text, object? value, SyntaxTriviaList trailing) =>
            new(null, new GreenToken(kind, text, value, leading.Node, trailing.Node), 0);

        /// <summary>Whitespace trivia (spaces or tabs).</summary>
        /// <param name="text">The whitespace.</param>
        public static SyntaxTrivia Whitespace(string text) => MakeTrivia(SyntaxKind.WhitespaceTrivia, text);

        /// <summary>End-of-line trivia.</summary>
        /// <param name="text"><c>\n</c>, <c>\r\n</c> or <c>\r</c>.</param>
        public static SyntaxTrivia EndOfLine(string text) => MakeTrivia(SyntaxKind.EndOfLineTrivia, text);

        /// <summary>A single space.</summary>
        public static SyntaxTrivia Space => Whitespace(" ");

        /// <summary>A line feed.</summary>
        public static SyntaxTrivia LineFeed => EndOfLine("\n");

        /// <summary>A comment; its kind follows its text (<c>#</c>, <c>//</c> or <c>/* */</c>).</summary>
        /// <param name="text">The comment text, markers included.</param>
        public static SyntaxTrivia Comment(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var kind = text.StartsWith("/*", StringComparison.Ordinal) ? SyntaxKind.MultiLineCommentTrivia
                : text.StartsWith("//", StringComparison.Ordinal) ? SyntaxKind.SingleLineCommentTrivia
                : text.StartsWith("#", StringComparison.Ordinal) ? SyntaxKind.HashCommentTrivia
                : throw new ArgumentException("A comment starts with #, // or /*.", nameof(text));
            return MakeTrivia(kind, text);
        }

        /// <summary>Trivia whose structure is <paramref name="node"/> (skipped tokens, a directive).</summary>
        /// <param name="node">The structured trivia node.</param>
        public static SyntaxTrivia Trivia(StructuredTriviaSyntax node) =>
            new(default, (node ?? throw new ArgumentNullException(nameof(node))).Green, 0);

        private static SyntaxTrivia MakeTrivia(SyntaxKind kind, string text) =>
            new(default, new GreenTrivia(kind, text ?? throw new ArgumentNullException(nameof(text))), 0);

        /// <summary>A trivia list.</summary>
        /// <param name="trivia">The trivia.</param>
        public static SyntaxTriviaList TriviaList(params SyntaxTrivia[] trivia) => new(trivia);

        /// <summary>A trivia list.</summary>
        /// <param name="trivia">The trivia.</param>
        public static SyntaxTriviaList TriviaList(IEnumerable<SyntaxTrivia> trivia) => new(trivia);

        /// <summary>A token list.</summary>
        /// <param name="tokens">The tokens.</param>
        public static SyntaxTokenList TokenList(params SyntaxToken[] tokens) => new(tokens);

        /// <summary>A token list.</summary>
        /// <param name="tokens">The tokens.</param>
        public static SyntaxTokenList TokenList(IEnumerable<SyntaxToken> tokens) => new(tokens);

        /// <summary>A node list.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="nodes">The nodes.</param>
        public static SyntaxList<TNode> List<TNode>(IEnumerable<TNode> nodes) where TNode : StapSyntaxNode => new(nodes);

        /// <summary>An empty node list.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        public static SyntaxList<TNode> List<TNode>() where TNode : StapSyntaxNode => default;

        /// <summary>A list of one node.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="node">The node.</param>
        public static SyntaxList<TNode> SingletonList<TNode>(TNode node) where TNode : StapSyntaxNode => new(new[] { node });

        /// <summary>A separated list with comma separators.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="nodes">The nodes.</param>
        public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<TNode> nodes) where TNode : StapSyntaxNode =>
            SeparatedList(nodes, SyntaxKind.CommaToken);

        /// <summary>A separated list whose separators are tokens of <paramref name="separatorKind"/>.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="nodes">The nodes.</param>
        /// <param name="separatorKind">The separator kind (for example <see cref="SyntaxKind.DotToken"/>).</param>
        public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<TNode> nodes, SyntaxKind separatorKind) where TNode : StapSyntaxNode
        {
            var items = new List<SyntaxNodeOrToken>();
            foreach (var node in nodes)
            {
                if (items.Count > 0) items.Add(Token(separatorKind));
                items.Add(node);
            }
            return new SeparatedSyntaxList<TNode>(items);
        }

        /// <summary>A separated list from nodes and the separators between them.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="nodes">The nodes.</param>
        /// <param name="separators">One fewer separator than nodes (or as many, for a trailing separator).</param>
        public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<TNode> nodes, IEnumerable<SyntaxToken> separators) where TNode : StapSyntaxNode
        {
            var items = new List<SyntaxNodeOrToken>();
            using var separator = separators.GetEnumerator();
            foreach (var node in nodes)
            {
                if (items.Count > 0)
                {
                    if (!separator.MoveNext()) throw new ArgumentException("Too few separators.", nameof(separators));
                    items.Add(separator.Current);
                }
                items.Add(node);
            }
            if (separator.MoveNext()) items.Add(separator.Current);
            return new SeparatedSyntaxList<TNode>(items);
        }

        /// <summary>A separated list from nodes and separators in alternation.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="nodesAndTokens">Node, separator, node, ...</param>
        public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<SyntaxNodeOrToken> nodesAndTokens) where TNode : StapSyntaxNode =>
            new(nodesAndTokens);

        /// <summary>A list of one node.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="node">The node.</param>
        public static SeparatedSyntaxList<TNode> SingletonSeparatedList<TNode>(TNode node) where TNode : StapSyntaxNode =>
            new(new SyntaxNodeOrToken[] { node });
    }
}
