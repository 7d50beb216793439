using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A bound statement of a probe, alias or function body.</summary>
    public abstract class BoundStatement : BoundNode
    {
        private protected BoundStatement(BoundKind kind, StapSyntaxNode syntax)
            : base(kind, syntax)
        {
        }
    }
}
