using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>A token: a keyword, punctuation, name or literal, with its leading and trailing trivia.</summary>
    public readonly partial struct SyntaxToken : IEquatable<SyntaxToken>
    {
        internal SyntaxToken(StapSyntaxNode? parent, GreenToken? node, int position)
        {
            Parent = parent;
            Node = node;
            Position = position;
        }

        /// <summary>The node that contains this token (null for a token made by the factory).</summary>
        public StapSyntaxNode? Parent { get; }

        internal GreenToken? Node { get; }

        /// <summary>The start of the token's full span (including leading trivia).</summary>
        public int Position { get; }

        /// <summary>The kind of the token (<see cref="SyntaxKind.None"/> for a default token).</summary>
        public SyntaxKind Kind => Node?.Kind ?? SyntaxKind.None;

        /// <summary>The exact source text of the token (empty for a missing token).</summary>
        public string Text => Node?.Text ?? string.Empty;

        /// <summary>The interpreted value: <c>long</c> for numbers, the string value for string literals, else null.</summary>
        public object? Value => Node?.Value;

        /// <summary>The value as text: the value of a string literal (escapes resolved), else <see cref="Text"/>.</summary>
        public string ValueText => Node?.ValueText ?? string.Empty;

        /// <summary>True for a zero-width token the parser expected but did not find.</summary>
        public bool IsMissing => Node?.IsMissing ?? false;

        /// <summary>The start of the token's text.</summary>
        public int SpanStart => Position + (Node?.GetLeadingTriviaWidth() ?? 0);

        /// <summary>The span of the token's text.</summary>
        public TextSpan Span => new(SpanStart, Node?.Width ?? 0);

        /// <summary>The span of the token with its trivia.</summary>
        public TextSpan FullSpan => new(Position, Node?.FullWidth ?? 0);

        /// <summary>The length of the token's text.</summary>
        public int Width => Node?.Width ?? 0;

        /// <summary>The length of the token with its trivia.</summary>
        public int FullWidth => Node?.FullWidth ?? 0;

        /// <summary>The trivia before the token.</summary>
        public SyntaxTriviaList LeadingTrivia => new(this, Node?.GetLeadingTrivia(), Position);

        /// <summary>The trivia after the token, up to and including the first end of line.</summary>
        public SyntaxTriviaList TrailingTrivia =>
            new(this, Node?.GetTrailingTrivia(), Position + FullWidth - (Node?.GetTrailingTriviaWidth() ?? 0));

        /// <summary>True if the token has leading trivia.</summary>
        public bool HasLeadingTrivia => Node?.GetLeadingTrivia() != null;

        /// <summary>True if the token has trailing trivia.</summary>
        public bool HasTrailingTrivia => Node?.GetTrailingTrivia() != null;

        /// <summary>True if the token's trivia include skipped tokens or directives.</summary>
        public bool ContainsStructuredTrivia => Node?.ContainsStructuredTrivia ?? false;

        /// <summary>True if the token or its trivia carry a diagnostic.</summary>
        public bool ContainsDiagnostics => Node?.ContainsDiagnostics ?? false;

        /// <summary>True if the trivia of this token hold a preprocessor directive.</summary>
        public bool ContainsDirectives => Node?.ContainsDirectives ?? false;

        /// <summary>The tree of the token's parent, or null for a parentless token.</summary>
        public StapSyntaxTree? SyntaxTree => Parent?.SyntaxTree;

        /// <summary>True if the token is of the given kind.</summary>
        /// <param name="kind">The kind to test.</param>
        public bool IsKind(SyntaxKind kind) => Kind == kind;

        /// <summary>The token's text without trivia.</summary>
        public override string ToString() => Text;

        /// <summary>The token's text with its trivia.</summary>
        public string ToFullString() => Node?.ToFullString() ?? string.Empty;

        /// <summary>A copy of this token (without parent) with other leading trivia.</summary>
        /// <param name="trivia">The new leading trivia.</param>
        public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia>? trivia) =>
            Node == null ? default : new SyntaxToken(null, Node.WithLeadingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0);

        /// <summary>A copy of this token (without parent) with other leading trivia.</summary>
        /// <param name="trivia">The new leading trivia.</param>
        public SyntaxToken WithLeadingTrivia(params SyntaxTrivia[] trivia) => WithLeadingTrivia((IEnumerable<SyntaxTrivia>)trivia);

        /// <summary>A copy of this token (without parent) with other trailing trivia.</summary>
        /// <param name="trivia">The new trailing trivia.</param>
        public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia>? trivia) =>
            Node == null ? default : new SyntaxToken(null, Node.WithTrailingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0);

        /// <summary>A copy of this token (without parent) with other trailing trivia.</summary>
        /// <param name="trivia">The new trailing trivia.</param>
        public SyntaxToken WithTrailingTrivia(params SyntaxTrivia[] trivia) => WithTrailingTrivia((IEnumerable<SyntaxTrivia>)trivia);

        /// <summary>A copy of this token with the leading and trailing trivia of <paramref name="token"/>.</summary>
        /// <param name="token">The token whose trivia to copy.</param>
        public SyntaxToken WithTriviaFrom(SyntaxToken token) =>
            Node == null ? default : new SyntaxToken(null, Node.WithLeadingTrivia(token.Node?.GetLeadingTrivia()).WithTrailingTrivia(token.Node?.GetTrailingTrivia()), 0);

        /// <summary>The next token in the tree (it does not leave structured trivia), or a default token.</summary>
        /// <param name="includeZeroWidth">Also return zero-width tokens (missing tokens, end of file).</param>
        public SyntaxToken GetNextToken(bool includeZeroWidth = false) => GetSiblingToken(next: true, includeZeroWidth);

        /// <summary>The previous token in the tree (it does not leave structured trivia), or a default token.</summary>
        /// <param name="includeZeroWidth">Also return zero-width tokens (missing tokens).</param>
        public SyntaxToken GetPreviousToken(bool includeZeroWidth = false) => GetSiblingToken(next: false, includeZeroWidth);

        private SyntaxToken GetSiblingToken(bool next, bool includeZeroWidth)
        {
            SyntaxNodeOrToken current = this;
            var parent = Parent;
            while (parent != null)
            {
                var siblings = parent.ChildNodesAndTokens();
                int index = IndexOf(siblings, current);
                for (int i = index + (next ? 1 : -1); i >= 0 && i < siblings.Count; i += next ? 1 : -1)
                {
                    var sibling = siblings[i];
                    if (sibling.IsToken)
                    {
                        if (includeZeroWidth || sibling.AsToken().Width > 0) return sibling.AsToken();
                        continue;
                    }
                    var node = sibling.AsNode()!;
                    var token = next ? node.GetFirstToken(includeZeroWidth) : node.GetLastToken(includeZeroWidth);
                    if (token.Node != null) return token;
                }
                current = parent;
                parent = parent.Parent;
            }
            return default;
        }

        private static int IndexOf(IReadOnlyList<SyntaxNodeOrToken> siblings, SyntaxNodeOrToken item)
        {
            for (int i = 0; i < siblings.Count; i++)
            {
                var s = siblings[i];
                if (item.IsNode ? ReferenceEquals(s.AsNode(), item.AsNode()) : s.AsToken().Equals(item.AsToken())) return i;
            }
            return -1;
        }

        /// <summary>All trivia of the token: leading, then trailing.</summary>
        public IEnumerable<SyntaxTrivia> GetAllTrivia() => LeadingTrivia.Concat(TrailingTrivia);

        /// <inheritdoc/>
        public bool Equals(SyntaxToken other) =>
            ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Node, other.Node) && Position == other.Position;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => ((Node?.GetHashCode() ?? 0) * 31) ^ Position;

        /// <summary>True if both are the same token of the same tree.</summary>
        /// <param name="left">The first token.</param>
        /// <param name="right">The second token.</param>
        public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

        /// <summary>True if they are different tokens.</summary>
        /// <param name="left">The first token.</param>
        /// <param name="right">The second token.</param>
        public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
    }
}
