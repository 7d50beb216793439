using System.Linq;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// An expression in statement position: assignments, <c>++</c>/<c>--</c>, <c>&lt;&lt;&lt;</c>, <c>exit()</c> and
        /// <c>error()</c> become statements; anything else is evaluated for its side effects.
        /// </summary>
        private IrStatement LowerExpressionStatement(ExpressionSyntax expression)
        {
            IrStatement lowered = Unparenthesize(expression) switch
            {
                AssignmentExpressionSyntax assignment => LowerAssignment(assignment),
                PrefixUnaryExpressionSyntax { Operand: var operand } prefix
                    when prefix.Kind is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression =>
                    LowerIncrement(operand, prefix.Kind == SyntaxKind.PreIncrementExpression),
                PostfixUnaryExpressionSyntax postfix =>
                    LowerIncrement(postfix.Operand, postfix.Kind == SyntaxKind.PostIncrementExpression),
                InvocationExpressionSyntax invocation when TryLowerControlCall(invocation) is { } control => control,
                InvocationExpressionSyntax invocation when TryLowerHistogramPrint(invocation) is { } print => print,
                MacroInvocationExpressionSyntax macro => LowerMacroStatement(macro),
                var other => new IrExpressionStatement(LowerExpression(other)),
            };
            return lowered with { Location = LocationOf(expression) };
        }

        private IrStatement LowerIncrement(ExpressionSyntax operand, bool increment)
        {
            IrExpression target = LowerAssignable(operand);
            // An index with side effects must be evaluated once: the expression form reads and writes through the same keys.
            if (HasSideEffects(operand))
                return new IrExpressionStatement(new IrIncrementExpression(target, increment, Postfix: true));
            var step = new IrBinaryExpression(increment ? IrBinaryOperator.Add : IrBinaryOperator.Subtract, ReadAgain(operand, target), new IrLongLiteral(1));
            return new IrAssignment(target, step);
        }

        private IrStatement LowerAssignment(AssignmentExpressionSyntax assignment)
        {
            if (assignment.Kind == SyntaxKind.AggregateAssignmentExpression)
                return LowerStatisticAdd(assignment);

            var (target, value) = LowerAssignmentParts(assignment);
            return new IrAssignment(target, value);
        }

        /// <summary>An assignment whose value is used (<c>x = y = 0</c>, <c>if ((n = f()) &gt; 0)</c>).</summary>
        private IrExpression LowerAssignmentValue(AssignmentExpressionSyntax assignment)
        {
            if (assignment.Kind == SyntaxKind.AggregateAssignmentExpression)
                return Unsupported(assignment, "'<<<' used as a value");
            var (target, value) = LowerAssignmentParts(assignment);
            return new IrAssignmentExpression(target, value);
        }

        /// <summary>The target and the value to store: for a compound assignment, the target combined with the right operand.</summary>
        private (IrExpression Target, IrExpression Value) LowerAssignmentParts(AssignmentExpressionSyntax assignment)
        {
            IrExpression target = LowerAssignable(assignment.Left);
            IrExpression value = LowerExpression(assignment.Right);
            if (assignment.Kind == SyntaxKind.SimpleAssignmentExpression)
                return (target, value);

            IrExpression current = ReadAgain(assignment.Left, target);
            IrExpression combined = assignment.Kind switch
            {
                SyntaxKind.ConcatenateAssignmentExpression => new IrConcatenation(current, value) { Location = ExpressionLocationOf(assignment) },
                SyntaxKind.AddAssignmentExpression => Binary(IrBinaryOperator.Add),
                SyntaxKind.SubtractAssignmentExpression => Binary(IrBinaryOperator.Subtract),
                SyntaxKind.MultiplyAssignmentExpression => Binary(IrBinaryOperator.Multiply),
                SyntaxKind.DivideAssignmentExpression => Binary(IrBinaryOperator.Divide),
                SyntaxKind.ModuloAssignmentExpression => Binary(IrBinaryOperator.Modulo),
                SyntaxKind.LeftShiftAssignmentExpression => Binary(IrBinaryOperator.ShiftLeft),
                SyntaxKind.RightShiftAssignmentExpression => Binary(IrBinaryOperator.ShiftRight),
                SyntaxKind.AndAssignmentExpression => Binary(IrBinaryOperator.BitwiseAnd),
                SyntaxKind.ExclusiveOrAssignmentExpression => Binary(IrBinaryOperator.ExclusiveOr),
                SyntaxKind.OrAssignmentExpression => Binary(IrBinaryOperator.BitwiseOr),
                _ => Unsupported(assignment, "the assignment operator '" + assignment.OperatorToken.Text + "'"),
            };
            return (target, combined);

            IrExpression Binary(IrBinaryOperator op) => new IrBinaryExpression(op, current, value) { Location = ExpressionLocationOf(assignment) };
        }

        /// <summary><c>++x</c>/<c>x++</c>/<c>--x</c>/<c>x--</c> whose value is used; the target's keys are evaluated once.</summary>
        private IrExpression LowerIncrementValue(ExpressionSyntax operand, bool increment, bool postfix) =>
            new IrIncrementExpression(LowerAssignable(operand), increment, postfix);

        /// <summary>
        /// The target read a second time for a compound assignment. Only safe when its indexes have no side effects,
        /// which is checked here rather than silently evaluating a call twice.
        /// </summary>
        private IrExpression ReadAgain(ExpressionSyntax syntax, IrExpression target)
        {
            if (HasSideEffects(syntax))
                return Unsupported(syntax, "a compound assignment to an element whose index has side effects");
            return target;
        }

        private static bool HasSideEffects(ExpressionSyntax syntax) =>
            syntax.DescendantNodes().Any(n => n is InvocationExpressionSyntax or AssignmentExpressionSyntax or MacroInvocationExpressionSyntax
                or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { Kind: SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression });

        /// <summary>A variable or array element that can be assigned.</summary>
        private IrExpression LowerAssignable(ExpressionSyntax syntax)
        {
            syntax = Unparenthesize(syntax);
            switch (syntax)
            {
                case IdentifierNameSyntax name:
                    return LowerName(name) with { Location = ExpressionLocationOf(name) };
                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    return LowerElementAccess(element) with { Location = ExpressionLocationOf(element) };
                case TargetSymbolExpressionSyntax when IsProcfsValue(syntax):
                    return LowerProcfsValue(syntax);
                case TargetSymbolExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax:
                    Report(ErrorCode.ERR_LoweringTargetConstruct, syntax, Shorten(syntax.ToString()));
                    return new IrLongLiteral(0);
                default:
                    return Unsupported(syntax, "assignment to '" + Shorten(syntax.ToString()) + "'");
            }
        }

        /// <summary><c>exit()</c> and <c>error(msg)</c> of the tapset library are IR statements, not calls.</summary>
        private IrStatement? TryLowerControlCall(InvocationExpressionSyntax invocation)
        {
            if (SymbolOf(invocation) is not FunctionSymbol { IsLibrary: true } function)
                return null;
            var arguments = invocation.ArgumentList.Arguments;
            if (function.Name == "exit" && arguments.Count == 0)
                return new IrExit();
            if (function.Name == "error" && arguments.Count == 1)
                return new IrError(LowerExpression(arguments[0]));
            return null;
        }
    }
}
