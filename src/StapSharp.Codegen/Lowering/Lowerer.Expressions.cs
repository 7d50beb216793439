using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        private IrExpression LowerExpression(ExpressionSyntax expression)
        {
            // Deep expressions (long operator chains, thousands of nested parentheses) finish on a larger stack.
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => LowerExpression(expression));
            IrExpression lowered = expression switch
            {
                ParenthesizedExpressionSyntax parenthesized => LowerExpression(parenthesized.Expression),
                LiteralExpressionSyntax literal => LowerLiteral(literal),
                IdentifierNameSyntax name => LowerName(name),
                ArgumentExpressionSyntax argument => LowerScriptArgument(argument),
                ElementAccessExpressionSyntax element when Unparenthesize(element.Expression) is HistogramExpressionSyntax histogram => LowerHistogramBucket(element, histogram),
                ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression => LowerElementAccess(element),
                InvocationExpressionSyntax invocation => LowerInvocation(invocation),
                PrefixUnaryExpressionSyntax prefix => LowerPrefix(prefix),
                BinaryExpressionSyntax binary => LowerBinary(binary),
                MembershipExpressionSyntax membership => LowerMembership(membership),
                ConditionalExpressionSyntax conditional => new IrConditionalExpression(LowerExpression(conditional.Condition),
                    LowerExpression(conditional.WhenTrue), LowerExpression(conditional.WhenFalse)),
                StatisticExpressionSyntax statistic => LowerStatistic(statistic),
                TargetSymbolExpressionSyntax when IsProcfsValue(expression) => LowerProcfsValue(expression),
                TargetSymbolExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax
                    or AtVarExpressionSyntax or PrettyPrintExpressionSyntax or DerefExpressionSyntax or EnumnameExpressionSyntax => ReportTarget(expression),
                AssignmentExpressionSyntax assignment => LowerAssignmentValue(assignment),
                PostfixUnaryExpressionSyntax postfix => LowerIncrementValue(postfix.Operand, postfix.Kind == SyntaxKind.PostIncrementExpression, postfix: true),
                MacroInvocationExpressionSyntax macro => LowerMacroValue(macro),
                EmbeddedCodeExpressionSyntax embedded => LowerEmbeddedExpression(embedded),
                AtOperatorExpressionSyntax constant when constant.Kind == SyntaxKind.ConstExpression => LowerConst(constant),
                HistogramExpressionSyntax => Unsupported(expression, "a histogram used as a value ('" + Shorten(expression.ToString()) + "'; print, sprint, index or iterate it)"),
                _ => Unsupported(expression, "the expression '" + Shorten(expression.ToString()) + "'"),
            };
            return lowered.Location is null ? lowered with { Location = ExpressionLocationOf(expression) } : lowered;
        }

        private IrExpression ReportTarget(ExpressionSyntax expression)
        {
            Report(ErrorCode.ERR_LoweringTargetConstruct, expression, Shorten(expression.ToString()));
            return new IrLongLiteral(0);
        }

        private IrExpression LowerLiteral(LiteralExpressionSyntax literal)
        {
            if (literal.Kind == SyntaxKind.StringLiteralExpression)
            {
                return LiteralText(literal) is string text
                    ? new IrStringLiteral(text)
                    : Unsupported(literal, "a string escape for a byte above \\177");
            }

            return new IrLongLiteral(literal.Tokens.Count > 0 && literal.Tokens[0].Value is long value ? value : 0);
        }

        private IrExpression LowerName(IdentifierNameSyntax name)
        {
            switch (SymbolOf(name))
            {
                case GlobalSymbol { IsArray: true }:
                    return Unsupported(name, "the array '" + name.Identifier.ValueText + "' used as a scalar");
                case GlobalSymbol global:
                    return new IrGlobalReference(GetGlobal(global, name));
                case VariableSymbol variable:
                    return new IrLocalReference(GetLocal(name.Identifier.ValueText, variable.Type, name));
                default:
                    return Unsupported(name, "the name '" + name.Identifier.ValueText + "'");
            }
        }

        /// <summary><c>$1</c> and <c>@1</c> become literals of the script arguments given to the compilation.</summary>
        private IrExpression LowerScriptArgument(ArgumentExpressionSyntax argument)
        {
            string text = argument.Token.Text;
            var arguments = _compilation.Options.ParseOptions.Arguments;
            if (arguments is null || text.Length < 2)
                return Unsupported(argument, "the script argument '" + text + "' without --arg values");
            bool isString = text[0] == '@';
            if (text[1] == '#')
                return isString ? new IrStringLiteral(arguments.Count.ToString(CultureInfo.InvariantCulture)) : new IrLongLiteral(arguments.Count);
            if (!int.TryParse(text.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index < 1 || index > arguments.Count)
                return Unsupported(argument, "the script argument '" + text + "'");
            string value = arguments[index - 1];
            if (isString)
                return new IrStringLiteral(value);
            if (TryParseLong(value, out long number))
                return new IrLongLiteral(number);
            return Unsupported(argument, "the script argument '" + text + "' (\"" + value + "\" is not a number)");
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
        private IrExpression LowerElementAccess(ElementAccessExpressionSyntax element, bool slice = false)
        {
            if (Unparenthesize(element.Expression) is not IdentifierNameSyntax name || SymbolOf(name) is not GlobalSymbol { IsArray: true } global)
                return Unsupported(element, "indexing '" + Shorten(element.Expression.ToString()) + "'");
            IrGlobal array = GetGlobal(global, name);
            if (array.ValueType == IrType.Statistics)
                return Unsupported(element, "an element of an array of statistics used as a value ('" + Shorten(element.ToString()) + "'; use an extractor such as @count)");
            return new IrArrayElement(array, LowerKeys(element.ArgumentList.Arguments, slice ? array : null));
        }

        /// <summary>The keys of an element; <c>*</c> keys become <see cref="IrWildcard"/> when <paramref name="sliceOf"/> is given.</summary>
        private ImmutableArray<IrExpression> LowerKeys(SeparatedSyntaxList<ExpressionSyntax> keys, IrGlobal? sliceOf = null)
        {
            var lowered = ImmutableArray.CreateBuilder<IrExpression>(keys.Count);
            for (int i = 0; i < keys.Count; i++)
            {
                ExpressionSyntax key = keys[i];
                if (key is not WildcardExpressionSyntax)
                    lowered.Add(LowerExpression(key));
                else if (sliceOf is { ValueType: not IrType.Statistics } && i < sliceOf.KeyTypes.Length)
                    lowered.Add(new IrWildcard(sliceOf.KeyTypes[i]) { Location = ExpressionLocationOf(key) });
                else
                    lowered.Add(Unsupported(key, sliceOf is null ? "a '*' index outside 'in', 'delete' and foreach slices" : "a '*' index into an array of statistics"));
            }
            return lowered.MoveToImmutable();
        }

        private IrExpression LowerMembership(MembershipExpressionSyntax membership)
        {
            if (Unparenthesize(membership.Array) is not IdentifierNameSyntax name || SymbolOf(name) is not GlobalSymbol { IsArray: true } global)
                return Unsupported(membership, "'in' on '" + Shorten(membership.Array.ToString()) + "'");
            ExpressionSyntax keys = Unparenthesize(membership.Keys);
            IrGlobal array = GetGlobal(global, name);
            ImmutableArray<IrExpression> lowered = keys is TupleExpressionSyntax tuple
                ? LowerKeys(tuple.Elements, array)
                : keys is WildcardExpressionSyntax && array.KeyTypes.Length == 1 && array.ValueType != IrType.Statistics
                    ? ImmutableArray.Create<IrExpression>(new IrWildcard(array.KeyTypes[0]))
                    : ImmutableArray.Create(LowerExpression(keys));
            return new IrArrayContains(array, lowered);
        }

        private IrExpression LowerPrefix(PrefixUnaryExpressionSyntax prefix)
        {
            switch (prefix.Kind)
            {
                case SyntaxKind.UnaryPlusExpression:
                    return LowerExpression(prefix.Operand);
                case SyntaxKind.UnaryMinusExpression:
                    // Folding keeps -9223372036854775808 a literal, as stap's parser does.
                    return ConstantLong(prefix) is long constant
                        ? new IrLongLiteral(constant)
                        : new IrUnaryExpression(IrUnaryOperator.Negate, LowerExpression(prefix.Operand));
                case SyntaxKind.LogicalNotExpression:
                    return new IrUnaryExpression(IrUnaryOperator.LogicalNot, LowerExpression(prefix.Operand));
                case SyntaxKind.BitwiseNotExpression:
                    return new IrUnaryExpression(IrUnaryOperator.BitwiseNot, LowerExpression(prefix.Operand));
                case SyntaxKind.AddressOfExpression:
                    return ReportTarget(prefix);
                case SyntaxKind.PreIncrementExpression:
                case SyntaxKind.PreDecrementExpression:
                    return LowerIncrementValue(prefix.Operand, prefix.Kind == SyntaxKind.PreIncrementExpression, postfix: false);
                default:
                    return Unsupported(prefix, "an assignment used as a value ('" + Shorten(prefix.ToString()) + "')");
            }
        }

        private IrExpression LowerBinary(BinaryExpressionSyntax binary)
        {
            IrExpression Arithmetic(IrBinaryOperator op) => new IrBinaryExpression(op, LowerExpression(binary.Left), LowerExpression(binary.Right));
            IrExpression Compare(IrComparisonOperator op) => new IrComparison(op, LowerExpression(binary.Left), LowerExpression(binary.Right));
            return binary.Kind switch
            {
                SyntaxKind.AddExpression => Arithmetic(IrBinaryOperator.Add),
                SyntaxKind.SubtractExpression => Arithmetic(IrBinaryOperator.Subtract),
                SyntaxKind.MultiplyExpression => Arithmetic(IrBinaryOperator.Multiply),
                SyntaxKind.DivideExpression => Arithmetic(IrBinaryOperator.Divide),
                SyntaxKind.ModuloExpression => Arithmetic(IrBinaryOperator.Modulo),
                SyntaxKind.LeftShiftExpression => Arithmetic(IrBinaryOperator.ShiftLeft),
                SyntaxKind.RightShiftExpression => Arithmetic(IrBinaryOperator.ShiftRight),
                SyntaxKind.UnsignedRightShiftExpression => Arithmetic(IrBinaryOperator.UnsignedShiftRight),
                SyntaxKind.BitwiseAndExpression => Arithmetic(IrBinaryOperator.BitwiseAnd),
                SyntaxKind.BitwiseOrExpression => Arithmetic(IrBinaryOperator.BitwiseOr),
                SyntaxKind.ExclusiveOrExpression => Arithmetic(IrBinaryOperator.ExclusiveOr),
                SyntaxKind.ConcatenateExpression => new IrConcatenation(LowerExpression(binary.Left), LowerExpression(binary.Right)),
                SyntaxKind.EqualsExpression => Compare(IrComparisonOperator.Equal),
                SyntaxKind.NotEqualsExpression => Compare(IrComparisonOperator.NotEqual),
                SyntaxKind.LessThanExpression => Compare(IrComparisonOperator.LessThan),
                SyntaxKind.LessThanOrEqualExpression => Compare(IrComparisonOperator.LessThanOrEqual),
                SyntaxKind.GreaterThanExpression => Compare(IrComparisonOperator.GreaterThan),
                SyntaxKind.GreaterThanOrEqualExpression => Compare(IrComparisonOperator.GreaterThanOrEqual),
                SyntaxKind.LogicalAndExpression => new IrLogicalExpression(true, LowerExpression(binary.Left), LowerExpression(binary.Right)),
                SyntaxKind.LogicalOrExpression => new IrLogicalExpression(false, LowerExpression(binary.Left), LowerExpression(binary.Right)),
                SyntaxKind.RegexMatchExpression => LowerRegexMatch(binary, negated: false),
                SyntaxKind.RegexNotMatchExpression => LowerRegexMatch(binary, negated: true),
                _ => Unsupported(binary, "the operator '" + binary.OperatorToken.Text + "'"),
            };
        }
    }
}
