namespace StapSharp.Syntax
{
    /// <summary>Visits a single node and returns a result: calls the <c>Visit</c> method for the node's type.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    public abstract partial class StapSyntaxVisitor<TResult>
    {
        /// <summary>Dispatches to the node's <c>Visit</c> method; returns default for null.</summary>
        /// <param name="node">The node to visit.</param>
        public virtual TResult? Visit(StapSyntaxNode? node) => node == null ? default : node.Accept(this);

        /// <summary>Called by every <c>Visit</c> method that is not overridden.</summary>
        /// <param name="node">The node.</param>
        public virtual TResult? DefaultVisit(StapSyntaxNode node) => default;
    }
}
