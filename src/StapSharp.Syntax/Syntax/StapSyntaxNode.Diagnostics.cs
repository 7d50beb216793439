using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    public abstract partial class StapSyntaxNode
    {
        /// <summary>The diagnostics of this node and everything below it (trivia included), in position order.</summary>
        public IEnumerable<Diagnostic> GetDiagnostics() => SyntaxDiagnostics.Collect(Green, Position, SyntaxTree);

        /// <summary>The location of this node's <see cref="Span"/> in its tree.</summary>
        public Location GetLocation() => SyntaxDiagnostics.CreateLocation(SyntaxTree, Span);
    }
}
