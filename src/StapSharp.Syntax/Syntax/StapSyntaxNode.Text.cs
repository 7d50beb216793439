using System.IO;
using System.Text;

namespace StapSharp.Syntax
{
    public abstract partial class StapSyntaxNode
    {
        /// <summary>The text of this node without its leading and trailing trivia.</summary>
        public override string ToString() => Green.ToString();

        /// <summary>The text of this node with all its trivia: for a root, exactly the parsed input.</summary>
        public string ToFullString() => Green.ToFullString();

        /// <summary>Writes the full text of this node (iteratively: deep trees cannot overflow the stack).</summary>
        /// <param name="writer">The destination.</param>
        public void WriteTo(TextWriter writer) => Green.WriteTo(writer);

        internal void WriteTo(StringBuilder builder) => Green.WriteTo(builder);

        /// <summary>True if both nodes have the same kind and the same full text, trivia included.</summary>
        /// <param name="other">The node to compare with.</param>
        public bool IsEquivalentTo(StapSyntaxNode? other) =>
            other != null && (ReferenceEquals(Green, other.Green) || (Kind == other.Kind && ToFullString() == other.ToFullString()));
    }
}
