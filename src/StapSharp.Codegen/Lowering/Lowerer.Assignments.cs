using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// An expression in statement position: assignments, <c>++</c>/<c>--</c>, <c>&lt;&lt;&lt;</c>, <c>exit()</c> and
        /// <c>error()</c> become statements; anything else is evaluated for its side effects.
        /// </summary>
        /// <param name="expression">The bound expression.</param>
        /// <param name="syntax">The expression as written (parenthesized or not), whose first token locates the statement.</param>
        private IrStatement LowerExpressionStatement(BoundExpression expression, StapSyntaxNode syntax)
        {
            IrStatement lowered = expression switch
            {
                BoundAssignment assignment => LowerAssignment(assignment),
                BoundIncrement increment => LowerIncrement(increment.Operand, increment.IsIncrement),
                BoundExit => new IrExit(),
                BoundError error => new IrError(LowerExpression(error.Message)),
                BoundPrint print when TryLowerHistogramPrint(print) is { } histogramPrint => histogramPrint,
                BoundMacroExpansion macro => LowerMacroStatement(macro),
                var other => new IrExpressionStatement(LowerExpression(other)),
            };
            return lowered with { Location = LocationOf(syntax) };
        }

        private IrStatement LowerIncrement(BoundExpression operand, bool increment)
        {
            IrExpression target = LowerAssignable(operand);
            // An index with side effects must be evaluated once: the expression form reads and writes through the same keys.
            if (HasSideEffects(operand))
                return new IrExpressionStatement(new IrIncrementExpression(target, increment, Postfix: true));
            var step = new IrBinaryExpression(increment ? IrBinaryOperator.Add : IrBinaryOperator.Subtract, ReadAgain(operand, target), new IrLongLiteral(1));
            return new IrAssignment(target, step);
        }

        private IrStatement LowerAssignment(BoundAssignment assignment)
        {
            if (assignment.OperatorKind == BoundAssignmentOperatorKind.Aggregate)
                return LowerStatisticAdd(assignment);

            var (target, value) = LowerAssignmentParts(assignment);
            return new IrAssignment(target, value);
        }

        /// <summary>An assignment whose value is used (<c>x = y = 0</c>, <c>if ((n = f()) &gt; 0)</c>).</summary>
        private IrExpression LowerAssignmentValue(BoundAssignment assignment)
        {
            if (assignment.OperatorKind == BoundAssignmentOperatorKind.Aggregate)
                return Unsupported(assignment.Syntax, "'<<<' used as a value");
            var (target, value) = LowerAssignmentParts(assignment);
            return new IrAssignmentExpression(target, value);
        }

        /// <summary>The target and the value to store: for a compound assignment, the target combined with the right operand.</summary>
        private (IrExpression Target, IrExpression Value) LowerAssignmentParts(BoundAssignment assignment)
        {
            var syntax = (AssignmentExpressionSyntax)assignment.Syntax;
            IrExpression target = LowerAssignable(assignment.Target);
            IrExpression value = LowerExpression(assignment.Value);
            if (assignment.OperatorKind == BoundAssignmentOperatorKind.Simple)
                return (target, value);

            IrExpression current = ReadAgain(assignment.Target, target);
            IrExpression combined = assignment.OperatorKind switch
            {
                BoundAssignmentOperatorKind.Concatenate => new IrConcatenation(current, value) { Location = ExpressionLocationOf(syntax) },
                BoundAssignmentOperatorKind.Add => Binary(IrBinaryOperator.Add),
                BoundAssignmentOperatorKind.Subtract => Binary(IrBinaryOperator.Subtract),
                BoundAssignmentOperatorKind.Multiply => Binary(IrBinaryOperator.Multiply),
                BoundAssignmentOperatorKind.Divide => Binary(IrBinaryOperator.Divide),
                BoundAssignmentOperatorKind.Modulo => Binary(IrBinaryOperator.Modulo),
                BoundAssignmentOperatorKind.ShiftLeft => Binary(IrBinaryOperator.ShiftLeft),
                BoundAssignmentOperatorKind.ShiftRight => Binary(IrBinaryOperator.ShiftRight),
                BoundAssignmentOperatorKind.BitwiseAnd => Binary(IrBinaryOperator.BitwiseAnd),
                BoundAssignmentOperatorKind.ExclusiveOr => Binary(IrBinaryOperator.ExclusiveOr),
                BoundAssignmentOperatorKind.BitwiseOr => Binary(IrBinaryOperator.BitwiseOr),
                _ => Unsupported(syntax, "the assignment operator '" + syntax.OperatorToken.Text + "'"),
            };
            return (target, combined);

            IrExpression Binary(IrBinaryOperator op) => new IrBinaryExpression(op, current, value) { Location = ExpressionLocationOf(syntax) };
        }

        /// <summary>
        /// The target read a second time for a compound assignment. Only safe when its indexes have no side effects,
        /// which is checked here rather than silently evaluating a call twice.
        /// </summary>
        private IrExpression ReadAgain(BoundExpression operand, IrExpression target)
        {
            if (HasSideEffects(operand))
                return Unsupported(AssignableSyntax(operand), "a compound assignment to an element whose index has side effects");
            return target;
        }

        /// <summary>The written target of an assignment or increment (the binder's node is its unparenthesized form).</summary>
        private static StapSyntaxNode AssignableSyntax(BoundExpression operand) => operand.Syntax;

        /// <summary>True when evaluating the expression twice could differ: it calls, assigns or increments.</summary>
        private static bool HasSideEffects(BoundExpression expression)
        {
            var finder = new SideEffectFinder();
            finder.Visit(expression);
            return finder.Found;
        }

        private sealed class SideEffectFinder : BoundTreeWalker
        {
            public bool Found { get; private set; }

            public override void Visit(BoundNode? node)
            {
                if (Found || node is null) return;
                if (node is BoundCall or BoundPrint or BoundExit or BoundError or BoundRegexSubexpression or BoundRegexGroupCount
                    or BoundAssignment or BoundMacroExpansion or BoundIncrement or BoundBadExpression { Syntax: InvocationExpressionSyntax })
                {
                    Found = true;
                    return;
                }

                base.Visit(node);
            }
        }

        /// <summary>A variable or array element that can be assigned.</summary>
        private IrExpression LowerAssignable(BoundExpression target)
        {
            switch (target)
            {
                case BoundVariableReference reference:
                    return LowerName(reference) with { Location = ExpressionLocationOf((ExpressionSyntax)reference.Syntax) };
                case BoundArrayElement element:
                    return LowerElementAccess(element) with { Location = ExpressionLocationOf((ExpressionSyntax)element.Syntax) };
                case BoundBadExpression { Syntax: ElementAccessExpressionSyntax { Kind: SyntaxKind.ElementAccessExpression } } bad:
                    return LowerBad(bad) with { Location = ExpressionLocationOf((ExpressionSyntax)bad.Syntax) };
                case BoundTargetExpression procfs when IsProcfsValue(procfs):
                    return LowerProcfsValue(procfs);
                case BoundTargetExpression { Syntax: TargetSymbolExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax } other:
                    Report(ErrorCode.ERR_LoweringTargetConstruct, other.Syntax, Shorten(other.Syntax.ToString()));
                    return new IrLongLiteral(0);
                default:
                    return Unsupported(target.Syntax, "assignment to '" + Shorten(target.Syntax.ToString()) + "'");
            }
        }
    }
}
