using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    public sealed partial class StapSyntaxTree
    {
        /// <summary>Every diagnostic of the tree (lexer, preprocessor and parser), in position order.</summary>
        public IEnumerable<Diagnostic> GetDiagnostics() => SyntaxDiagnostics.Collect(_root.Green, _root.Position, this);

        /// <summary>The diagnostics of <paramref name="node"/> and everything below it.</summary>
        /// <param name="node">A node of this tree.</param>
        public IEnumerable<Diagnostic> GetDiagnostics(StapSyntaxNode node) => node.GetDiagnostics();
    }
}
