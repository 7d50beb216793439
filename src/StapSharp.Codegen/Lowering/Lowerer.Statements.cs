using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        private IrBlock LowerBlock(BlockSyntax block)
        {
            var statements = ImmutableArray.CreateBuilder<IrStatement>(block.Statements.Count);
            foreach (StatementSyntax statement in block.Statements)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (LowerStatement(statement) is { } lowered)
                    statements.Add(lowered);
            }

            return new IrBlock(statements.ToImmutable());
        }

        private IrStatement? LowerStatement(StatementSyntax statement)
        {
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => LowerStatement(statement));
            IrStatement? lowered = statement switch
            {
                BlockSyntax block => LowerBlock(block),
                ExpressionStatementSyntax expression => LowerExpressionStatement(expression.Expression),
                EmptyStatementSyntax or MacroDefinitionStatementSyntax => null,
                IfStatementSyntax ifStatement => new IrIf(LowerExpression(ifStatement.Condition), LowerEmbedded(ifStatement.Statement),
                    ifStatement.Else is { } elseClause ? LowerEmbedded(elseClause.Statement) : null),
                WhileStatementSyntax whileStatement => new IrWhile(LowerExpression(whileStatement.Condition), LowerEmbedded(whileStatement.Statement)),
                ForStatementSyntax forStatement => new IrFor(
                    forStatement.Initializer is { } initializer ? LowerExpressionStatement(initializer) : null,
                    forStatement.Condition is { } condition ? LowerExpression(condition) : null,
                    forStatement.Incrementor is { } incrementor ? LowerExpressionStatement(incrementor) : null,
                    LowerEmbedded(forStatement.Statement)),
                ForeachStatementSyntax foreachStatement => LowerForeach(foreachStatement),
                ReturnStatementSyntax returnStatement => new IrReturn(returnStatement.Expression is { } value ? LowerExpression(value) : null),
                DeleteStatementSyntax delete => new IrDelete(LowerDeleteTarget(delete.Expression)),
                BreakStatementSyntax => new IrBreak(),
                ContinueStatementSyntax => new IrContinue(),
                NextStatementSyntax => new IrNext(),
                TryStatementSyntax tryStatement => LowerTry(tryStatement),
                _ => new IrExpressionStatement(Unsupported(statement, "the statement '" + Shorten(statement.ToString()) + "'")),
            };
            return lowered is null ? null : lowered with { Location = LocationOf(statement) };
        }

        /// <summary>A statement in a position that needs one (a loop or if body): empty statements become empty blocks.</summary>
        private IrStatement LowerEmbedded(StatementSyntax statement) =>
            LowerStatement(statement) ?? new IrBlock(ImmutableArray<IrStatement>.Empty);

        private IrStatement LowerTry(TryStatementSyntax statement)
        {
            IrBlock tryBlock = LowerBlock(statement.Block);
            IrVariable? message = null;
            if (statement.Catch.Identifier.Kind == SyntaxKind.IdentifierToken)
                message = GetLocal(statement.Catch.Identifier.ValueText, StapType.String, statement.Catch);
            return new IrTryCatch(tryBlock, message, LowerBlock(statement.Catch.Block));
        }

        private IrExpression LowerDeleteTarget(ExpressionSyntax target)
        {
            target = Unparenthesize(target);
            if (target is IdentifierNameSyntax name && SymbolOf(name) is GlobalSymbol global)
                return new IrGlobalReference(GetGlobal(global, name));
            if (target is ElementAccessExpressionSyntax { Kind: SyntaxKind.ElementAccessExpression } element
                && element.ArgumentList.Arguments.Any(k => k is WildcardExpressionSyntax))
                return LowerElementAccess(element, slice: true) with { Location = ExpressionLocationOf(element) };
            if (target is ElementAccessExpressionSyntax && TryLowerAggregate(target, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys) && aggregate.IsArray)
                return new IrArrayElement(aggregate, keys);
            return LowerAssignable(target);
        }

        private IrStatement LowerForeach(ForeachStatementSyntax statement)
        {
            if (Unparenthesize(statement.Expression) is HistogramExpressionSyntax histogram)
                return LowerHistogramForeach(statement, histogram);
            if (Unparenthesize(statement.Expression) is not IdentifierNameSyntax arrayName || SymbolOf(arrayName) is not GlobalSymbol arraySymbol)
                return new IrExpressionStatement(Unsupported(statement.Expression, "foreach over '" + Shorten(statement.Expression.ToString()) + "'"));
            IrGlobal array = GetGlobal(arraySymbol, arrayName);
            ImmutableArray<IrExpression> sliceKeys = ImmutableArray<IrExpression>.Empty;
            if (statement.Slice is { } slice)
            {
                if (array.ValueType == IrType.Statistics)
                    Unsupported(slice, "a foreach slice of an array of statistics");
                else
                    sliceKeys = LowerKeys(slice.Arguments, array);
            }

            var sorts = new List<(IrForeachSort Sort, StapSyntaxNode Node)>();
            var keys = ImmutableArray.CreateBuilder<IrVariable>(statement.Keys.Count);
            for (int i = 0; i < statement.Keys.Count; i++)
            {
                ForeachKeySyntax key = statement.Keys[i];
                keys.Add(LocalOf(key, key.Identifier.ValueText));
                if (key.SortToken.Kind != SyntaxKind.None)
                    sorts.Add((new IrForeachSort(i + 1, key.SortToken.Kind == SyntaxKind.MinusToken), key));
            }

            IrVariable? value = null;
            if (statement.Value is { } valueSyntax)
            {
                value = LocalOf(valueSyntax, valueSyntax.Identifier.ValueText);
                if (valueSyntax.SortToken.Kind != SyntaxKind.None)
                    sorts.Add((new IrForeachSort(0, valueSyntax.SortToken.Kind == SyntaxKind.MinusToken), valueSyntax));
            }

            if (statement.Sort is { } sort)
            {
                IrStatisticOperator? aggregate = SortOperator(sort.AggregateKeyword.Kind);
                if (aggregate is not null && array.ValueType != IrType.Statistics)
                    Unsupported(sort, "a foreach sort on an extractor of '" + array.Name + "', which is not an array of statistics");
                sorts.Add((new IrForeachSort(0, sort.SortToken.Kind == SyntaxKind.MinusToken) { Aggregate = aggregate }, sort));
            }

            if (sorts.Count > 1)
                Unsupported(sorts[1].Node, "more than one foreach sort");

            IrExpression? limit = statement.Limit is { } limitClause ? LowerExpression(limitClause.Expression) : null;
            return new IrForeach(array, keys.MoveToImmutable(), LowerEmbedded(statement.Statement))
            {
                Value = value,
                Sort = sorts.Count > 0 ? sorts[0].Sort : null,
                Limit = limit,
                Slice = sliceKeys,
            };
        }

        private IrVariable LocalOf(StapSyntaxNode declaration, string name)
        {
            StapType type = SymbolOf(declaration) is VariableSymbol variable ? variable.Type : StapType.Long;
            return GetLocal(name, type, declaration);
        }

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
                expression = parenthesized.Expression;
            return expression;
        }
    }
}
