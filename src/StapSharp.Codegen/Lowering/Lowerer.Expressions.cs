using System.Collections.Immutable;
using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        private IrExpression LowerExpression(BoundExpression expression)
        {
            // Deep expressions (long operator chains, thousands of nested parentheses) finish on a larger stack.
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => LowerExpression(expression));
            IrExpression lowered = expression switch
            {
                BoundLongLiteral literal => new IrLongLiteral(literal.Value),
                BoundStringLiteral literal => literal.Value is string text
                    ? new IrStringLiteral(text)
                    : Unsupported(literal.Syntax, "a string escape for a byte above \\177"),
                BoundVariableReference reference => LowerName(reference),
                BoundScriptArgument argument => LowerScriptArgument(argument),
                BoundHistogramBucket bucket => LowerHistogramBucket(bucket),
                BoundArrayElement element => LowerElementAccess(element),
                BoundCall call => LowerCall(call),
                BoundPrint print => LowerPrint(print),
                BoundExit or BoundError => Unsupported(expression.Syntax, "'" + ((InvocationExpressionSyntax)expression.Syntax).Identifier.ValueText + "()' used as a value"),
                BoundRegexSubexpression subexpression => new IrRegexSubexpression(LowerExpression(subexpression.Group)),
                BoundRegexGroupCount => new IrRegexGroupCount(),
                BoundUnary unary => LowerUnary(unary),
                BoundIncrement increment => new IrIncrementExpression(LowerAssignable(increment.Operand), increment.IsIncrement, increment.IsPostfix),
                BoundBinary binary => LowerBinary(binary),
                BoundRegexMatch match => LowerRegexMatch(match),
                BoundMembership membership => LowerMembership(membership),
                BoundConditional conditional => new IrConditionalExpression(LowerExpression(conditional.Condition),
                    LowerExpression(conditional.WhenTrue), LowerExpression(conditional.WhenFalse)),
                BoundStatistic statistic => LowerStatistic(statistic),
                BoundTargetExpression target => LowerTarget(target),
                BoundAssignment assignment => LowerAssignmentValue(assignment),
                BoundMacroExpansion macro => LowerMacroValue(macro),
                BoundEmbeddedExpression embedded => new IrEmbeddedExpression(embedded.Code, embedded.Type == StapType.String ? IrType.String : IrType.Long),
                BoundConst constant => LowerConst(constant),
                BoundHistogram => Unsupported(expression.Syntax, "a histogram used as a value ('" + Shorten(expression.Syntax.ToString()) + "'; print, sprint, index or iterate it)"),
                BoundBadExpression bad => LowerBad(bad),
                _ => Unsupported(expression.Syntax, "the expression '" + Shorten(expression.Syntax.ToString()) + "'"),
            };
            return lowered.Location is null ? lowered with { Location = ExpressionLocationOf((ExpressionSyntax)expression.Syntax) } : lowered;
        }

        /// <summary>Target constructs need debug information; <c>@defined</c>, <c>@entry</c> and friends are not lowered.</summary>
        private IrExpression LowerTarget(BoundTargetExpression target)
        {
            if (target.Syntax is AtOperatorExpressionSyntax)
                return Unsupported(target.Syntax, "the expression '" + Shorten(target.Syntax.ToString()) + "'");
            if (IsProcfsValue(target))
                return LowerProcfsValue(target);
            return ReportTarget(target.Syntax);
        }

        /// <summary>What the binder could not give a meaning: reported as the construct it was written as.</summary>
        private IrExpression LowerBad(BoundBadExpression bad) => bad.Syntax switch
        {
            ElementAccessExpressionSyntax element when Unparenthesize(element.Expression) is HistogramExpressionSyntax =>
                Unsupported(element, "a histogram indexed by " + element.ArgumentList.Arguments.Count.ToString(CultureInfo.InvariantCulture) + " values"),
            ElementAccessExpressionSyntax element => Unsupported(element, "indexing '" + Shorten(element.Expression.ToString()) + "'"),
            InvocationExpressionSyntax invocation => Unsupported(invocation, "the call of '" + invocation.Identifier.ValueText + "'"),
            var syntax => Unsupported(syntax, "the expression '" + Shorten(syntax.ToString()) + "'"),
        };

        private IrExpression ReportTarget(StapSyntaxNode syntax)
        {
            Report(ErrorCode.ERR_LoweringTargetConstruct, syntax, Shorten(syntax.ToString()));
            return new IrLongLiteral(0);
        }

        private IrExpression LowerName(BoundVariableReference reference)
        {
            var name = (IdentifierNameSyntax)reference.Syntax;
            switch (reference.Variable)
            {
                case GlobalSymbol { IsArray: true }:
                    return Unsupported(name, "the array '" + name.Identifier.ValueText + "' used as a scalar");
                case GlobalSymbol global:
                    return new IrGlobalReference(GetGlobal(global, name));
                default:
                    return new IrLocalReference(GetLocal(name.Identifier.ValueText, reference.Variable.Type, name));
            }
        }

        /// <summary><c>$1</c> and <c>@1</c> become literals of the script arguments given to the compilation.</summary>
        private IrExpression LowerScriptArgument(BoundScriptArgument argument)
        {
            string text = argument.Text;
            var arguments = _compilation.Options.ParseOptions.Arguments;
            if (arguments is null || text.Length < 2)
                return Unsupported(argument.Syntax, "the script argument '" + text + "' without --arg values");
            if (argument.Value is not string value || argument.Number < 0)
                return Unsupported(argument.Syntax, "the script argument '" + text + "'");
            if (argument.Number == 0)
                return argument.IsString ? new IrStringLiteral(value) : new IrLongLiteral(arguments.Count);
            if (argument.IsString)
                return new IrStringLiteral(value);
            if (TryParseLong(value, out long number))
                return new IrLongLiteral(number);
            return Unsupported(argument.Syntax, "the script argument '" + text + "' (\"" + value + "\" is not a number)");
        }

        private static bool TryParseLong(string text, out long value)
        {
            text = text.Trim();
            bool negative = text.StartsWith("-", System.StringComparison.Ordinal);
            string digits = negative || text.StartsWith("+", System.StringComparison.Ordinal) ? text.Substring(1) : text;
            bool parsed = digits.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase)
                ? long.TryParse(digits.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
                : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (parsed && negative)
                value = unchecked(-value);
            return parsed;
        }

        /// <param name="element">The element access.</param>
        /// <param name="slice">True where <c>*</c> keys are allowed (the target of <c>delete</c>).</param>
        private IrExpression LowerElementAccess(BoundArrayElement element, bool slice = false)
        {
            var syntax = (ElementAccessExpressionSyntax)element.Syntax;
            if (element.Array is not GlobalSymbol { IsArray: true } global)
                return Unsupported(syntax, "indexing '" + Shorten(syntax.Expression.ToString()) + "'");
            IrGlobal array = GetGlobal(global, Unparenthesize(syntax.Expression));
            if (array.ValueType == IrType.Statistics)
                return Unsupported(syntax, "an element of an array of statistics used as a value ('" + Shorten(syntax.ToString()) + "'; use an extractor such as @count)");
            return new IrArrayElement(array, LowerKeys(element.Keys, slice ? array : null));
        }

        /// <summary>The keys of an element; <c>*</c> keys become <see cref="IrWildcard"/> when <paramref name="sliceOf"/> is given.</summary>
        private ImmutableArray<IrExpression> LowerKeys(ImmutableArray<BoundExpression> keys, IrGlobal? sliceOf = null)
        {
            var lowered = ImmutableArray.CreateBuilder<IrExpression>(keys.Length);
            for (int i = 0; i < keys.Length; i++)
            {
                BoundExpression key = keys[i];
                if (key is not BoundWildcard)
                    lowered.Add(LowerExpression(key));
                else if (sliceOf is { ValueType: not IrType.Statistics } && i < sliceOf.KeyTypes.Length)
                    lowered.Add(new IrWildcard(sliceOf.KeyTypes[i]) { Location = ExpressionLocationOf((ExpressionSyntax)key.Syntax) });
                else
                    lowered.Add(Unsupported(key.Syntax, sliceOf is null ? "a '*' index outside 'in', 'delete' and foreach slices" : "a '*' index into an array of statistics"));
            }
            return lowered.MoveToImmutable();
        }

        private IrExpression LowerMembership(BoundMembership membership)
        {
            var syntax = (MembershipExpressionSyntax)membership.Syntax;
            if (membership.Array is not BoundVariableReference { Variable: GlobalSymbol { IsArray: true } global } reference)
                return Unsupported(syntax, "'in' on '" + Shorten(syntax.Array.ToString()) + "'");
            IrGlobal array = GetGlobal(global, reference.Syntax);
            bool isTuple = Unparenthesize(syntax.Keys) is TupleExpressionSyntax;
            ImmutableArray<IrExpression> lowered = isTuple
                ? LowerKeys(membership.Keys, array)
                : membership.Keys[0] is BoundWildcard && array.KeyTypes.Length == 1 && array.ValueType != IrType.Statistics
                    ? ImmutableArray.Create<IrExpression>(new IrWildcard(array.KeyTypes[0]))
                    : ImmutableArray.Create(LowerExpression(membership.Keys[0]));
            return new IrArrayContains(array, lowered);
        }

        private IrExpression LowerUnary(BoundUnary unary)
        {
            switch (unary.OperatorKind)
            {
                case BoundUnaryOperatorKind.Plus:
                    return LowerExpression(unary.Operand);
                case BoundUnaryOperatorKind.Negate:
                    // Folding keeps -9223372036854775808 a literal, as stap's parser does.
                    return unary.ConstantValue is long constant
                        ? new IrLongLiteral(constant)
                        : new IrUnaryExpression(IrUnaryOperator.Negate, LowerExpression(unary.Operand));
                case BoundUnaryOperatorKind.LogicalNot:
                    return new IrUnaryExpression(IrUnaryOperator.LogicalNot, LowerExpression(unary.Operand));
                case BoundUnaryOperatorKind.BitwiseNot:
                    return new IrUnaryExpression(IrUnaryOperator.BitwiseNot, LowerExpression(unary.Operand));
                default:
                    return ReportTarget(unary.Syntax);
            }
        }

        private IrExpression LowerBinary(BoundBinary binary)
        {
            IrExpression Arithmetic(IrBinaryOperator op) => new IrBinaryExpression(op, LowerExpression(binary.Left), LowerExpression(binary.Right));
            IrExpression Compare(IrComparisonOperator op) => new IrComparison(op, LowerExpression(binary.Left), LowerExpression(binary.Right));
            return binary.OperatorKind switch
            {
                BoundBinaryOperatorKind.Add => Arithmetic(IrBinaryOperator.Add),
                BoundBinaryOperatorKind.Subtract => Arithmetic(IrBinaryOperator.Subtract),
                BoundBinaryOperatorKind.Multiply => Arithmetic(IrBinaryOperator.Multiply),
                BoundBinaryOperatorKind.Divide => Arithmetic(IrBinaryOperator.Divide),
                BoundBinaryOperatorKind.Modulo => Arithmetic(IrBinaryOperator.Modulo),
                BoundBinaryOperatorKind.ShiftLeft => Arithmetic(IrBinaryOperator.ShiftLeft),
                BoundBinaryOperatorKind.ShiftRight => Arithmetic(IrBinaryOperator.ShiftRight),
                BoundBinaryOperatorKind.UnsignedShiftRight => Arithmetic(IrBinaryOperator.UnsignedShiftRight),
                BoundBinaryOperatorKind.BitwiseAnd => Arithmetic(IrBinaryOperator.BitwiseAnd),
                BoundBinaryOperatorKind.BitwiseOr => Arithmetic(IrBinaryOperator.BitwiseOr),
                BoundBinaryOperatorKind.ExclusiveOr => Arithmetic(IrBinaryOperator.ExclusiveOr),
                BoundBinaryOperatorKind.Concatenate => new IrConcatenation(LowerExpression(binary.Left), LowerExpression(binary.Right)),
                BoundBinaryOperatorKind.Equal => Compare(IrComparisonOperator.Equal),
                BoundBinaryOperatorKind.NotEqual => Compare(IrComparisonOperator.NotEqual),
                BoundBinaryOperatorKind.LessThan => Compare(IrComparisonOperator.LessThan),
                BoundBinaryOperatorKind.LessThanOrEqual => Compare(IrComparisonOperator.LessThanOrEqual),
                BoundBinaryOperatorKind.GreaterThan => Compare(IrComparisonOperator.GreaterThan),
                BoundBinaryOperatorKind.GreaterThanOrEqual => Compare(IrComparisonOperator.GreaterThanOrEqual),
                BoundBinaryOperatorKind.LogicalAnd => new IrLogicalExpression(true, LowerExpression(binary.Left), LowerExpression(binary.Right)),
                _ => new IrLogicalExpression(false, LowerExpression(binary.Left), LowerExpression(binary.Right)),
            };
        }
    }
}
