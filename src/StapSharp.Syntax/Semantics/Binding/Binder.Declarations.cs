using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>Declares every top-level item of a file and queues its probe and function bodies.</summary>
        private void DeclareTree(StapSyntaxTree tree, bool isLibrary)
        {
            if (isLibrary) _libraryTrees.Add(tree);
            var root = tree.GetRoot();
            foreach (var member in root.Members)
            {
                switch (member)
                {
                    case GlobalDeclarationSyntax global:
                        DeclareGlobals(global, tree, isLibrary);
                        break;
                    case FunctionDeclarationSyntax function:
                        DeclareFunction(function, tree, isLibrary);
                        break;
                    case ProbeDeclarationSyntax probe:
                        DeclareProbe(probe, tree, isLibrary);
                        break;
                    case ProbeAliasDeclarationSyntax alias:
                        DeclareAlias(alias, tree, isLibrary);
                        break;
                    case MacroDefinitionSyntax macro:
                        DeclareMacro(macro, isLibrary);
                        break;
                }
            }
        }

        private static bool IsPrivate(SyntaxTokenList modifiers)
        {
            foreach (var modifier in modifiers)
            {
                if (modifier.Kind == SyntaxKind.PrivateKeyword) return true;
                if (modifier.Text.StartsWith("@__private", System.StringComparison.Ordinal)) return true;
            }

            return false;
        }

        private void DeclareGlobals(GlobalDeclarationSyntax declaration, StapSyntaxTree tree, bool isLibrary)
        {
            bool isPrivate = IsPrivate(declaration.Modifiers);
            foreach (var variable in declaration.Variables)
            {
                string name = variable.Identifier.ValueText;
                if (name.Length == 0) continue;
                var symbol = new GlobalSymbol(name, variable, isLibrary, isPrivate, variable.PercentToken.Kind == SyntaxKind.PercentToken, tree.FilePath);
                var info = new VariableInfo(symbol, owner: null);
                _variables[symbol] = info;
                _declared[variable] = symbol;
                if (!_globals.TryGetValue(name, out var list)) _globals[name] = list = new List<GlobalSymbol>();
                list.Add(symbol);
                if (variable.ArraySize is not null)
                {
                    // A sized global is an array whose arity the uses decide.
                    info.ArityNode = variable;
                }

                if (variable.Initializer is { } initializer)
                {
                    var type = GetLiteralType(initializer.Value);
                    if (type != StapType.Unknown)
                    {
                        info.Value.TrySet(type, variable);
                        SetArity(info, 0, variable);
                    }
                }
            }
        }

        private static StapType GetLiteralType(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.StringLiteralExpression => StapType.String,
            LiteralExpressionSyntax => StapType.Long,
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => StapType.Long,
            _ => StapType.Unknown,
        };

        private static StapType GetDeclaredType(TypeClauseSyntax? clause) => clause?.TypeKeyword.Kind switch
        {
            SyntaxKind.StringKeyword => StapType.String,
            SyntaxKind.LongKeyword => StapType.Long,
            _ => StapType.Unknown,
        };

        private void DeclareFunction(FunctionDeclarationSyntax declaration, StapSyntaxTree tree, bool isLibrary)
        {
            string name = declaration.Identifier.Text;
            if (name.Length == 0) return;
            long priority = isLibrary ? 1 : 0;
            if (declaration.Priority is { } clause && TryGetNumber(clause.Value, out long value)) priority = value;
            bool isEmbedded = declaration.EmbeddedCodeToken.Kind == SyntaxKind.EmbeddedCodeToken;
            var symbol = new FunctionSymbol(name, declaration, isLibrary, IsPrivate(declaration.Modifiers), tree.FilePath,
                GetDeclaredType(declaration.ReturnType), priority, isEmbedded, isEmbedded ? declaration.EmbeddedCodeToken.Text : null);
            var scope = new BoundScope(symbol, declaration, tree, isLibrary);
            var info = new FunctionInfo(symbol, scope);
            if (symbol.DeclaredReturnType != StapType.Unknown) info.Return.TrySet(symbol.DeclaredReturnType, declaration.ReturnType);

            var parameters = ImmutableArray.CreateBuilder<ParameterSymbol>();
            int ordinal = 0;
            foreach (var parameter in declaration.ParameterList.Parameters)
            {
                var declaredType = GetDeclaredType(parameter.TypeClause);
                var parameterSymbol = new ParameterSymbol(parameter.Identifier.ValueText, parameter, isLibrary, ordinal++, declaredType);
                parameterSymbol.ContainingFunction = symbol;
                var parameterInfo = new VariableInfo(parameterSymbol, scope);
                if (declaredType != StapType.Unknown) parameterInfo.Value.TrySet(declaredType, parameter);
                parameterInfo.Arity = 0;
                parameterInfo.Writes = 1;
                _variables[parameterSymbol] = parameterInfo;
                _declared[parameter] = parameterSymbol;
                scope.Variables[parameterSymbol.Name] = parameterInfo;
                info.Parameters.Add(parameterInfo);
                parameters.Add(parameterSymbol);
            }

            symbol.Parameters = parameters.ToImmutable();
            _functionInfos[symbol] = info;
            _declared[declaration] = symbol;
            if (!_functions.TryGetValue(name, out var list)) _functions[name] = list = new List<FunctionInfo>();
            list.Add(info);
            _scopes.Add(scope);
            _pending.Enqueue(scope);
        }

        private void DeclareProbe(ProbeDeclarationSyntax declaration, StapSyntaxTree tree, bool isLibrary)
        {
            var symbol = new ProbeSymbol(DescribePoints(declaration.ProbePoints), declaration, isLibrary);
            _declared[declaration] = symbol;
            _probes.Add(symbol);
            var scope = new BoundScope(symbol, declaration, tree, isLibrary);
            _scopes.Add(scope);
            _pending.Enqueue(scope);
        }

        private void DeclareAlias(ProbeAliasDeclarationSyntax declaration, StapSyntaxTree tree, bool isLibrary)
        {
            foreach (var head in declaration.AliasHeads)
            {
                var names = GetPlainComponentNames(head.Name);
                if (names is null) continue;
                var symbol = new ProbeAliasSymbol(string.Join(".", names), declaration, head.Name, isLibrary,
                    head.OperatorToken.Kind == SyntaxKind.PlusEqualsToken, tree.FilePath);
                var scope = new BoundScope(symbol, declaration, tree, isLibrary);
                var info = new AliasInfo(symbol, scope);
                _aliases[symbol] = info;
                _declared[head] = symbol;
                _declared[declaration] = symbol;
                _scopes.Add(scope);
                if (isLibrary)
                {
                    if (!_libraryAliasesByFile.TryGetValue(tree.FilePath, out var list)) _libraryAliasesByFile[tree.FilePath] = list = new List<AliasInfo>();
                    list.Add(info);
                }
                else
                {
                    _userAliases.Add(info);
                    (_userAliasTree ??= new ProbeMatchTree()).AddAlias(names, info);
                }
            }
        }

        private void DeclareMacro(MacroDefinitionSyntax definition, bool isLibrary)
        {
            string name = definition.Identifier.ValueText;
            var parameters = ImmutableArray.CreateBuilder<string>();
            if (definition.ParameterList is { } list)
            {
                foreach (var parameter in list.Parameters) parameters.Add(parameter.Identifier.ValueText);
            }

            var symbol = new MacroSymbol(name, definition, isLibrary, parameters.ToImmutable());
            _declared[definition] = symbol;
            if (!_macros.TryGetValue(name, out var macros)) _macros[name] = macros = new List<MacroSymbol>();
            macros.Add(symbol);
        }

        /// <summary>The component names of an alias name (no arguments, no braces), or null when it is not one.</summary>
        private static List<string>? GetPlainComponentNames(ProbePointSyntax point)
        {
            var names = new List<string>();
            foreach (var component in point.Components)
            {
                if (component is not ProbePointComponentSyntax named || named.Argument is not null) return null;
                names.Add(SemanticFacts.GetComponentName(named));
            }

            return names.Count == 0 ? null : names;
        }

        private static string DescribePoints(SeparatedSyntaxList<ProbePointSyntax> points)
        {
            var parts = new List<string>();
            foreach (var point in points) parts.Add(point.ToString().Trim());
            return string.Join(", ", parts);
        }

        private static bool TryGetNumber(ExpressionSyntax expression, out long value)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.NumericLiteralExpression && literal.Tokens.Count == 1:
                    if (literal.Tokens[0].Value is long number) { value = number; return true; }
                    return long.TryParse(literal.Tokens[0].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
                case PrefixUnaryExpressionSyntax { Kind: SyntaxKind.UnaryMinusExpression } negation when TryGetNumber(negation.Operand, out long positive):
                    value = -positive;
                    return true;
                default:
                    value = 0;
                    return false;
            }
        }

        /// <summary>Pulls a library file into the compilation (once): its declarations become visible and its bodies are bound.</summary>
        private bool PullLibraryFile(string path)
        {
            if (_library is null || !_pulledFiles.Add(path)) return false;
            var tree = _library.GetSyntaxTree(path, _cancellationToken);
            if (tree is null) return false;
            DeclareTree(tree, isLibrary: true);
            return true;
        }
    }
}
