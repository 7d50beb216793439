using System;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>Either a node or a token: an element of <see cref="StapSyntaxNode.ChildNodesAndTokens"/>.</summary>
    public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
    {
        private readonly StapSyntaxNode? _node;
        private readonly SyntaxToken _token;

        /// <summary>Wraps a node.</summary>
        /// <param name="node">The node.</param>
        public SyntaxNodeOrToken(StapSyntaxNode node)
        {
            _node = node;
            _token = default;
        }

        /// <summary>Wraps a token.</summary>
        /// <param name="token">The token.</param>
        public SyntaxNodeOrToken(SyntaxToken token)
        {
            _node = null;
            _token = token;
        }

        /// <summary>True if this is a node.</summary>
        public bool IsNode => _node != null;

        /// <summary>True if this is a token.</summary>
        public bool IsToken => _node == null && _token.Node != null;

        /// <summary>The node, or null if this is a token.</summary>
        public StapSyntaxNode? AsNode() => _node;

        /// <summary>The token, or a default token if this is a node.</summary>
        public SyntaxToken AsToken() => _token;

        /// <summary>The kind of the node or token.</summary>
        public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

        /// <summary>The parent of the node or token.</summary>
        public StapSyntaxNode? Parent => _node != null ? _node.Parent : _token.Parent;

        /// <summary>The full start position.</summary>
        public int Position => _node?.Position ?? _token.Position;

        /// <summary>The span without trivia.</summary>
        public TextSpan Span => _node?.Span ?? _token.Span;

        /// <summary>The span with trivia.</summary>
        public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

        /// <summary>True if the node or token is missing.</summary>
        public bool IsMissing => _node?.IsMissing ?? _token.IsMissing;

        /// <summary>True if the node or token is of the given kind.</summary>
        /// <param name="kind">The kind to test.</param>
        public bool IsKind(SyntaxKind kind) => Kind == kind;

        /// <summary>The text without leading and trailing trivia.</summary>
        public override string ToString() => _node?.ToString() ?? _token.ToString();

        /// <summary>The text with trivia.</summary>
        public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

        /// <summary>Wraps a token.</summary>
        /// <param name="token">The token.</param>
        public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(token);

        /// <summary>Wraps a node.</summary>
        /// <param name="node">The node.</param>
        public static implicit operator SyntaxNodeOrToken(StapSyntaxNode node) => new(node);

        /// <inheritdoc/>
        public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token.Equals(other._token);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxNodeOrToken other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => _node?.GetHashCode() ?? _token.GetHashCode();

        /// <summary>True if both wrap the same node or token.</summary>
        /// <param name="left">The first value.</param>
        /// <param name="right">The second value.</param>
        public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);

        /// <summary>True if they wrap different nodes or tokens.</summary>
        /// <param name="left">The first value.</param>
        /// <param name="right">The second value.</param>
        public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);
    }
}
