using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private BoundBlock BindBlock(BlockSyntax block, BoundScope scope)
        {
            var statements = ImmutableArray.CreateBuilder<BoundStatement>(block.Statements.Count);
            foreach (var statement in block.Statements) statements.Add(BindStatement(statement, scope));
            var bound = new BoundBlock(block, statements.MoveToImmutable());
            _bound[block] = bound;
            return bound;
        }

        private BoundStatement BindStatement(StatementSyntax statement, BoundScope scope)
        {
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => BindStatement(statement, scope));
            var bound = BindStatementCore(statement, scope);
            _bound[statement] = bound;
            return bound;
        }

        private BoundStatement BindStatementCore(StatementSyntax statement, BoundScope scope)
        {
            switch (statement)
            {
                case BlockSyntax block:
                    return BindBlock(block, scope);
                case ExpressionStatementSyntax expressionStatement:
                    return new BoundExpressionStatement(expressionStatement, BindExpression(expressionStatement.Expression, scope));
                case IfStatementSyntax ifStatement:
                {
                    var condition = BindCondition(ifStatement.Condition, scope);
                    var consequence = BindStatement(ifStatement.Statement, scope);
                    var alternative = ifStatement.Else is { } elseClause ? BindStatement(elseClause.Statement, scope) : null;
                    return new BoundIfStatement(ifStatement, condition, consequence, alternative);
                }

                case WhileStatementSyntax whileStatement:
                {
                    var condition = BindCondition(whileStatement.Condition, scope);
                    return new BoundWhileStatement(whileStatement, condition, BindStatement(whileStatement.Statement, scope));
                }

                case ForStatementSyntax forStatement:
                {
                    var initializer = forStatement.Initializer is { } init ? ExpressionStatement(init, BindExpression(init, scope)) : null;
                    var condition = forStatement.Condition is { } test ? BindCondition(test, scope) : null;
                    var incrementor = forStatement.Incrementor is { } step ? ExpressionStatement(step, BindExpression(step, scope)) : null;
                    return new BoundForStatement(forStatement, initializer, condition, incrementor, BindStatement(forStatement.Statement, scope));
                }

                case ForeachStatementSyntax foreachStatement:
                    return BindForeach(foreachStatement, scope);
                case ReturnStatementSyntax returnStatement:
                    return new BoundReturnStatement(returnStatement, BindReturn(returnStatement, scope));
                case DeleteStatementSyntax deleteStatement:
                    return new BoundDeleteStatement(deleteStatement, BindDelete(deleteStatement.Expression, scope));
                case TryStatementSyntax tryStatement:
                {
                    var tryBlock = BindBlock(tryStatement.Block, scope);
                    VariableSymbol? message = null;
                    if (tryStatement.Catch.Identifier.Kind == SyntaxKind.IdentifierToken)
                    {
                        var info = LookupVariable(tryStatement.Catch.Identifier.ValueText, scope, tryStatement.Catch)!;
                        _declared[tryStatement.Catch] = info.Symbol;
                        NoteWrite(info, tryStatement.Catch);
                        SetArity(info, 0, tryStatement.Catch);
                        RequireSlot(info.Value, StapType.String, tryStatement.Catch, isVariableUse: true);
                        message = info.Symbol;
                    }

                    return new BoundTryStatement(tryStatement, tryBlock, message, BindBlock(tryStatement.Catch.Block, scope));
                }

                case MacroDefinitionStatementSyntax macroStatement:
                    DeclareMacro(macroStatement.Definition, scope.IsLibrary);
                    return new BoundEmptyStatement(statement);
                case BreakStatementSyntax:
                    return new BoundBreakStatement(statement);
                case ContinueStatementSyntax:
                    return new BoundContinueStatement(statement);
                case NextStatementSyntax:
                    return new BoundNextStatement(statement);
                default:
                    return new BoundEmptyStatement(statement);
            }
        }

        /// <summary>An expression in a statement position of a for header (its initializer or incrementor).</summary>
        private static BoundExpressionStatement ExpressionStatement(ExpressionSyntax syntax, BoundExpression expression) => new(syntax, expression);

        /// <summary>Conditions are numbers in stap: <c>if ("a")</c> is a type mismatch.</summary>
        private BoundExpression BindCondition(ExpressionSyntax condition, BoundScope scope)
        {
            var bound = BindExpression(condition, scope);
            Require(bound.TypeSlot, StapType.Long, condition);
            return bound;
        }

        private BoundExpression? BindReturn(ReturnStatementSyntax statement, BoundScope scope)
        {
            if (statement.Expression is not { } expression) return null;
            var bound = BindExpression(expression, scope);
            if (scope.Container is FunctionSymbol function && _functionInfos.TryGetValue(function, out var info))
            {
                UnifyOrReport(info.Return, bound.TypeSlot, expression, index: -1);
            }

            return bound;
        }

        private BoundForeachStatement BindForeach(ForeachStatementSyntax statement, BoundScope scope)
        {
            int keyCount = statement.Keys.Count;
            VariableInfo? array = null;
            TypeSlot? valueSlot = null;
            bool isHistogram = false;
            BoundExpression collection;
            switch (Unparenthesize(statement.Expression))
            {
                case IdentifierNameSyntax name:
                    array = BindArrayName(name, keyCount, scope, isWrite: false);
                    valueSlot = array?.Value;
                    collection = ArrayReference(name, array);
                    break;
                case HistogramExpressionSyntax histogram:
                    collection = BindExpression(histogram, scope);
                    isHistogram = true;
                    break;
                default:
                    collection = BindExpression(statement.Expression, scope);
                    break;
            }

            var keys = ImmutableArray.CreateBuilder<VariableSymbol>(keyCount);
            var sorts = ImmutableArray.CreateBuilder<BoundForeachSort>();
            int index = 0;
            foreach (var key in statement.Keys)
            {
                var info = LookupVariable(key.Identifier.ValueText, scope, key)!;
                _declared[key] = info.Symbol;
                _symbols[key] = info.Symbol;
                NoteWrite(info, key);
                NoteRead(info, key);
                SetArity(info, 0, key);
                if (isHistogram) RequireSlot(info.Value, StapType.Long, key, isVariableUse: true);
                else if (array is not null && index < array.Indexes.Count) UnifyOrReport(array.Indexes[index], info.Value, key, index);
                keys.Add(info.Symbol);
                if (key.SortToken.Kind != SyntaxKind.None) sorts.Add(new BoundForeachSort(key, index + 1, key.SortToken.Kind == SyntaxKind.MinusToken, null));
                index++;
            }

            VariableSymbol? valueVariable = null;
            if (statement.Value is { } value)
            {
                var info = LookupVariable(value.Identifier.ValueText, scope, value)!;
                _declared[value] = info.Symbol;
                _symbols[value] = info.Symbol;
                NoteWrite(info, value);
                NoteRead(info, value);
                SetArity(info, 0, value);
                if (isHistogram) RequireSlot(info.Value, StapType.Long, value, isVariableUse: true);
                else if (valueSlot is not null)
                {
                    // The value of a statistics array is read through an aggregate, so the loop variable is a long then.
                    if (valueSlot.Type == StapType.Statistics) RequireSlot(info.Value, StapType.Long, value, isVariableUse: true);
                    else UnifyOrReport(valueSlot, info.Value, value, index: -1);
                }

                valueVariable = info.Symbol;
                if (value.SortToken.Kind != SyntaxKind.None) sorts.Add(new BoundForeachSort(value, 0, value.SortToken.Kind == SyntaxKind.MinusToken, null));
            }

            var sliceKeys = ImmutableArray<BoundExpression>.Empty;
            if (statement.Slice is { } slice)
            {
                var boundSlice = ImmutableArray.CreateBuilder<BoundExpression>(slice.Arguments.Count);
                int position = 0;
                foreach (var argument in slice.Arguments)
                {
                    if (argument is WildcardExpressionSyntax wildcard)
                    {
                        boundSlice.Add(Wildcard(wildcard));
                    }
                    else
                    {
                        var key = BindExpression(argument, scope);
                        boundSlice.Add(key);
                        if (array is not null && position < array.Indexes.Count) UnifyOrReport(array.Indexes[position], key.TypeSlot, argument, position);
                    }

                    position++;
                }

                sliceKeys = boundSlice.MoveToImmutable();
            }

            if (statement.Sort is { AggregateKeyword.Kind: not SyntaxKind.None } && valueSlot is not null)
            {
                RequireSlot(valueSlot, StapType.Statistics, statement.Expression, isVariableUse: true);
            }

            if (statement.Sort is { } sort)
            {
                BoundStatisticKind? aggregate = sort.AggregateKeyword.Kind == SyntaxKind.None ? null : StatisticKindOf(sort.AggregateKeyword.Kind);
                sorts.Add(new BoundForeachSort(sort, 0, sort.SortToken.Kind == SyntaxKind.MinusToken, aggregate));
            }

            var limit = statement.Limit is { } limitClause ? BindCondition(limitClause.Expression, scope) : null;
            var body = BindStatement(statement.Statement, scope);
            return new BoundForeachStatement(statement, collection, keys.MoveToImmutable(), valueVariable, sliceKeys, sorts.ToImmutable(), limit, body);
        }

        private BoundExpression BindDelete(ExpressionSyntax expression, BoundScope scope)
        {
            switch (Unparenthesize(expression))
            {
                case IdentifierNameSyntax name:
                {
                    // delete of a whole array or a scalar: any arity.
                    var info = LookupVariable(name.Identifier.ValueText, scope, name)!;
                    _symbols[name] = info.Symbol;
                    _types[name] = info.Value;
                    NoteWrite(info, name);
                    return Reference(name, info.Symbol, info.Value);
                }

                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                {
                    var bound = BindElementAccess(element, scope, isWrite: true, allowWildcards: true);
                    _bound[element] = bound;
                    return bound;
                }

                default:
                    return BindExpression(expression, scope);
            }
        }

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            return expression;
        }

        private VariableInfo? BindArrayName(IdentifierNameSyntax name, int arity, BoundScope scope, bool isWrite)
        {
            var info = LookupVariable(name.Identifier.ValueText, scope, name)!;
            _symbols[name] = info.Symbol;
            _types[name] = info.Value;
            if (isWrite) NoteWrite(info, name);
            else NoteRead(info, name);
            if (info.Symbol is not GlobalSymbol)
            {
                if (!info.ReportedAsLocalArray && !scope.IsLibrary)
                {
                    info.ReportedAsLocalArray = true;
                    Report(ErrorCode.ERR_UnresolvedGlobalArray, name, arity, name.Identifier.ValueText);
                }

                return null;
            }

            SetArity(info, arity, name);
            return info;
        }
    }
}
