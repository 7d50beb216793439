using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    public readonly partial struct SyntaxTrivia
    {
        /// <summary>The diagnostics of this trivia (and of its structure), in position order.</summary>
        public IEnumerable<Diagnostic> GetDiagnostics() =>
            UnderlyingNode == null ? Array.Empty<Diagnostic>() : SyntaxDiagnostics.Collect(UnderlyingNode, Position, SyntaxTree);

        /// <summary>The location of the trivia in its tree (<see cref="Location.None"/> without a tree).</summary>
        public Location GetLocation() => SyntaxDiagnostics.CreateLocation(SyntaxTree, Span);
    }
}
