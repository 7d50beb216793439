using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    public readonly partial struct SyntaxToken
    {
        /// <summary>The diagnostics of this token and its trivia, in position order.</summary>
        public IEnumerable<Diagnostic> GetDiagnostics() =>
            Node == null ? Array.Empty<Diagnostic>() : SyntaxDiagnostics.Collect(Node, Position, SyntaxTree);

        /// <summary>The location of the token's text in its tree (<see cref="Location.None"/> without a parent).</summary>
        public Location GetLocation() => SyntaxDiagnostics.CreateLocation(SyntaxTree, Span);
    }
}
