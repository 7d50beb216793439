using System.Collections.Generic;
using System.Linq;
using System.Threading;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Which globals the user's scripts read and write, counted the way stap decides what to print at the end: an
    /// update (<c>x++</c>, <c>x += 1</c>, <c>a[k] &lt;&lt;&lt; v</c>) writes but does not read, and code in a
    /// function nobody calls does not count (stap drops such functions before it looks). Identifiers in macro
    /// bodies and arguments count as reads: without expanding the macro, a read cannot be ruled out.
    /// </summary>
    internal sealed class GlobalUsage
    {
        private readonly HashSet<string> _read = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _written = new(System.StringComparer.Ordinal);

        /// <summary>Written and never read: the global gets a display probe.</summary>
        public bool IsDisplayed(string name) => _written.Contains(name) && !_read.Contains(name);

        public static GlobalUsage Collect(IEnumerable<StapSyntaxTree> trees, CancellationToken cancellationToken)
        {
            var usage = new GlobalUsage();
            var roots = trees.Select(t => t.GetRoot(cancellationToken)).ToList();
            var called = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var root in roots)
                foreach (var node in root.DescendantNodes())
                    if (node is InvocationExpressionSyntax invocation) called.Add(invocation.Identifier.ValueText);

            foreach (var root in roots)
            {
                foreach (var node in root.DescendantNodes(n => n is not FunctionDeclarationSyntax f || called.Contains(f.Identifier.ValueText)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (node)
                    {
                        case IdentifierNameSyntax name when !IsParameter(name):
                            usage.Add(name);
                            break;
                        case MacroArgumentSyntax argument:
                            usage.AddReads(argument.Tokens);
                            break;
                        case MacroDefinitionSyntax definition:
                            usage.AddReads(definition.Body);
                            break;
                    }
                }
            }
            return usage;
        }

        private void AddReads(SyntaxTokenList tokens)
        {
            foreach (var token in tokens)
                if (token.Kind == SyntaxKind.IdentifierToken) _read.Add(token.ValueText);
        }

        private void Add(IdentifierNameSyntax name)
        {
            string text = name.Identifier.ValueText;
            // a[k] = v writes the array a; its index expressions are ordinary reads.
            StapSyntaxNode target = name;
            if (name.Parent is ElementAccessExpressionSyntax access && access.Expression == name) target = access;
            while (target.Parent is ParenthesizedExpressionSyntax parenthesized) target = parenthesized;

            switch (target.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == target:
                case PrefixUnaryExpressionSyntax prefix when prefix.Kind is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression:
                case PostfixUnaryExpressionSyntax:
                case DeleteStatementSyntax:
                    _written.Add(text);
                    break;
                default:
                    _read.Add(text);
                    break;
            }
        }

        private static bool IsParameter(IdentifierNameSyntax name)
        {
            var function = name.FirstAncestorOrSelf<FunctionDeclarationSyntax>();
            return function != null && function.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name.Identifier.ValueText);
        }
    }
}
