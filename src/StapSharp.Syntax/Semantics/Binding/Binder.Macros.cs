using System.Collections.Generic;
using System.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private const int MaxExpansionDepth = 32;

        /// <summary>The invocation each expansion came from, so diagnostics inside it can point back at the source.</summary>
        private readonly Dictionary<StapSyntaxTree, MacroInvocationExpressionSyntax> _expansionSites = new();
        private readonly List<MacroInvocationExpressionSyntax> _expansionStack = new();

        /// <summary>The bound expansion of each invocation, for the code generator.</summary>
        private readonly Dictionary<MacroInvocationExpressionSyntax, StapSyntaxNode> _macroExpansions = new();

        /// <summary>
        /// Expands an @macro use (textual substitution of the arguments into the body, as stap's preprocessor does),
        /// parses the expansion as an expression (or, failing that, as statements) and binds it in place. A macro
        /// that cannot be found or expanded yields an opaque value.
        /// </summary>
        private BoundMacroExpansion BindMacroInvocation(MacroInvocationExpressionSyntax macro, BoundScope scope)
        {
            string name = macro.NameToken.Text.TrimStart('@');
            var symbol = FindMacro(name, macro.SyntaxTree);
            BoundMacroExpansion Unexpanded() => new(macro, TypeSlot.Opaque(macro), symbol, null);
            if (symbol is null)
            {
                if (IsReportable(macro)) Report(ErrorCode.ERR_UnknownMacro, macro.NameToken, name);
                scope.IsOpaque = true;
                return Unexpanded();
            }

            _symbols[macro] = symbol;
            var arguments = macro.ArgumentList?.Arguments;
            int count = arguments?.Count ?? 0;
            if (count != symbol.ParameterNames.Length)
            {
                if (IsReportable(macro)) Report(ErrorCode.ERR_MacroArgumentCount, macro, name, symbol.ParameterNames.Length, count);
                return Unexpanded();
            }

            if (_expansionStack.Count >= MaxExpansionDepth || _expansionStack.Exists(m => m.NameToken.Text == macro.NameToken.Text && m != macro && _expansionStack.Count > 8))
            {
                scope.IsOpaque = true;
                return Unexpanded();
            }

            if (RefuseEmbeddedCodeInExpansion(macro, symbol, scope, name))
            {
                scope.IsOpaque = true;
                return Unexpanded();
            }

            string text = Expand(symbol, arguments);
            var options = symbol.Definition.SyntaxTree.Options;
            _expansionStack.Add(macro);
            try
            {
                var expression = SyntaxFactory.ParseExpression(text, options);
                if (!expression.ContainsDiagnostics && expression.FullWidth >= text.TrimEnd().Length)
                {
                    _expansionSites[expression.SyntaxTree] = macro;
                    _macroExpansions[macro] = expression;
                    var value = BindExpression(expression, scope);
                    return new BoundMacroExpansion(macro, value.TypeSlot, symbol, value);
                }

                var statement = SyntaxFactory.ParseStatement("{" + text + "\n}", options);
                if (!statement.ContainsDiagnostics)
                {
                    _expansionSites[statement.SyntaxTree] = macro;
                    _macroExpansions[macro] = statement;
                    var body = BindStatement(statement, scope);
                    return new BoundMacroExpansion(macro, TypeSlot.ForValue(StapType.Unknown, null), symbol, body);
                }

                scope.IsOpaque = true;
                return Unexpanded();
            }
            finally
            {
                _expansionStack.RemoveAt(_expansionStack.Count - 1);
            }
        }

        /// <summary>The body text with each <c>@param</c> replaced by the text of its argument.</summary>
        private static string Expand(MacroSymbol symbol, SeparatedSyntaxList<MacroArgumentSyntax>? arguments)
        {
            var builder = new StringBuilder();
            foreach (var token in symbol.Definition.Body)
            {
                int parameter = token.Kind == SyntaxKind.AtIdentifierToken ? symbol.ParameterNames.IndexOf(token.Text.TrimStart('@')) : -1;
                if (parameter >= 0 && arguments is { } list)
                {
                    builder.Append(' ').Append(list[parameter].ToString()).Append(' ');
                }
                else
                {
                    builder.Append(token.ToFullString());
                }
            }

            return builder.ToString();
        }

        /// <summary>Maps a node inside a macro expansion to the invocation in a real file it came from.</summary>
        private StapSyntaxNode MapOutOfExpansion(StapSyntaxNode node)
        {
            var current = node;
            for (int guard = 0; guard < MaxExpansionDepth && _expansionSites.TryGetValue(current.SyntaxTree, out var site); guard++) current = site;
            return current;
        }

        private bool IsExpansionTree(StapSyntaxTree tree) => _expansionSites.ContainsKey(tree);
    }
}
