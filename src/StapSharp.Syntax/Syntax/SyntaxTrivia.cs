using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Trivia: whitespace, an end of line, a comment, disabled or ignored text, or a structured trivia node
    /// (skipped tokens, a preprocessor directive).
    /// </summary>
    public readonly partial struct SyntaxTrivia : IEquatable<SyntaxTrivia>
    {
        // The red structure of a structured trivia is cached per token parent, so repeated GetStructure calls agree.
        private static readonly ConditionalWeakTable<StapSyntaxNode, ConcurrentDictionary<(GreenNode, int), StructuredTriviaSyntax>> s_structures = new();

        internal SyntaxTrivia(SyntaxToken token, GreenNode? node, int position)
        {
            Token = token;
            UnderlyingNode = node;
            Position = position;
        }

        /// <summary>The token this trivia belongs to.</summary>
        public SyntaxToken Token { get; }

        internal GreenNode? UnderlyingNode { get; }

        /// <summary>The start of the trivia.</summary>
        public int Position { get; }

        /// <summary>The kind of the trivia.</summary>
        public SyntaxKind Kind => UnderlyingNode?.Kind ?? SyntaxKind.None;

        /// <summary>The span of the trivia (trivia have no trivia of their own).</summary>
        public TextSpan Span => new(Position, UnderlyingNode?.FullWidth ?? 0);

        /// <summary>Same as <see cref="Span"/>.</summary>
        public TextSpan FullSpan => Span;

        /// <summary>The length of the trivia.</summary>
        public int FullWidth => UnderlyingNode?.FullWidth ?? 0;

        /// <summary>True if this trivia is a node (skipped tokens, a directive).</summary>
        public bool HasStructure => UnderlyingNode?.IsStructuredTrivia ?? false;

        /// <summary>True if this trivia is a preprocessor directive.</summary>
        public bool IsDirective => HasStructure && SyntaxFacts.IsPreprocessorDirective(Kind);

        /// <summary>True if the trivia carries a diagnostic.</summary>
        public bool ContainsDiagnostics => UnderlyingNode?.ContainsDiagnostics ?? false;

        /// <summary>The tree of the token, or null for a parentless token.</summary>
        public StapSyntaxTree? SyntaxTree => Token.SyntaxTree;

        /// <summary>True if the trivia is of the given kind.</summary>
        /// <param name="kind">The kind to test.</param>
        public bool IsKind(SyntaxKind kind) => Kind == kind;

        /// <summary>The node of structured trivia, or null for plain trivia.</summary>
        public StructuredTriviaSyntax? GetStructure()
        {
            if (!HasStructure) return null;
            var owner = Token.Parent;
            if (owner == null) return StructuredTriviaSyntax.Create(this);
            var cache = s_structures.GetValue(owner, _ => new ConcurrentDictionary<(GreenNode, int), StructuredTriviaSyntax>());
            var self = this;
            return cache.GetOrAdd((UnderlyingNode!, Position), _ => StructuredTriviaSyntax.Create(self));
        }

        /// <summary>The text of the trivia.</summary>
        public override string ToString() => UnderlyingNode?.ToFullString() ?? string.Empty;

        /// <summary>The text of the trivia.</summary>
        public string ToFullString() => ToString();

        /// <inheritdoc/>
        public bool Equals(SyntaxTrivia other) =>
            Token.Equals(other.Token) && ReferenceEquals(UnderlyingNode, other.UnderlyingNode) && Position == other.Position;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => ((UnderlyingNode?.GetHashCode() ?? 0) * 31) ^ Position;

        /// <summary>True if both are the same trivia of the same token.</summary>
        /// <param name="left">The first trivia.</param>
        /// <param name="right">The second trivia.</param>
        public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

        /// <summary>True if they are different trivia.</summary>
        /// <param name="left">The first trivia.</param>
        /// <param name="right">The second trivia.</param>
        public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
    }
}
