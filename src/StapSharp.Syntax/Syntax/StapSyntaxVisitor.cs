namespace StapSharp.Syntax
{
    /// <summary>Visits a single node: calls the <c>Visit</c> method for the node's type (no automatic recursion).</summary>
    public abstract partial class StapSyntaxVisitor
    {
        /// <summary>Dispatches to the node's <c>Visit</c> method; does nothing for null.</summary>
        /// <param name="node">The node to visit.</param>
        public virtual void Visit(StapSyntaxNode? node) => node?.Accept(this);

        /// <summary>Called by every <c>Visit</c> method that is not overridden.</summary>
        /// <param name="node">The node.</param>
        public virtual void DefaultVisit(StapSyntaxNode node)
        {
        }
    }
}
