using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The base of every red syntax node: an immutable view of a green node at a position, with a parent.
    /// Children are created on first access and cached; creation is thread-safe.
    /// </summary>
    public abstract partial class StapSyntaxNode
    {
        private readonly StapSyntaxNode? _parent;
        private StapSyntaxTree? _syntaxTree;

        internal StapSyntaxNode(GreenNode green, StapSyntaxNode? parent, int position)
        {
            Green = green;
            _parent = parent;
            Position = position;
        }

        internal GreenNode Green { get; }

        /// <summary>The node that contains this node, or null for a root (or the root of structured trivia).</summary>
        public StapSyntaxNode? Parent => _parent;

        /// <summary>The kind of this node.</summary>
        public SyntaxKind Kind => Green.Kind;

        /// <summary>The start of this node's full span (including leading trivia).</summary>
        public int Position { get; }

        /// <summary>The start of this node's span (after leading trivia).</summary>
        public int SpanStart => Position + Green.GetLeadingTriviaWidth();

        /// <summary>The span of this node without its leading and trailing trivia.</summary>
        public TextSpan Span => new(SpanStart, Green.Width);

        /// <summary>The span of this node including its leading and trailing trivia.</summary>
        public TextSpan FullSpan => new(Position, Green.FullWidth);

        /// <summary>The width of <see cref="Span"/>.</summary>
        public int Width => Green.Width;

        /// <summary>The width of <see cref="FullSpan"/>.</summary>
        public int FullWidth => Green.FullWidth;

        /// <summary>True if this node lives in trivia (skipped tokens, a preprocessor directive).</summary>
        public bool IsStructuredTrivia => Green.IsStructuredTrivia;

        /// <summary>True if some token below this node has structured trivia.</summary>
        public bool HasStructuredTrivia => Green.ContainsStructuredTrivia && !Green.IsStructuredTrivia;

        /// <summary>True if this node or a descendant (including trivia) holds tokens skipped by the parser.</summary>
        public bool ContainsSkippedText => Green.ContainsSkippedText;

        /// <summary>True if this node or a descendant (including trivia) holds a preprocessor directive.</summary>
        public bool ContainsDirectives => Green.ContainsDirectives;

        /// <summary>True if this node or anything below it carries a diagnostic.</summary>
        public bool ContainsDiagnostics => Green.ContainsDiagnostics;

        /// <summary>True if every token of this node is missing (the node was invented by the parser).</summary>
        public bool IsMissing
        {
            get
            {
                if (Green.FullWidth != 0) return false;
                bool any = false;
                foreach (var token in DescendantTokens())
                {
                    if (!token.IsMissing) return false;
                    any = true;
                }
                return any;
            }
        }

        /// <summary>True if this node is of the given kind.</summary>
        /// <param name="kind">The kind to test.</param>
        public bool IsKind(SyntaxKind kind) => Green.Kind == kind;

        /// <summary>
        /// The tree this node belongs to. A node created by the factory gets a tree of its own, made on first use,
        /// whose text is the node's text.
        /// </summary>
        public StapSyntaxTree SyntaxTree
        {
            get
            {
                var node = this;
                while (true)
                {
                    if (node._syntaxTree is { } tree) return tree;
                    if (node._parent is { } parent) { node = parent; continue; }
                    if (node is StructuredTriviaSyntax { ParentTrivia.Token.Parent: { } tokenParent }) { node = tokenParent; continue; }
                    break;
                }
                var created = StapSyntaxTree.CreateForRoot(node);
                return Interlocked.CompareExchange(ref node._syntaxTree, created, null) ?? created;
            }
        }

        /// <summary>Attaches a tree to a freshly created root, before anyone else can see it.</summary>
        internal void AttachSyntaxTree(StapSyntaxTree tree) => _syntaxTree = tree;

        /// <summary>The absolute position of child slot <paramref name="slot"/>.</summary>
        internal int GetChildPosition(int slot) => Position + Green.GetSlotOffset(slot);

        /// <summary>Returns the cached red child of a slot, creating it (once, thread-safely) on first use.</summary>
        internal T? GetRed<T>(ref T? field, int slot) where T : StapSyntaxNode
        {
            var result = field;
            if (result != null) return result;
            var green = Green.GetSlot(slot);
            if (green == null) return null;
            var created = (T)green.CreateRed(this, GetChildPosition(slot));
            return Interlocked.CompareExchange(ref field, created, null) ?? created;
        }

        /// <summary>The red node of a node- or list-valued slot (null for token slots and absent children).</summary>
        internal abstract StapSyntaxNode? GetNodeSlot(int index);

        /// <summary>The red node of a slot if it was already created.</summary>
        internal abstract StapSyntaxNode? GetCachedSlot(int index);

        /// <summary>Calls the visitor's method for this node's type.</summary>
        /// <param name="visitor">The visitor.</param>
        public abstract void Accept(StapSyntaxVisitor visitor);

        /// <summary>Calls the visitor's method for this node's type and returns its result.</summary>
        /// <typeparam name="TResult">The visitor's result type.</typeparam>
        /// <param name="visitor">The visitor.</param>
        public abstract TResult? Accept<TResult>(StapSyntaxVisitor<TResult> visitor);
    }
}
