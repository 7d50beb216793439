using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private void BindBlock(BlockSyntax block, BoundScope scope)
        {
            foreach (var statement in block.Statements) BindStatement(statement, scope);
        }

        private void BindStatement(StatementSyntax statement, BoundScope scope)
        {
            if (StackGuard.IsStackLow())
            {
                StackGuard.RunOnNewStack(() => BindStatement(statement, scope));
                return;
            }
            switch (statement)
            {
                case BlockSyntax block:
                    BindBlock(block, scope);
                    break;
                case ExpressionStatementSyntax expressionStatement:
                    BindExpression(expressionStatement.Expression, scope);
                    break;
                case IfStatementSyntax ifStatement:
                    BindCondition(ifStatement.Condition, scope);
                    BindStatement(ifStatement.Statement, scope);
                    if (ifStatement.Else is { } elseClause) BindStatement(elseClause.Statement, scope);
                    break;
                case WhileStatementSyntax whileStatement:
                    BindCondition(whileStatement.Condition, scope);
                    BindStatement(whileStatement.Statement, scope);
                    break;
                case ForStatementSyntax forStatement:
                    if (forStatement.Initializer is { } initializer) BindExpression(initializer, scope);
                    if (forStatement.Condition is { } condition) BindCondition(condition, scope);
                    if (forStatement.Incrementor is { } incrementor) BindExpression(incrementor, scope);
                    BindStatement(forStatement.Statement, scope);
                    break;
                case ForeachStatementSyntax foreachStatement:
                    BindForeach(foreachStatement, scope);
                    break;
                case ReturnStatementSyntax returnStatement:
                    BindReturn(returnStatement, scope);
                    break;
                case DeleteStatementSyntax deleteStatement:
                    BindDelete(deleteStatement.Expression, scope);
                    break;
                case TryStatementSyntax tryStatement:
                    BindBlock(tryStatement.Block, scope);
                    if (tryStatement.Catch.Identifier.Kind == SyntaxKind.IdentifierToken)
                    {
                        var info = LookupVariable(tryStatement.Catch.Identifier.ValueText, scope, tryStatement.Catch)!;
                        _declared[tryStatement.Catch] = info.Symbol;
                        NoteWrite(info, tryStatement.Catch);
                        SetArity(info, 0, tryStatement.Catch);
                        RequireSlot(info.Value, StapType.String, tryStatement.Catch, isVariableUse: true);
                    }

                    BindBlock(tryStatement.Catch.Block, scope);
                    break;
                case MacroDefinitionStatementSyntax macroStatement:
                    DeclareMacro(macroStatement.Definition, scope.IsLibrary);
                    break;
            }
        }

        /// <summary>Conditions are numbers in stap: <c>if ("a")</c> is a type mismatch.</summary>
        private void BindCondition(ExpressionSyntax condition, BoundScope scope)
        {
            var slot = BindExpression(condition, scope);
            Require(slot, StapType.Long, condition);
        }

        private void BindReturn(ReturnStatementSyntax statement, BoundScope scope)
        {
            if (statement.Expression is not { } expression) return;
            var slot = BindExpression(expression, scope);
            if (scope.Container is FunctionSymbol function && _functionInfos.TryGetValue(function, out var info))
            {
                UnifyOrReport(info.Return, slot, expression, index: -1);
            }
        }

        private void BindForeach(ForeachStatementSyntax statement, BoundScope scope)
        {
            int keyCount = statement.Keys.Count;
            VariableInfo? array = null;
            TypeSlot? valueSlot = null;
            bool isHistogram = false;
            switch (Unparenthesize(statement.Expression))
            {
                case IdentifierNameSyntax name:
                    array = BindArrayName(name, keyCount, scope, isWrite: false);
                    valueSlot = array?.Value;
                    break;
                case HistogramExpressionSyntax histogram:
                    BindExpression(histogram, scope);
                    isHistogram = true;
                    break;
                default:
                    BindExpression(statement.Expression, scope);
                    break;
            }

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
                index++;
            }

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
            }

            if (statement.Slice is { } slice)
            {
                int position = 0;
                foreach (var argument in slice.Arguments)
                {
                    if (argument is not WildcardExpressionSyntax)
                    {
                        var slot = BindExpression(argument, scope);
                        if (array is not null && position < array.Indexes.Count) UnifyOrReport(array.Indexes[position], slot, argument, position);
                    }

                    position++;
                }
            }

            if (statement.Sort is { AggregateKeyword.Kind: not SyntaxKind.None } && valueSlot is not null)
            {
                RequireSlot(valueSlot, StapType.Statistics, statement.Expression, isVariableUse: true);
            }

            if (statement.Limit is { } limit) BindCondition(limit.Expression, scope);
            BindStatement(statement.Statement, scope);
        }

        private void BindDelete(ExpressionSyntax expression, BoundScope scope)
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
                    break;
                }

                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    BindElementAccess(element, scope, isWrite: true, allowWildcards: true);
                    break;
                default:
                    BindExpression(expression, scope);
                    break;
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
