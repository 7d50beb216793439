using System.Collections.Generic;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Finds the variable references below a node and classifies them as reads or writes. Identifiers inside macro
    /// bodies and macro arguments count as reads: their meaning is only known after expansion, so they keep a
    /// variable "used" rather than risk a false report.
    /// </summary>
    internal static class VariableReferences
    {
        public static List<VariableReference> Collect(StapSyntaxNode root)
        {
            var references = new List<VariableReference>();
            foreach (var node in root.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax name:
                        Classify(name, out bool read, out bool write, out ExpressionSyntax? update);
                        references.Add(new VariableReference(name.Identifier, read, write, update));
                        break;
                    case MacroArgumentSyntax argument:
                        AddIdentifierTokens(argument.Tokens, references);
                        break;
                    case MacroDefinitionSyntax definition:
                        AddIdentifierTokens(definition.Body, references);
                        break;
                }
            }
            return references;
        }

        /// <summary>The function, probe or alias body that owns locals at <paramref name="node"/>, or null at file level.</summary>
        public static StapSyntaxNode? LocalScopeOf(StapSyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
                if (ancestor is FunctionDeclarationSyntax or ProbeDeclarationSyntax or ProbeAliasDeclarationSyntax)
                    return ancestor;
            return null;
        }

        private static void AddIdentifierTokens(SyntaxTokenList tokens, List<VariableReference> references)
        {
            foreach (var token in tokens)
                if (token.Kind == SyntaxKind.IdentifierToken)
                    references.Add(new VariableReference(token, isRead: true, isWrite: false));
        }

        private static void Classify(IdentifierNameSyntax name, out bool read, out bool write, out ExpressionSyntax? update)
        {
            // a[k] = v writes the array a; the index expressions are ordinary reads.
            StapSyntaxNode target = name;
            if (name.Parent is ElementAccessExpressionSyntax access && access.Expression == name) target = access;
            while (target.Parent is ParenthesizedExpressionSyntax parenthesized) target = parenthesized;

            update = null;
            switch (target.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == target:
                    write = true;
                    read = assignment.Kind != SyntaxKind.SimpleAssignmentExpression && assignment.Kind != SyntaxKind.AggregateAssignmentExpression;
                    if (read) update = assignment;
                    return;
                case PrefixUnaryExpressionSyntax prefix when prefix.Kind is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression:
                    read = write = true;
                    update = prefix;
                    return;
                case PostfixUnaryExpressionSyntax postfix:
                    read = write = true;
                    update = postfix;
                    return;
                case DeleteStatementSyntax:
                    read = false;
                    write = true;
                    return;
                default:
                    read = true;
                    write = false;
                    return;
            }
        }
    }
}
