using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        private IrBlock LowerBlock(BoundBlock block)
        {
            var statements = ImmutableArray.CreateBuilder<IrStatement>(block.Statements.Length);
            foreach (BoundStatement statement in block.Statements)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (LowerStatement(statement) is { } lowered)
                    statements.Add(lowered);
            }

            return new IrBlock(statements.ToImmutable());
        }

        private IrStatement? LowerStatement(BoundStatement statement)
        {
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => LowerStatement(statement));
            IrStatement? lowered = statement switch
            {
                BoundBlock block => LowerBlock(block),
                BoundExpressionStatement expression => LowerExpressionStatement(expression.Expression, ((ExpressionStatementSyntax)expression.Syntax).Expression),
                BoundEmptyStatement => null,
                BoundIfStatement ifStatement => new IrIf(LowerExpression(ifStatement.Condition), LowerEmbedded(ifStatement.Consequence),
                    ifStatement.Alternative is { } alternative ? LowerEmbedded(alternative) : null),
                BoundWhileStatement whileStatement => new IrWhile(LowerExpression(whileStatement.Condition), LowerEmbedded(whileStatement.Body)),
                BoundForStatement forStatement => new IrFor(
                    forStatement.Initializer is BoundExpressionStatement initializer ? LowerExpressionStatement(initializer.Expression, initializer.Syntax) : null,
                    forStatement.Condition is { } condition ? LowerExpression(condition) : null,
                    forStatement.Incrementor is BoundExpressionStatement incrementor ? LowerExpressionStatement(incrementor.Expression, incrementor.Syntax) : null,
                    LowerEmbedded(forStatement.Body)),
                BoundForeachStatement foreachStatement => LowerForeach(foreachStatement),
                BoundReturnStatement returnStatement => new IrReturn(returnStatement.Expression is { } value ? LowerExpression(value) : null),
                BoundDeleteStatement delete => new IrDelete(LowerDeleteTarget(delete.Target)),
                BoundBreakStatement => new IrBreak(),
                BoundContinueStatement => new IrContinue(),
                BoundNextStatement => new IrNext(),
                BoundTryStatement tryStatement => LowerTry(tryStatement),
                _ => new IrExpressionStatement(Unsupported(statement.Syntax, "the statement '" + Shorten(statement.Syntax.ToString()) + "'")),
            };
            return lowered is null ? null : lowered with { Location = LocationOf(statement.Syntax) };
        }

        /// <summary>A statement in a position that needs one (a loop or if body): empty statements become empty blocks.</summary>
        private IrStatement LowerEmbedded(BoundStatement statement) =>
            LowerStatement(statement) ?? new IrBlock(ImmutableArray<IrStatement>.Empty);

        private IrStatement LowerTry(BoundTryStatement statement)
        {
            IrBlock tryBlock = LowerBlock(statement.TryBlock);
            IrVariable? message = null;
            if (statement.MessageVariable is { } variable)
                message = GetLocal(variable.Name, StapType.String, ((TryStatementSyntax)statement.Syntax).Catch);
            return new IrTryCatch(tryBlock, message, LowerBlock(statement.CatchBlock));
        }

        private IrExpression LowerDeleteTarget(BoundExpression target)
        {
            if (target is BoundVariableReference { Variable: GlobalSymbol global } reference)
                return new IrGlobalReference(GetGlobal(global, reference.Syntax));
            if (target is BoundArrayElement element && element.Keys.Any(k => k is BoundWildcard))
                return LowerElementAccess(element, slice: true) with { Location = ExpressionLocationOf((ExpressionSyntax)element.Syntax) };
            if (target is BoundArrayElement && TryLowerAggregate(target, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys) && aggregate.IsArray)
                return new IrArrayElement(aggregate, keys);
            return LowerAssignable(target);
        }

        private IrStatement LowerForeach(BoundForeachStatement statement)
        {
            var syntax = (ForeachStatementSyntax)statement.Syntax;
            if (statement.Collection is BoundHistogram histogram)
                return LowerHistogramForeach(statement, histogram);
            if (statement.Collection is not BoundVariableReference { Variable: GlobalSymbol arraySymbol } arrayName)
                return new IrExpressionStatement(Unsupported(syntax.Expression, "foreach over '" + Shorten(syntax.Expression.ToString()) + "'"));
            IrGlobal array = GetGlobal(arraySymbol, arrayName.Syntax);
            ImmutableArray<IrExpression> sliceKeys = ImmutableArray<IrExpression>.Empty;
            if (syntax.Slice is { } slice)
            {
                if (array.ValueType == IrType.Statistics)
                    Unsupported(slice, "a foreach slice of an array of statistics");
                else
                    sliceKeys = LowerKeys(statement.Slice, array);
            }

            var keys = ImmutableArray.CreateBuilder<IrVariable>(statement.Keys.Length);
            for (int i = 0; i < statement.Keys.Length; i++)
                keys.Add(LocalOf(statement.Keys[i], syntax.Keys[i]));
            IrVariable? value = statement.Value is { } valueVariable ? LocalOf(valueVariable, syntax.Value!) : null;

            var sorts = new List<(IrForeachSort Sort, StapSyntaxNode Node)>();
            foreach (BoundForeachSort sort in statement.Sorts)
            {
                IrStatisticOperator? aggregate = sort.Aggregate is { } kind ? StatisticOperatorOf(kind) : null;
                if (aggregate is not null && array.ValueType != IrType.Statistics)
                    Unsupported(sort.Syntax, "a foreach sort on an extractor of '" + array.Name + "', which is not an array of statistics");
                sorts.Add((new IrForeachSort(sort.Column, sort.IsDescending) { Aggregate = aggregate }, sort.Syntax));
            }

            if (sorts.Count > 1)
                Unsupported(sorts[1].Node, "more than one foreach sort");

            IrExpression? limit = statement.Limit is { } limitExpression ? LowerExpression(limitExpression) : null;
            return new IrForeach(array, keys.MoveToImmutable(), LowerEmbedded(statement.Body))
            {
                Value = value,
                Sort = sorts.Count > 0 ? sorts[0].Sort : null,
                Limit = limit,
                Slice = sliceKeys,
            };
        }

        private IrVariable LocalOf(VariableSymbol variable, StapSyntaxNode declaration) => GetLocal(variable.Name, variable.Type, declaration);

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
                expression = parenthesized.Expression;
            return expression;
        }
    }
}
