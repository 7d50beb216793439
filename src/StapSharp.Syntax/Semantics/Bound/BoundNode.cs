using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A node of the bound tree: what the binder decided a piece of a script means (the symbols names refer to, the
    /// inferred types, decoded literals, parsed printf formats and regular expressions, intrinsic calls chosen by
    /// symbol). Read-only; created only by a <see cref="StapCompilation"/>. The node classes are generated from
    /// <c>Semantics/Bound/BoundNodes.xml</c>; reach them with <see cref="SemanticModel.GetBoundNode"/> or
    /// <see cref="StapCompilation.GetBoundProgram"/>, and walk them with <see cref="BoundTreeWalker"/>.
    /// </summary>
    public abstract class BoundNode
    {
        private protected BoundNode(BoundKind kind, StapSyntaxNode syntax)
        {
            Kind = kind;
            Syntax = syntax;
        }

        /// <summary>What the node is; one value per node class.</summary>
        public BoundKind Kind { get; }

        /// <summary>
        /// The syntax the node was bound from. For a synthesised node (see <see cref="IsSynthesized"/>) it is the
        /// syntax the compiler wrote the code for, such as the declaration of the global whose value is displayed.
        /// </summary>
        public StapSyntaxNode Syntax { get; }

        /// <summary>True when the compiler made the node up (the end-of-run display of globals) rather than binding source.</summary>
        public bool IsSynthesized { get; internal init; }

        /// <summary>Calls the visitor's Visit method for this node's kind.</summary>
        /// <param name="visitor">The visitor.</param>
        public abstract void Accept(BoundTreeVisitor visitor);

        /// <summary>Calls the visitor's Visit method for this node's kind and returns its result.</summary>
        /// <typeparam name="TResult">The result of a visit.</typeparam>
        /// <param name="visitor">The visitor.</param>
        /// <returns>The visit's result.</returns>
        public abstract TResult? Accept<TResult>(BoundTreeVisitor<TResult> visitor);

        /// <summary>The kind and the source text, for debugging.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => Kind + ": " + Syntax;
    }
}
