using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    /// <summary>
    /// Which globals the user's scripts read and write, counted the way stap decides what to print at the end (each
    /// rule checked against <c>stap -p3</c>): an update (<c>x++</c>, <c>x += 1</c>, <c>a[k] &lt;&lt;&lt; v</c>)
    /// writes without reading, unless its value is used (<c>if (x-- &gt; 0)</c>); a value that only goes to a local
    /// nobody reads is not used (stap drops such assignments first); code in a function nobody calls does not count
    /// (stap drops such functions). Identifiers in macro bodies and arguments count as reads: without expanding the
    /// macro, a read cannot be ruled out.
    /// </summary>
    internal sealed class GlobalUsage
    {
        private readonly HashSet<string> _read = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _written = new(System.StringComparer.Ordinal);
        private readonly ImmutableHashSet<string> _globalNames;

        private GlobalUsage(ImmutableHashSet<string> globalNames) => _globalNames = globalNames;

        /// <summary>Written and never read: the global gets a display probe.</summary>
        public bool IsDisplayed(string name) => _written.Contains(name) && !_read.Contains(name);

        public static GlobalUsage Collect(IEnumerable<StapSyntaxTree> trees, CancellationToken cancellationToken)
        {
            var treeList = trees.ToList();
            var usage = new GlobalUsage(ScriptDeclarations.Collect(treeList, compilation: null, cancellationToken).GlobalNames);
            var roots = treeList.Select(t => t.GetRoot(cancellationToken)).ToList();
            var called = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var root in roots)
                foreach (var node in root.DescendantNodes())
                    if (node is InvocationExpressionSyntax invocation) called.Add(invocation.Identifier.ValueText);

            // The references are classified by the analyzers' VariableReferences; what differs here is how an update
            // counts (see the class summary).
            foreach (var root in roots)
            {
                foreach (var member in root.Members)
                {
                    if (member is FunctionDeclarationSyntax function && !called.Contains(function.Identifier.ValueText)) continue;
                    foreach (var reference in VariableReferences.Collect(member))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (ScriptDeclarations.IsParameterReference(reference)) continue;
                        if (reference.IsWrite) usage._written.Add(reference.Name);
                        if (reference.IsRead && (reference.Update is null || usage.IsValueUsed(reference.Update)))
                            usage._read.Add(reference.Name);
                    }
                }
            }
            return usage;
        }

        /// <summary>Whether the value of an update expression is used: not when it is a statement, a for-loop step, or goes only to an unread local.</summary>
        private bool IsValueUsed(ExpressionSyntax update)
        {
            StapSyntaxNode node = update;
            while (node.Parent is ParenthesizedExpressionSyntax parenthesized) node = parenthesized;
            switch (node.Parent)
            {
                case ExpressionStatementSyntax:
                    return false;
                case ForStatementSyntax loop when loop.Incrementor == node || loop.Initializer == node:
                    return false;
                case AssignmentExpressionSyntax { Kind: SyntaxKind.SimpleAssignmentExpression } assignment
                    when assignment.Right == node && assignment.Left is IdentifierNameSyntax local && IsUnreadLocal(local):
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>A name that is not a declared global and is never read in its probe or function.</summary>
        private bool IsUnreadLocal(IdentifierNameSyntax name)
        {
            string text = name.Identifier.ValueText;
            if (_globalNames.Contains(text)) return false;
            StapSyntaxNode? scope = name.FirstAncestorOrSelf<FunctionDeclarationSyntax>() ?? (StapSyntaxNode?)name.FirstAncestorOrSelf<ProbeDeclarationSyntax>();
            if (scope is null) return false;
            foreach (var other in scope.DescendantNodes())
            {
                if (other is not IdentifierNameSyntax candidate || candidate == name || candidate.Identifier.ValueText != text) continue;
                StapSyntaxNode target = candidate;
                while (target.Parent is ParenthesizedExpressionSyntax parenthesized) target = parenthesized;
                bool isPlainWrite = target.Parent is AssignmentExpressionSyntax { Kind: SyntaxKind.SimpleAssignmentExpression } write && write.Left == target;
                if (!isPlainWrite) return false;
            }
            return true;
        }
    }
}
