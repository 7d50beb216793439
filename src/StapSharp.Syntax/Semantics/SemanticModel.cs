using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Syntax;
using Location = Microsoft.CodeAnalysis.Location;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Answers semantic questions about one tree of a <see cref="StapCompilation"/>: what a name refers to, the type
    /// of an expression, the symbol a declaration declares and which names are visible at a position.
    /// Safe to use from several threads.
    /// </summary>
    public sealed class SemanticModel
    {
        internal SemanticModel(StapCompilation compilation, StapSyntaxTree tree)
        {
            Compilation = compilation;
            SyntaxTree = tree;
        }

        /// <summary>The compilation the model belongs to.</summary>
        public StapCompilation Compilation { get; }

        /// <summary>The tree the model answers for.</summary>
        public StapSyntaxTree SyntaxTree { get; }

        private BindingResult Binding => Compilation.Binding;

        /// <summary>
        /// What a node refers to: the variable of an identifier, the function of a call, the family or alias a probe
        /// point resolved to, the target variable of <c>$name</c>, the macro of an <c>@name</c>.
        /// </summary>
        /// <param name="node">A node of <see cref="SyntaxTree"/>.</param>
        /// <returns>The symbol and candidates.</returns>
        public SymbolInfo GetSymbolInfo(StapSyntaxNode node)
        {
            if (node is null) throw new ArgumentNullException(nameof(node));
            Binding.Symbols.TryGetValue(node, out var symbol);
            Binding.Candidates.TryGetValue(node, out var candidates);
            if (symbol is null && node is ParenthesizedExpressionSyntax parenthesized) return GetSymbolInfo(parenthesized.Expression);
            return new SymbolInfo(symbol, candidates.IsDefault && symbol is not null ? ImmutableArray.Create(symbol) : candidates);
        }

        /// <summary>
        /// The bound expansion of an <c>@macro</c> use (an <see cref="ExpressionSyntax"/>, or a <see cref="BlockSyntax"/>
        /// when the body is statements), or null when it could not be expanded. Its nodes belong to a tree of their own
        /// whose semantic model answers like this one.
        /// </summary>
        internal StapSyntaxNode? GetMacroExpansion(MacroInvocationExpressionSyntax macro) =>
            Binding.MacroExpansions.TryGetValue(macro, out var expansion) ? expansion : null;

        /// <summary>
        /// The bound node of a syntax node: what the binder decided it means. Expressions and statements of bodies the
        /// compilation reached, probe, alias and function declarations (a <see cref="BoundProbe"/>, <see cref="BoundProbeAlias"/>,
        /// <see cref="BoundFunction"/>); a parenthesized expression gives its operand's node. Null for a node that was
        /// not bound (a body of a tapset function nothing calls, a global declaration, a probe point).
        /// </summary>
        /// <param name="node">A node of <see cref="SyntaxTree"/>.</param>
        /// <returns>The bound node, or null.</returns>
        public BoundNode? GetBoundNode(StapSyntaxNode node)
        {
            if (node is null) throw new ArgumentNullException(nameof(node));
            return Binding.BoundNodes.TryGetValue(node, out var bound) ? bound : null;
        }

        /// <summary>The inferred type of an expression.</summary>
        /// <param name="expression">An expression of <see cref="SyntaxTree"/>.</param>
        /// <returns>The type info.</returns>
        public TypeInfo GetTypeInfo(ExpressionSyntax expression)
        {
            if (expression is null) throw new ArgumentNullException(nameof(expression));
            if (Binding.BoundNodes.TryGetValue(expression, out var bound) && bound is BoundExpression value) return new TypeInfo(value.Type);
            if (Binding.Types.TryGetValue(expression, out var slot)) return new TypeInfo(BindingResult.ReadType(slot));
            if (Binding.Symbols.TryGetValue(expression, out var symbol) && symbol is VariableSymbol variable) return new TypeInfo(variable.Type);
            return new TypeInfo(StapType.Unknown);
        }

        /// <summary>
        /// The symbol a declaration declares: a global variable, function, parameter, probe, alias head, macro,
        /// foreach variable or catch variable.
        /// </summary>
        /// <param name="declaration">A declaration node of <see cref="SyntaxTree"/>.</param>
        /// <returns>The symbol, or null.</returns>
        public Symbol? GetDeclaredSymbol(StapSyntaxNode declaration)
        {
            if (declaration is null) throw new ArgumentNullException(nameof(declaration));
            return Binding.Declared.TryGetValue(declaration, out var symbol) ? symbol : null;
        }

        /// <summary>
        /// The names visible at a position: the locals and parameters of the enclosing probe, alias or function, the
        /// globals and functions visible from this file (private ones only here), including those of pulled-in tapsets.
        /// </summary>
        /// <param name="position">A position in <see cref="SyntaxTree"/>.</param>
        /// <param name="name">Only symbols with this name, or null for all.</param>
        /// <returns>The symbols, locals first, each group ordered by name.</returns>
        public ImmutableArray<Symbol> LookupSymbols(int position, string? name = null)
        {
            var result = new List<Symbol>();
            var scope = Binding.Scopes
                .Where(s => s.Tree == SyntaxTree && s.Declaration.FullSpan.Contains(position))
                .OrderBy(s => s.Declaration.FullSpan.Length)
                .FirstOrDefault();
            if (scope is not null)
            {
                var locals = new Dictionary<string, VariableInfo>(scope.Variables, StringComparer.Ordinal);
                foreach (var alias in scope.AliasScopes)
                {
                    foreach (var pair in alias.Variables)
                    {
                        if (!locals.ContainsKey(pair.Key)) locals[pair.Key] = pair.Value;
                    }
                }

                result.AddRange(locals.Values.Select(v => (Symbol)v.Symbol).OrderBy(s => s.Name, StringComparer.Ordinal));
            }

            result.AddRange(Binding.GlobalsByName.Values.SelectMany(list => list)
                .Where(g => !g.IsPrivate || g.FilePath == SyntaxTree.FilePath)
                .OrderBy(g => g.Name, StringComparer.Ordinal));
            result.AddRange(Binding.FunctionsByName.Values.SelectMany(list => list).Select(f => f.Symbol)
                .Where(f => !f.IsPrivate || f.FilePath == SyntaxTree.FilePath)
                .OrderBy(f => f.Name, StringComparer.Ordinal));
            return name is null ? result.ToImmutableArray() : result.Where(s => s.Name == name).ToImmutableArray();
        }

        /// <summary>The semantic diagnostics located in this tree.</summary>
        /// <returns>The diagnostics.</returns>
        public ImmutableArray<Diagnostic> GetDiagnostics() =>
            Binding.Diagnostics.Where(d => d.Location.GetLineSpan().Path == SyntaxTree.FilePath).ToImmutableArray();
    }
}
