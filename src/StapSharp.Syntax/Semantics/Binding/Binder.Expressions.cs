using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>Binds an expression: the bound node, whose type slot takes part in inference.</summary>
        private BoundExpression BindExpression(ExpressionSyntax expression, BoundScope scope)
        {
            // Deep expressions (a 20,000-term chain, thousands of nested parentheses) finish on a larger stack.
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => BindExpression(expression, scope));
            var bound = BindExpressionCore(expression, scope);
            _types[expression] = bound.TypeSlot;
            _bound[expression] = bound;
            return bound;
        }

        private BoundExpression BindExpressionCore(ExpressionSyntax expression, BoundScope scope)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return BindLiteral(literal);
                case ParenthesizedExpressionSyntax parenthesized:
                    return BindExpression(parenthesized.Expression, scope);
                case IdentifierNameSyntax name:
                {
                    var reference = BindScalarName(name, scope, isWrite: false);
                    NoteValueUse(reference.TypeSlot, name);
                    return reference;
                }

                case ArgumentExpressionSyntax argument:
                    return BindArgument(argument);
                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                {
                    var access = BindElementAccess(element, scope, isWrite: false, allowWildcards: false);
                    if (access is BoundArrayElement) NoteValueUse(access.TypeSlot, element);
                    return access;
                }

                case InvocationExpressionSyntax invocation:
                    return invocation.Kind == SyntaxKind.PrintInvocationExpression ? BindPrint(invocation, scope) : BindCall(invocation, scope);
                case PrefixUnaryExpressionSyntax prefix:
                    return BindPrefix(prefix, scope);
                case PostfixUnaryExpressionSyntax postfix:
                {
                    var operand = BindIncrement(postfix.Operand, postfix.OperatorToken, scope);
                    return new BoundIncrement(postfix, LongSlot(), operand, postfix.Kind == SyntaxKind.PostIncrementExpression, isPostfix: true);
                }

                case BinaryExpressionSyntax binary:
                    return BindBinary(binary, scope);
                case AssignmentExpressionSyntax assignment:
                    return BindAssignment(assignment, scope);
                case ConditionalExpressionSyntax conditional:
                {
                    var condition = BindCondition(conditional.Condition, scope);
                    var whenTrue = BindExpression(conditional.WhenTrue, scope);
                    var whenFalse = BindExpression(conditional.WhenFalse, scope);
                    UnifyOrReport(whenTrue.TypeSlot, whenFalse.TypeSlot, conditional.WhenFalse, index: -1);
                    return new BoundConditional(conditional, whenTrue.TypeSlot, condition, whenTrue, whenFalse);
                }

                case MembershipExpressionSyntax membership:
                    return BindMembership(membership, scope);
                case StatisticExpressionSyntax statistic:
                {
                    var operand = BindStatisticOperand(statistic.Operand, scope);
                    var shift = statistic.Shift is { } shiftSyntax ? BindExpression(shiftSyntax, scope) : null;
                    return new BoundStatistic(statistic, LongSlot(), StatisticKindOf(statistic.Kind), operand, shift);
                }

                case HistogramExpressionSyntax histogram:
                {
                    var operand = BindStatisticOperand(histogram.Operand, scope);
                    var parameters = histogram.Bounds is { } bounds
                        ? ImmutableArray.Create(BindConstantOperand(bounds.Low), BindConstantOperand(bounds.High), BindConstantOperand(bounds.Step))
                        : ImmutableArray<BoundExpression>.Empty;
                    return new BoundHistogram(histogram, TypeSlot.ForValue(StapType.Unknown, null), histogram.Kind != SyntaxKind.LogHistogramExpression, operand, parameters);
                }

                case TupleExpressionSyntax tuple:
                {
                    var elements = ImmutableArray.CreateBuilder<BoundExpression>(tuple.Elements.Count);
                    foreach (var element in tuple.Elements) elements.Add(BindExpression(element, scope));
                    return new BoundBadExpression(tuple, TypeSlot.ForValue(StapType.Unknown, null), elements.MoveToImmutable());
                }

                case WildcardExpressionSyntax wildcard:
                    if (!scope.IsLibrary) Report(ErrorCode.ERR_WildcardNotAllowed, wildcard);
                    return new BoundWildcard(wildcard, TypeSlot.ForValue(StapType.Unknown, null));
                case AtOperatorExpressionSyntax atOperator:
                    return BindAtOperator(atOperator, scope);
                case EmbeddedCodeExpressionSyntax embedded:
                    return new BoundEmbeddedExpression(embedded,
                        TypeSlot.ForValue(embedded.EmbeddedCodeToken.Text.Contains("/* string */") ? StapType.String : StapType.Long, null),
                        SemanticFacts.GetEmbeddedCode(embedded.EmbeddedCodeToken));
                case MacroInvocationExpressionSyntax macro:
                    return BindMacroInvocation(macro, scope);
                default:
                    return BindTargetExpression(expression, scope);
            }
        }

        private static TypeSlot LongSlot() => TypeSlot.ForValue(StapType.Long, null);

        /// <summary>A number or string literal: its stap value decoded once, here.</summary>
        private static BoundExpression BindLiteral(LiteralExpressionSyntax literal)
        {
            if (literal.Kind != SyntaxKind.StringLiteralExpression)
                return new BoundLongLiteral(literal, LongSlot(), literal.Tokens.Count > 0 && literal.Tokens[0].Value is long value ? value : 0);
            string text = SemanticFacts.GetLiteralValue(literal);
            return new BoundStringLiteral(literal, TypeSlot.ForValue(StapType.String, null), text, StringLiteralText.DecodeEscapes(text));
        }

        /// <summary>
        /// A histogram bound, which stap wants as a constant: a literal (possibly signed or parenthesized) is bound as
        /// such, anything else as a bad expression without binding it, so that a name there declares no local.
        /// </summary>
        private static BoundExpression BindConstantOperand(ExpressionSyntax expression)
        {
            switch (Unparenthesize(expression))
            {
                case LiteralExpressionSyntax literal:
                    return BindLiteral(literal);
                case PrefixUnaryExpressionSyntax { Kind: SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression } unary when ConstantLong(unary) is long value:
                    return new BoundUnary(unary, LongSlot(), unary.Kind == SyntaxKind.UnaryMinusExpression ? BoundUnaryOperatorKind.Negate : BoundUnaryOperatorKind.Plus,
                        BindConstantOperand(unary.Operand), value);
                default:
                    return new BoundBadExpression(expression, TypeSlot.Opaque(expression), ImmutableArray<BoundExpression>.Empty);
            }
        }

        /// <summary>The value of a number literal, possibly parenthesized and signed (so that the minimum long stays a literal).</summary>
        private static long? ConstantLong(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.NumericLiteralExpression
                && literal.Tokens.Count == 1 && literal.Tokens[0].Value is long value => value,
            PrefixUnaryExpressionSyntax { Operand: var operand } unary when unary.Kind == SyntaxKind.UnaryMinusExpression
                && ConstantLong(operand) is long value => unchecked(-value),
            PrefixUnaryExpressionSyntax { Operand: var operand } unary when unary.Kind == SyntaxKind.UnaryPlusExpression => ConstantLong(operand),
            ParenthesizedExpressionSyntax parenthesized => ConstantLong(parenthesized.Expression),
            _ => null,
        };

        /// <summary>A variable read as a plain value; a statistics aggregate cannot be (stap: "invalid type stats").</summary>
        private void NoteValueUse(TypeSlot slot, ExpressionSyntax use) => _valueUses.Add((slot, use));

        /// <summary>$1 is substituted by its text (often a number, unknown here); @1 is always a string.</summary>
        private BoundScriptArgument BindArgument(ArgumentExpressionSyntax argument)
        {
            string text = argument.Token.Text;
            bool isString = text.StartsWith("@", System.StringComparison.Ordinal);
            TypeSlot slot = isString ? TypeSlot.ForValue(StapType.String, null) : text == "$#" ? LongSlot() : TypeSlot.Opaque(argument);
            int number = text.Length < 2 ? -1
                : text[1] == '#' ? 0
                : int.TryParse(text.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 ? n : -1;
            var given = _options.ParseOptions.Arguments;
            string? value = given is null || number < 0 ? null
                : number == 0 ? given.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : number <= given.Count ? given[number - 1] : null;
            return new BoundScriptArgument(argument, slot, number, isString, text, value);
        }

        private BoundVariableReference BindScalarName(IdentifierNameSyntax name, BoundScope scope, bool isWrite)
        {
            var info = LookupVariable(name.Identifier.ValueText, scope, name)!;
            _symbols[name] = info.Symbol;
            if (isWrite) NoteWrite(info, name);
            else NoteRead(info, name);
            SetArity(info, 0, name);
            return Reference(name, info.Symbol, info.Value);
        }

        /// <summary>A reference to a variable, recorded as the bound node of its name.</summary>
        private BoundVariableReference Reference(IdentifierNameSyntax name, VariableSymbol variable, TypeSlot slot)
        {
            var reference = new BoundVariableReference(name, slot, variable);
            _bound[name] = reference;
            return reference;
        }

        /// <summary>The reference to an array name bound by <see cref="BindArrayName"/> (a non-global is reported there).</summary>
        private BoundVariableReference ArrayReference(IdentifierNameSyntax name, VariableInfo? info)
        {
            var variable = (VariableSymbol)_symbols[name];
            return Reference(name, variable, info?.Value ?? _variables[variable].Value);
        }

        private BoundExpression BindElementAccess(ElementAccessExpressionSyntax element, BoundScope scope, bool isWrite, bool allowWildcards)
        {
            var arguments = element.ArgumentList.Arguments;
            if (Unparenthesize(element.Expression) is not IdentifierNameSyntax name)
            {
                var indexed = BindExpression(element.Expression, scope);
                var operands = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Count + 1);
                operands.Add(indexed);
                foreach (var argument in arguments) operands.Add(BindExpression(argument, scope));
                if (indexed is BoundHistogram histogram && arguments.Count == 1)
                    return new BoundHistogramBucket(element, TypeSlot.Opaque(element), histogram, operands[1]);
                return new BoundBadExpression(element, TypeSlot.Opaque(element), operands.ToImmutable());
            }

            var info = BindArrayName(name, arguments.Count, scope, isWrite);
            var array = ArrayReference(name, info);
            var keys = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Count);
            int index = 0;
            bool reportedWildcard = false;
            foreach (var argument in arguments)
            {
                if (argument is WildcardExpressionSyntax wildcard)
                {
                    if (!allowWildcards && !reportedWildcard && !scope.IsLibrary)
                    {
                        reportedWildcard = true;
                        Report(ErrorCode.ERR_WildcardNotAllowed, name);
                    }

                    keys.Add(Wildcard(wildcard));
                }
                else
                {
                    var key = BindExpression(argument, scope);
                    keys.Add(key);
                    if (info is not null && index < info.Indexes.Count) UnifyOrReport(info.Indexes[index], key.TypeSlot, argument, index);
                }

                index++;
            }

            return new BoundArrayElement(element, info?.Value ?? TypeSlot.Opaque(element), array.Variable, keys.MoveToImmutable());
        }

        /// <summary>A <c>*</c> key where one is allowed: bound without the "wildcard not allowed" check.</summary>
        private BoundWildcard Wildcard(WildcardExpressionSyntax wildcard)
        {
            var bound = new BoundWildcard(wildcard, TypeSlot.ForValue(StapType.Unknown, null));
            _bound[wildcard] = bound;
            return bound;
        }

        private BoundMembership BindMembership(MembershipExpressionSyntax membership, BoundScope scope)
        {
            var keys = new List<ExpressionSyntax>();
            if (Unparenthesize(membership.Keys) is TupleExpressionSyntax tuple) keys.AddRange(tuple.Elements);
            else keys.Add(membership.Keys);

            var array = Unparenthesize(membership.Array);
            VariableInfo? info = null;
            BoundExpression boundArray;
            if (array is IdentifierNameSyntax name)
            {
                info = BindArrayName(name, keys.Count, scope, isWrite: false);
                boundArray = ArrayReference(name, info);
            }
            else
            {
                boundArray = BindExpression(array, scope);
            }

            var boundKeys = ImmutableArray.CreateBuilder<BoundExpression>(keys.Count);
            for (int i = 0; i < keys.Count; i++)
            {
                if (keys[i] is WildcardExpressionSyntax wildcard)
                {
                    boundKeys.Add(Wildcard(wildcard));
                    continue;
                }

                var key = BindExpression(keys[i], scope);
                boundKeys.Add(key);
                if (info is not null && i < info.Indexes.Count) UnifyOrReport(info.Indexes[i], key.TypeSlot, keys[i], i);
            }

            return new BoundMembership(membership, LongSlot(), boundArray, boundKeys.MoveToImmutable());
        }

        /// <summary>The operand of @count, @hist_log, ... must be a statistics variable or array element.</summary>
        private BoundExpression BindStatisticOperand(ExpressionSyntax operand, BoundScope scope)
        {
            var target = Unparenthesize(operand);
            BoundExpression bound;
            switch (target)
            {
                case IdentifierNameSyntax name:
                    bound = BindScalarName(name, scope, isWrite: false);
                    break;
                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    bound = BindElementAccess(element, scope, isWrite: false, allowWildcards: false);
                    break;
                default:
                    bound = BindExpression(operand, scope);
                    if (!scope.IsLibrary) Report(ErrorCode.ERR_StatisticsOperandRequired, operand);
                    return bound;
            }

            _types[target] = bound.TypeSlot;
            _bound[target] = bound;
            RequireSlot(bound.TypeSlot, StapType.Statistics, target, isVariableUse: true);
            return bound;
        }

        private static BoundStatisticKind StatisticKindOf(SyntaxKind kind) => kind switch
        {
            SyntaxKind.CountExpression or SyntaxKind.AtCountKeyword => BoundStatisticKind.Count,
            SyntaxKind.SumExpression or SyntaxKind.AtSumKeyword => BoundStatisticKind.Sum,
            SyntaxKind.MinExpression or SyntaxKind.AtMinKeyword => BoundStatisticKind.Min,
            SyntaxKind.MaxExpression or SyntaxKind.AtMaxKeyword => BoundStatisticKind.Max,
            SyntaxKind.AverageExpression or SyntaxKind.AtAvgKeyword => BoundStatisticKind.Average,
            _ => BoundStatisticKind.Variance,
        };

        private BoundExpression BindPrefix(PrefixUnaryExpressionSyntax prefix, BoundScope scope)
        {
            switch (prefix.Kind)
            {
                case SyntaxKind.PreIncrementExpression:
                case SyntaxKind.PreDecrementExpression:
                {
                    var operand = BindIncrement(prefix.Operand, prefix.OperatorToken, scope);
                    return new BoundIncrement(prefix, LongSlot(), operand, prefix.Kind == SyntaxKind.PreIncrementExpression, isPostfix: false);
                }

                case SyntaxKind.AddressOfExpression:
                    return new BoundUnary(prefix, LongSlot(), BoundUnaryOperatorKind.AddressOf, BindExpression(prefix.Operand, scope), null);
                default:
                {
                    var operand = BindExpression(prefix.Operand, scope);
                    Require(operand.TypeSlot, StapType.Long, prefix.Operand);
                    var kind = prefix.Kind switch
                    {
                        SyntaxKind.UnaryMinusExpression => BoundUnaryOperatorKind.Negate,
                        SyntaxKind.LogicalNotExpression => BoundUnaryOperatorKind.LogicalNot,
                        SyntaxKind.BitwiseNotExpression => BoundUnaryOperatorKind.BitwiseNot,
                        _ => BoundUnaryOperatorKind.Plus,
                    };
                    long? constant = kind is BoundUnaryOperatorKind.Negate or BoundUnaryOperatorKind.Plus ? ConstantLong(prefix) : null;
                    return new BoundUnary(prefix, LongSlot(), kind, operand, constant);
                }
            }
        }

        /// <summary>The target of <c>++</c>/<c>--</c>, bound as an lvalue that is read too.</summary>
        private BoundExpression BindIncrement(ExpressionSyntax operand, SyntaxToken operatorToken, BoundScope scope)
        {
            var (target, slot) = BindLvalue(operand, operatorToken, scope, isReadToo: true);
            if (slot is not null) Require(slot, StapType.Long, operand);
            return target;
        }

        private BoundExpression BindBinary(BinaryExpressionSyntax binary, BoundScope scope)
        {
            var boundLeft = BindExpression(binary.Left, scope);
            var boundRight = BindExpression(binary.Right, scope);
            var left = boundLeft.TypeSlot;
            var right = boundRight.TypeSlot;
            switch (binary.Kind)
            {
                case SyntaxKind.ConcatenateExpression:
                    Require(left, StapType.String, binary.Left);
                    Require(right, StapType.String, binary.Right);
                    return new BoundBinary(binary, TypeSlot.ForValue(StapType.String, null), BoundBinaryOperatorKind.Concatenate, boundLeft, boundRight);
                case SyntaxKind.RegexMatchExpression:
                case SyntaxKind.RegexNotMatchExpression:
                    Require(left, StapType.String, binary.Left);
                    Require(right, StapType.String, binary.Right);
                    return new BoundRegexMatch(binary, LongSlot(), boundLeft, boundRight, BindRegexPattern(binary.Right, boundRight),
                        binary.Kind == SyntaxKind.RegexNotMatchExpression);
                case SyntaxKind.LessThanExpression:
                case SyntaxKind.LessThanOrEqualExpression:
                case SyntaxKind.GreaterThanExpression:
                case SyntaxKind.GreaterThanOrEqualExpression:
                case SyntaxKind.EqualsExpression:
                case SyntaxKind.NotEqualsExpression:
                    // Comparisons need both sides of one scalar type, whichever it is.
                    if (!TypeSlot.TryUnify(left, right))
                    {
                        if (!scope.IsLibrary)
                        {
                            Report(ErrorCode.ERR_OperandTypeMismatch, binary.Right,
                                StapTypeFacts.GetDisplayName(left.Type), StapTypeFacts.GetDisplayName(right.Type));
                        }
                    }
                    else if (left.Type == StapType.Statistics)
                    {
                        Require(right, StapType.Long, binary.Right);
                    }

                    return new BoundBinary(binary, LongSlot(), BinaryOperatorOf(binary.Kind), boundLeft, boundRight);
                default:
                    Require(left, StapType.Long, binary.Left);
                    Require(right, StapType.Long, binary.Right);
                    return new BoundBinary(binary, LongSlot(), BinaryOperatorOf(binary.Kind), boundLeft, boundRight);
            }
        }

        private static BoundBinaryOperatorKind BinaryOperatorOf(SyntaxKind kind) => kind switch
        {
            SyntaxKind.AddExpression => BoundBinaryOperatorKind.Add,
            SyntaxKind.SubtractExpression => BoundBinaryOperatorKind.Subtract,
            SyntaxKind.MultiplyExpression => BoundBinaryOperatorKind.Multiply,
            SyntaxKind.DivideExpression => BoundBinaryOperatorKind.Divide,
            SyntaxKind.ModuloExpression => BoundBinaryOperatorKind.Modulo,
            SyntaxKind.LeftShiftExpression => BoundBinaryOperatorKind.ShiftLeft,
            SyntaxKind.RightShiftExpression => BoundBinaryOperatorKind.ShiftRight,
            SyntaxKind.UnsignedRightShiftExpression => BoundBinaryOperatorKind.UnsignedShiftRight,
            SyntaxKind.BitwiseAndExpression => BoundBinaryOperatorKind.BitwiseAnd,
            SyntaxKind.BitwiseOrExpression => BoundBinaryOperatorKind.BitwiseOr,
            SyntaxKind.ExclusiveOrExpression => BoundBinaryOperatorKind.ExclusiveOr,
            SyntaxKind.ConcatenateExpression => BoundBinaryOperatorKind.Concatenate,
            SyntaxKind.EqualsExpression => BoundBinaryOperatorKind.Equal,
            SyntaxKind.NotEqualsExpression => BoundBinaryOperatorKind.NotEqual,
            SyntaxKind.LessThanExpression => BoundBinaryOperatorKind.LessThan,
            SyntaxKind.LessThanOrEqualExpression => BoundBinaryOperatorKind.LessThanOrEqual,
            SyntaxKind.GreaterThanExpression => BoundBinaryOperatorKind.GreaterThan,
            SyntaxKind.GreaterThanOrEqualExpression => BoundBinaryOperatorKind.GreaterThanOrEqual,
            SyntaxKind.LogicalAndExpression => BoundBinaryOperatorKind.LogicalAnd,
            SyntaxKind.LogicalOrExpression => BoundBinaryOperatorKind.LogicalOr,
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "not a binary operator"),
        };

        private static BoundAssignmentOperatorKind AssignmentOperatorOf(SyntaxKind kind) => kind switch
        {
            SyntaxKind.SimpleAssignmentExpression => BoundAssignmentOperatorKind.Simple,
            SyntaxKind.AggregateAssignmentExpression => BoundAssignmentOperatorKind.Aggregate,
            SyntaxKind.ConcatenateAssignmentExpression => BoundAssignmentOperatorKind.Concatenate,
            SyntaxKind.AddAssignmentExpression => BoundAssignmentOperatorKind.Add,
            SyntaxKind.SubtractAssignmentExpression => BoundAssignmentOperatorKind.Subtract,
            SyntaxKind.MultiplyAssignmentExpression => BoundAssignmentOperatorKind.Multiply,
            SyntaxKind.DivideAssignmentExpression => BoundAssignmentOperatorKind.Divide,
            SyntaxKind.ModuloAssignmentExpression => BoundAssignmentOperatorKind.Modulo,
            SyntaxKind.LeftShiftAssignmentExpression => BoundAssignmentOperatorKind.ShiftLeft,
            SyntaxKind.RightShiftAssignmentExpression => BoundAssignmentOperatorKind.ShiftRight,
            SyntaxKind.AndAssignmentExpression => BoundAssignmentOperatorKind.BitwiseAnd,
            SyntaxKind.ExclusiveOrAssignmentExpression => BoundAssignmentOperatorKind.ExclusiveOr,
            SyntaxKind.OrAssignmentExpression => BoundAssignmentOperatorKind.BitwiseOr,
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "not an assignment operator"),
        };

        private BoundExpression BindAssignment(AssignmentExpressionSyntax assignment, BoundScope scope)
        {
            bool isCompound = assignment.Kind != SyntaxKind.SimpleAssignmentExpression && assignment.Kind != SyntaxKind.AggregateAssignmentExpression;
            var value = BindExpression(assignment.Right, scope);
            var right = value.TypeSlot;
            var (target, left) = BindLvalue(assignment.Left, assignment.OperatorToken, scope, isReadToo: isCompound);
            var kind = AssignmentOperatorOf(assignment.Kind);
            if (left is null) return new BoundAssignment(assignment, right, kind, target, value);
            switch (assignment.Kind)
            {
                case SyntaxKind.SimpleAssignmentExpression:
                    UnifyOrReport(left, right, assignment.Left, index: -1, conflictAtLeft: true, rightNode: assignment.Right);
                    return new BoundAssignment(assignment, left, kind, target, value);
                case SyntaxKind.AggregateAssignmentExpression:
                    RequireSlot(left, StapType.Statistics, assignment.Left, isVariableUse: true);
                    Require(right, StapType.Long, assignment.Right);
                    return new BoundAssignment(assignment, LongSlot(), kind, target, value);
                case SyntaxKind.ConcatenateAssignmentExpression:
                    Require(left, StapType.String, assignment.Left);
                    Require(right, StapType.String, assignment.Right);
                    return new BoundAssignment(assignment, left, kind, target, value);
                default:
                    Require(left, StapType.Long, assignment.Left);
                    Require(right, StapType.Long, assignment.Right);
                    return new BoundAssignment(assignment, left, kind, target, value);
            }
        }

        /// <summary>
        /// Binds the target of an assignment, ++/-- or &lt;&lt;&lt;; reports non-lvalues and target writes without guru mode.
        /// The slot is null when the target is not assignable.
        /// </summary>
        private (BoundExpression Target, TypeSlot? Slot) BindLvalue(ExpressionSyntax target, SyntaxToken operatorToken, BoundScope scope, bool isReadToo)
        {
            var inner = Unparenthesize(target);
            BoundExpression bound;
            switch (inner)
            {
                case IdentifierNameSyntax name:
                {
                    bound = BindScalarName(name, scope, isWrite: true);
                    if (isReadToo) NoteRead(_variables[(VariableSymbol)_symbols[name]], name);
                    break;
                }

                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    bound = BindElementAccess(element, scope, isWrite: true, allowWildcards: false);
                    break;
                case TargetSymbolExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax or AtVarExpressionSyntax:
                    bound = BindExpression(inner, scope);
                    bool isProcfsValue = scope.IsProcfs && inner is TargetSymbolExpressionSyntax { Identifier.Text: "$value" };
                    if (!scope.IsLibrary && !isProcfsValue && !IsGuruMode) Report(ErrorCode.ERR_TargetWriteNeedsGuru, inner);
                    break;
                default:
                    bound = BindExpression(inner, scope);
                    if (!scope.IsLibrary && inner is not MacroInvocationExpressionSyntax) Report(ErrorCode.ERR_ExpectingLvalue, operatorToken);
                    return (bound, null);
            }

            _types[target] = bound.TypeSlot;
            _bound[inner] = bound;
            _bound[target] = bound;
            return (bound, bound.TypeSlot);
        }

        private BoundExpression BindCall(InvocationExpressionSyntax invocation, BoundScope scope)
        {
            string name = invocation.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            int valueUses = _valueUses.Count;
            var boundArguments = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Count);
            foreach (var argument in arguments) boundArguments.Add(BindExpression(argument, scope));
            var argumentSlots = boundArguments.Select(a => a.TypeSlot).ToList();

            // $3(...) names a function (or an operator such as @count) only once the command-line arguments are known.
            if (name.StartsWith("$", System.StringComparison.Ordinal) || name.StartsWith("@", System.StringComparison.Ordinal))
            {
                _valueUses.RemoveRange(valueUses, _valueUses.Count - valueUses);
                return new BoundBadExpression(invocation, TypeSlot.Opaque(invocation), boundArguments.ToImmutable());
            }

            var overloads = LookupFunctions(name, scope.Tree);
            if (overloads.Count == 0)
            {
                if (!scope.IsLibrary)
                {
                    var similar = ProbeMatchTree.Similar(name, AllFunctionNames());
                    string suggestions = string.Join(", ", similar);
                    Report(ErrorCode.ERR_UnresolvedFunction, invocation.Identifier, name, suggestions.Length == 0 ? "" : " (similar: " + suggestions + ")");
                }

                return new BoundBadExpression(invocation, TypeSlot.Opaque(invocation), boundArguments.ToImmutable());
            }

            var matching = overloads.FindAll(f => f.Parameters.Count == arguments.Count);
            _candidates[invocation] = overloads.ConvertAll(f => (Symbol)f.Symbol).ToImmutableArray();
            if (matching.Count == 0)
            {
                foreach (var function in overloads) function.CallCount++;
                if (!scope.IsLibrary)
                {
                    Report(ErrorCode.ERR_FunctionArityMismatch, invocation.Identifier, name, overloads[0].Parameters.Count);
                    Report(ErrorCode.ERR_ArityFirstInferredHere, ((FunctionDeclarationSyntax)overloads[0].Symbol.DeclaringSyntax!).Identifier, overloads[0].Parameters.Count);
                }

                return new BoundBadExpression(invocation, TypeSlot.Opaque(invocation), boundArguments.ToImmutable());
            }

            _symbols[invocation] = matching[0].Symbol;
            var result = matching[0].Return;
            foreach (var function in matching)
            {
                function.CallCount++;
                function.Symbol.IsReferenced = true;
                NoteCall(scope, invocation, function.Symbol);
                for (int i = 0; i < argumentSlots.Count; i++) UnifyOrReport(function.Parameters[i].Value, argumentSlots[i], arguments[i], i);
                if (function != matching[0]) TypeSlot.TryUnify(result, function.Return);
            }

            return Intrinsics.Bind(invocation, matching[0].Symbol, result, boundArguments.ToImmutable());
        }

        private IEnumerable<string> AllFunctionNames()
        {
            foreach (string name in _functions.Keys) yield return name;
            if (_library is null) yield break;
            foreach (string name in _library.FunctionNames)
            {
                if (!_functions.ContainsKey(name)) yield return name;
            }
        }

        private BoundExpression BindPrint(InvocationExpressionSyntax invocation, BoundScope scope)
        {
            string name = invocation.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            Intrinsics.TryGetPrintKind(name, out var printKind, out bool returnsString);
            var result = TypeSlot.ForValue(returnsString ? StapType.String : StapType.Unknown, null);
            var bound = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Count);
            if (printKind == BoundPrintKind.Printf && arguments.Count > 0 && arguments[0] is LiteralExpressionSyntax format
                && format.Kind == SyntaxKind.StringLiteralExpression)
            {
                var formatArgument = BindExpression(format, scope);
                var parsed = PrintfFormat.Parse(SemanticFacts.GetLiteralValue(format));
                if (parsed.HasErrors) CheckPrintfFormat(format, parsed);
                else if (parsed.ArgumentCount != arguments.Count - 1 && !scope.IsLibrary)
                {
                    Report(ErrorCode.ERR_PrintfArgumentCount, invocation.Identifier, parsed.ArgumentCount, arguments.Count - 1);
                }

                for (int i = 1; i < arguments.Count; i++)
                {
                    var argument = BindExpression(arguments[i], scope);
                    bound.Add(argument);
                    if (parsed.HasErrors || i - 1 >= parsed.ArgumentTypes.Count) continue;
                    Require(argument.TypeSlot, parsed.ArgumentTypes[i - 1] == PrintfArgumentType.String ? StapType.String : StapType.Long, arguments[i]);
                }

                return new BoundPrint(invocation, result, printKind, returnsString, formatArgument, parsed, bound.ToImmutable());
            }

            foreach (var argument in arguments)
            {
                // print(@hist_log(s)) prints the histogram; any other argument is a scalar of either type.
                bound.Add(BindExpression(argument, scope));
            }

            // printf with a computed format and printd's delimiter: the first argument is not a value printed.
            bool hasLeadingArgument = printKind is BoundPrintKind.Printf or BoundPrintKind.Printd or BoundPrintKind.Printdln && bound.Count > 0;
            var leading = hasLeadingArgument ? bound[0] : null;
            var printed = hasLeadingArgument ? bound.ToImmutable().RemoveAt(0) : bound.ToImmutable();
            return new BoundPrint(invocation, result, printKind, returnsString, leading, null, printed);
        }

        private BoundExpression BindAtOperator(AtOperatorExpressionSyntax atOperator, BoundScope scope)
        {
            switch (atOperator.Kind)
            {
                case SyntaxKind.DefinedExpression:
                {
                    // @defined tests whether its operand resolves, so an unresolvable target symbol is no error inside it.
                    _suppressTargetErrors++;
                    var operand = BindExpression(atOperator.Operand, scope);
                    _suppressTargetErrors--;
                    return new BoundTargetExpression(atOperator, LongSlot(), null, ImmutableArray.Create(operand));
                }

                case SyntaxKind.EntryExpression:
                {
                    if (!scope.IsReturnProbe && !scope.IsLibrary && !scope.IsFunction && !scope.IsOpaque)
                    {
                        Report(ErrorCode.ERR_EntryOutsideReturnProbe, atOperator.OperatorKeyword);
                    }

                    var operand = BindExpression(atOperator.Operand, scope);
                    return new BoundTargetExpression(atOperator, operand.TypeSlot, null, ImmutableArray.Create(operand));
                }

                case SyntaxKind.ConstExpression:
                {
                    var operand = BindExpression(atOperator.Operand, scope);
                    return new BoundConst(atOperator, TypeSlot.Opaque(atOperator), operand, (operand as BoundStringLiteral)?.Value);
                }

                default:
                {
                    var operands = atOperator.Operand is not IdentifierNameSyntax
                        ? ImmutableArray.Create(BindExpression(atOperator.Operand, scope))
                        : ImmutableArray<BoundExpression>.Empty;
                    return new BoundTargetExpression(atOperator, LongSlot(), null, operands);
                }
            }
        }

        private int _suppressTargetErrors;

        /// <summary>Target symbols, member access, @cast, @var and derefs: typed "target" (no debuginfo here).</summary>
        private BoundExpression BindTargetExpression(ExpressionSyntax expression, BoundScope scope)
        {
            BoundTargetExpression Target(TypeSlot slot, params BoundExpression[] operands) =>
                new(expression, slot, null, operands.ToImmutableArray());
            switch (expression)
            {
                case TargetSymbolExpressionSyntax target:
                {
                    string name = target.Identifier.Text;
                    bool isPretty = name.StartsWith("$$", System.StringComparison.Ordinal) || name.EndsWith("$", System.StringComparison.Ordinal);
                    // A procfs probe's $value is the file's text: a string, like stap's procfs_value_get/set.
                    isPretty |= scope.IsProcfs && name == "$value";
                    var type = isPretty ? StapType.String : StapType.Target;
                    var symbol = new TargetVariableSymbol(name, target, scope.IsLibrary, type);
                    _symbols[target] = symbol;
                    if (!scope.HasTargetVariables && !scope.IsLibrary && !scope.IsFunction && !scope.IsOpaque && _suppressTargetErrors == 0)
                    {
                        Report(ErrorCode.ERR_UnresolvedTargetSymbol, target);
                    }

                    var slot = isPretty ? TypeSlot.ForValue(StapType.String, null) : TypeSlot.Opaque(target);
                    return new BoundTargetExpression(target, slot, symbol, ImmutableArray<BoundExpression>.Empty);
                }

                case MemberAccessExpressionSyntax member:
                {
                    var operand = BindExpression(member.Expression, scope);
                    return Target(member.Name.Text.EndsWith("$", System.StringComparison.Ordinal) ? TypeSlot.ForValue(StapType.String, null) : TypeSlot.Opaque(member), operand);
                }

                case ElementAccessExpressionSyntax targetIndex:
                {
                    var operands = new List<BoundExpression> { BindExpression(targetIndex.Expression, scope) };
                    foreach (var argument in targetIndex.ArgumentList.Arguments) operands.Add(BindExpression(argument, scope));
                    return Target(TypeSlot.Opaque(targetIndex), operands.ToArray());
                }

                case PrettyPrintExpressionSyntax pretty:
                    return Target(TypeSlot.ForValue(StapType.String, null), BindExpression(pretty.Expression, scope));
                case CastExpressionSyntax cast:
                    return Target(TypeSlot.Opaque(cast), BindExpression(cast.Expression, scope));
                case AtVarExpressionSyntax:
                    return Target(TypeSlot.Opaque(expression));
                case DerefExpressionSyntax deref:
                    return Target(LongSlot(), BindExpression(deref.Address, scope));
                case EnumnameExpressionSyntax enumname:
                    return Target(TypeSlot.ForValue(StapType.String, null), BindExpression(enumname.Expression, scope));
                default:
                {
                    var operands = new List<BoundExpression>();
                    foreach (var child in expression.ChildNodes())
                    {
                        if (child is ExpressionSyntax inner) operands.Add(BindExpression(inner, scope));
                    }

                    return new BoundBadExpression(expression, TypeSlot.Opaque(expression), operands.ToImmutableArray());
                }
            }
        }

        private MacroSymbol? FindMacro(string name, StapSyntaxTree tree)
        {
            if (!_macros.TryGetValue(name, out var list) && _library is not null)
            {
                foreach (string path in _library.GetFilesDefiningMacro(name)) PullLibraryFile(path);
                _macros.TryGetValue(name, out list);
            }

            if (list is null) return null;
            foreach (var macro in list)
            {
                if (macro.DeclaringSyntax!.SyntaxTree == tree) return macro;
            }

            foreach (var macro in list)
            {
                if (macro.IsLibrary && macro.DeclaringSyntax!.SyntaxTree.FilePath.EndsWith(".stpm", System.StringComparison.Ordinal)) return macro;
            }

            return list[0];
        }
    }
}
