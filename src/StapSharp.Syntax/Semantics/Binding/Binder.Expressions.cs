using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>Binds an expression and returns the slot of its value type.</summary>
        private TypeSlot BindExpression(ExpressionSyntax expression, BoundScope scope)
        {
            // Deep expressions (a 20,000-term chain, thousands of nested parentheses) finish on a larger stack.
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => BindExpression(expression, scope));
            var slot = BindExpressionCore(expression, scope);
            _types[expression] = slot;
            return slot;
        }

        private TypeSlot BindExpressionCore(ExpressionSyntax expression, BoundScope scope)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return TypeSlot.ForValue(literal.Kind == SyntaxKind.StringLiteralExpression ? StapType.String : StapType.Long, null);
                case ParenthesizedExpressionSyntax parenthesized:
                    return BindExpression(parenthesized.Expression, scope);
                case IdentifierNameSyntax name:
                    return NoteValueUse(BindScalarName(name, scope, isWrite: false), name);
                case ArgumentExpressionSyntax argument:
                    return BindArgument(argument);
                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    return NoteValueUse(BindElementAccess(element, scope, isWrite: false, allowWildcards: false), element);
                case InvocationExpressionSyntax invocation:
                    return invocation.Kind == SyntaxKind.PrintInvocationExpression ? BindPrint(invocation, scope) : BindCall(invocation, scope);
                case PrefixUnaryExpressionSyntax prefix:
                    return BindPrefix(prefix, scope);
                case PostfixUnaryExpressionSyntax postfix:
                    BindIncrement(postfix.Operand, postfix.OperatorToken, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                case BinaryExpressionSyntax binary:
                    return BindBinary(binary, scope);
                case AssignmentExpressionSyntax assignment:
                    return BindAssignment(assignment, scope);
                case ConditionalExpressionSyntax conditional:
                {
                    BindCondition(conditional.Condition, scope);
                    var whenTrue = BindExpression(conditional.WhenTrue, scope);
                    var whenFalse = BindExpression(conditional.WhenFalse, scope);
                    UnifyOrReport(whenTrue, whenFalse, conditional.WhenFalse, index: -1);
                    return whenTrue;
                }

                case MembershipExpressionSyntax membership:
                    BindMembership(membership, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                case StatisticExpressionSyntax statistic:
                    BindStatisticOperand(statistic.Operand, scope);
                    if (statistic.Shift is { } shift) BindExpression(shift, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                case HistogramExpressionSyntax histogram:
                    BindStatisticOperand(histogram.Operand, scope);
                    return TypeSlot.ForValue(StapType.Unknown, null);
                case TupleExpressionSyntax tuple:
                    foreach (var element in tuple.Elements) BindExpression(element, scope);
                    return TypeSlot.ForValue(StapType.Unknown, null);
                case WildcardExpressionSyntax wildcard:
                    if (!scope.IsLibrary) Report(ErrorCode.ERR_WildcardNotAllowed, wildcard);
                    return TypeSlot.ForValue(StapType.Unknown, null);
                case AtOperatorExpressionSyntax atOperator:
                    return BindAtOperator(atOperator, scope);
                case EmbeddedCodeExpressionSyntax embedded:
                    return TypeSlot.ForValue(embedded.EmbeddedCodeToken.Text.Contains("/* string */") ? StapType.String : StapType.Long, null);
                case MacroInvocationExpressionSyntax macro:
                    return BindMacroInvocation(macro, scope);
                default:
                    return BindTargetExpression(expression, scope);
            }
        }

        /// <summary>A variable read as a plain value; a statistics aggregate cannot be (stap: "invalid type stats").</summary>
        private TypeSlot NoteValueUse(TypeSlot slot, ExpressionSyntax use)
        {
            _valueUses.Add((slot, use));
            return slot;
        }

        /// <summary>$1 is substituted by its text (often a number, unknown here); @1 is always a string.</summary>
        private static TypeSlot BindArgument(ArgumentExpressionSyntax argument)
        {
            string text = argument.Token.Text;
            if (text.StartsWith("@", System.StringComparison.Ordinal)) return TypeSlot.ForValue(StapType.String, null);
            if (text == "$#") return TypeSlot.ForValue(StapType.Long, null);
            return TypeSlot.Opaque(argument);
        }

        private TypeSlot BindScalarName(IdentifierNameSyntax name, BoundScope scope, bool isWrite)
        {
            var info = LookupVariable(name.Identifier.ValueText, scope, name)!;
            _symbols[name] = info.Symbol;
            if (isWrite) NoteWrite(info, name);
            else NoteRead(info, name);
            SetArity(info, 0, name);
            return info.Value;
        }

        private TypeSlot BindElementAccess(ElementAccessExpressionSyntax element, BoundScope scope, bool isWrite, bool allowWildcards)
        {
            var arguments = element.ArgumentList.Arguments;
            if (Unparenthesize(element.Expression) is not IdentifierNameSyntax name)
            {
                BindExpression(element.Expression, scope);
                foreach (var argument in arguments) BindExpression(argument, scope);
                return TypeSlot.Opaque(element);
            }

            var info = BindArrayName(name, arguments.Count, scope, isWrite);
            int index = 0;
            bool reportedWildcard = false;
            foreach (var argument in arguments)
            {
                if (argument is WildcardExpressionSyntax)
                {
                    if (!allowWildcards && !reportedWildcard && !scope.IsLibrary)
                    {
                        reportedWildcard = true;
                        Report(ErrorCode.ERR_WildcardNotAllowed, name);
                    }
                }
                else
                {
                    var slot = BindExpression(argument, scope);
                    if (info is not null && index < info.Indexes.Count) UnifyOrReport(info.Indexes[index], slot, argument, index);
                }

                index++;
            }

            return info?.Value ?? TypeSlot.Opaque(element);
        }

        private void BindMembership(MembershipExpressionSyntax membership, BoundScope scope)
        {
            var keys = new List<ExpressionSyntax>();
            if (Unparenthesize(membership.Keys) is TupleExpressionSyntax tuple) keys.AddRange(tuple.Elements);
            else keys.Add(membership.Keys);

            var array = Unparenthesize(membership.Array);
            VariableInfo? info = null;
            if (array is IdentifierNameSyntax name) info = BindArrayName(name, keys.Count, scope, isWrite: false);
            else BindExpression(array, scope);

            for (int i = 0; i < keys.Count; i++)
            {
                if (keys[i] is WildcardExpressionSyntax) continue;
                var slot = BindExpression(keys[i], scope);
                if (info is not null && i < info.Indexes.Count) UnifyOrReport(info.Indexes[i], slot, keys[i], i);
            }
        }

        /// <summary>The operand of @count, @hist_log, ... must be a statistics variable or array element.</summary>
        private void BindStatisticOperand(ExpressionSyntax operand, BoundScope scope)
        {
            var target = Unparenthesize(operand);
            TypeSlot slot;
            switch (target)
            {
                case IdentifierNameSyntax name:
                    slot = BindScalarName(name, scope, isWrite: false);
                    break;
                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    slot = BindElementAccess(element, scope, isWrite: false, allowWildcards: false);
                    break;
                default:
                    BindExpression(operand, scope);
                    if (!scope.IsLibrary) Report(ErrorCode.ERR_StatisticsOperandRequired, operand);
                    return;
            }

            _types[target] = slot;
            RequireSlot(slot, StapType.Statistics, target, isVariableUse: true);
        }

        private TypeSlot BindPrefix(PrefixUnaryExpressionSyntax prefix, BoundScope scope)
        {
            switch (prefix.Kind)
            {
                case SyntaxKind.PreIncrementExpression:
                case SyntaxKind.PreDecrementExpression:
                    BindIncrement(prefix.Operand, prefix.OperatorToken, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                case SyntaxKind.AddressOfExpression:
                    BindExpression(prefix.Operand, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                default:
                {
                    var operand = BindExpression(prefix.Operand, scope);
                    Require(operand, StapType.Long, prefix.Operand);
                    return TypeSlot.ForValue(StapType.Long, null);
                }
            }
        }

        private void BindIncrement(ExpressionSyntax operand, SyntaxToken operatorToken, BoundScope scope)
        {
            var slot = BindLvalue(operand, operatorToken, scope, isReadToo: true);
            if (slot is not null) Require(slot, StapType.Long, operand);
        }

        private TypeSlot BindBinary(BinaryExpressionSyntax binary, BoundScope scope)
        {
            var left = BindExpression(binary.Left, scope);
            var right = BindExpression(binary.Right, scope);
            switch (binary.Kind)
            {
                case SyntaxKind.ConcatenateExpression:
                    Require(left, StapType.String, binary.Left);
                    Require(right, StapType.String, binary.Right);
                    return TypeSlot.ForValue(StapType.String, null);
                case SyntaxKind.RegexMatchExpression:
                case SyntaxKind.RegexNotMatchExpression:
                    Require(left, StapType.String, binary.Left);
                    Require(right, StapType.String, binary.Right);
                    CheckRegexPattern(binary.Right);
                    return TypeSlot.ForValue(StapType.Long, null);
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

                    return TypeSlot.ForValue(StapType.Long, null);
                default:
                    Require(left, StapType.Long, binary.Left);
                    Require(right, StapType.Long, binary.Right);
                    return TypeSlot.ForValue(StapType.Long, null);
            }
        }

        private TypeSlot BindAssignment(AssignmentExpressionSyntax assignment, BoundScope scope)
        {
            bool isCompound = assignment.Kind != SyntaxKind.SimpleAssignmentExpression && assignment.Kind != SyntaxKind.AggregateAssignmentExpression;
            var right = BindExpression(assignment.Right, scope);
            var left = BindLvalue(assignment.Left, assignment.OperatorToken, scope, isReadToo: isCompound);
            if (left is null) return right;
            switch (assignment.Kind)
            {
                case SyntaxKind.SimpleAssignmentExpression:
                    UnifyOrReport(left, right, assignment.Left, index: -1, conflictAtLeft: true, rightNode: assignment.Right);
                    return left;
                case SyntaxKind.AggregateAssignmentExpression:
                    RequireSlot(left, StapType.Statistics, assignment.Left, isVariableUse: true);
                    Require(right, StapType.Long, assignment.Right);
                    return TypeSlot.ForValue(StapType.Long, null);
                case SyntaxKind.ConcatenateAssignmentExpression:
                    Require(left, StapType.String, assignment.Left);
                    Require(right, StapType.String, assignment.Right);
                    return left;
                default:
                    Require(left, StapType.Long, assignment.Left);
                    Require(right, StapType.Long, assignment.Right);
                    return left;
            }
        }

        /// <summary>Binds the target of an assignment, ++/-- or &lt;&lt;&lt;; reports non-lvalues and target writes without guru mode.</summary>
        private TypeSlot? BindLvalue(ExpressionSyntax target, SyntaxToken operatorToken, BoundScope scope, bool isReadToo)
        {
            var inner = Unparenthesize(target);
            TypeSlot slot;
            switch (inner)
            {
                case IdentifierNameSyntax name:
                {
                    slot = BindScalarName(name, scope, isWrite: true);
                    if (isReadToo) NoteRead(_variables[(VariableSymbol)_symbols[name]], name);
                    break;
                }

                case ElementAccessExpressionSyntax element when element.Kind == SyntaxKind.ElementAccessExpression:
                    slot = BindElementAccess(element, scope, isWrite: true, allowWildcards: false);
                    break;
                case TargetSymbolExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax or AtVarExpressionSyntax:
                    slot = BindExpression(inner, scope);
                    bool isProcfsValue = scope.IsProcfs && inner is TargetSymbolExpressionSyntax { Identifier.Text: "$value" };
                    if (!scope.IsLibrary && !isProcfsValue && !IsGuruMode) Report(ErrorCode.ERR_TargetWriteNeedsGuru, inner);
                    break;
                default:
                    BindExpression(inner, scope);
                    if (!scope.IsLibrary && inner is not MacroInvocationExpressionSyntax) Report(ErrorCode.ERR_ExpectingLvalue, operatorToken);
                    return null;
            }

            _types[target] = slot;
            return slot;
        }

        private TypeSlot BindCall(InvocationExpressionSyntax invocation, BoundScope scope)
        {
            string name = invocation.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            int valueUses = _valueUses.Count;
            var argumentSlots = new List<TypeSlot>(arguments.Count);
            foreach (var argument in arguments) argumentSlots.Add(BindExpression(argument, scope));

            // $3(...) names a function (or an operator such as @count) only once the command-line arguments are known.
            if (name.StartsWith("$", System.StringComparison.Ordinal) || name.StartsWith("@", System.StringComparison.Ordinal))
            {
                _valueUses.RemoveRange(valueUses, _valueUses.Count - valueUses);
                return TypeSlot.Opaque(invocation);
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

                return TypeSlot.Opaque(invocation);
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

                return TypeSlot.Opaque(invocation);
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

            return result;
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

        private TypeSlot BindPrint(InvocationExpressionSyntax invocation, BoundScope scope)
        {
            string name = invocation.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            bool returnsString = name.StartsWith("s", System.StringComparison.Ordinal);
            var result = TypeSlot.ForValue(returnsString ? StapType.String : StapType.Unknown, null);
            if (name.EndsWith("printf", System.StringComparison.Ordinal) && arguments.Count > 0 && arguments[0] is LiteralExpressionSyntax format
                && format.Kind == SyntaxKind.StringLiteralExpression)
            {
                BindExpression(format, scope);
                var parsed = PrintfFormat.Parse(SemanticFacts.GetLiteralValue(format));
                if (parsed.HasErrors) CheckPrintfFormat(format, parsed);
                else if (parsed.ArgumentCount != arguments.Count - 1 && !scope.IsLibrary)
                {
                    Report(ErrorCode.ERR_PrintfArgumentCount, invocation.Identifier, parsed.ArgumentCount, arguments.Count - 1);
                }

                for (int i = 1; i < arguments.Count; i++)
                {
                    var slot = BindExpression(arguments[i], scope);
                    if (parsed.HasErrors || i - 1 >= parsed.ArgumentTypes.Count) continue;
                    Require(slot, parsed.ArgumentTypes[i - 1] == PrintfArgumentType.String ? StapType.String : StapType.Long, arguments[i]);
                }

                return result;
            }

            foreach (var argument in arguments)
            {
                // print(@hist_log(s)) prints the histogram; any other argument is a scalar of either type.
                BindExpression(argument, scope);
            }

            return result;
        }

        private TypeSlot BindAtOperator(AtOperatorExpressionSyntax atOperator, BoundScope scope)
        {
            switch (atOperator.Kind)
            {
                case SyntaxKind.DefinedExpression:
                    // @defined tests whether its operand resolves, so an unresolvable target symbol is no error inside it.
                    _suppressTargetErrors++;
                    BindExpression(atOperator.Operand, scope);
                    _suppressTargetErrors--;
                    return TypeSlot.ForValue(StapType.Long, null);
                case SyntaxKind.EntryExpression:
                {
                    if (!scope.IsReturnProbe && !scope.IsLibrary && !scope.IsFunction && !scope.IsOpaque)
                    {
                        Report(ErrorCode.ERR_EntryOutsideReturnProbe, atOperator.OperatorKeyword);
                    }

                    return BindExpression(atOperator.Operand, scope);
                }

                case SyntaxKind.ConstExpression:
                    BindExpression(atOperator.Operand, scope);
                    return TypeSlot.Opaque(atOperator);
                default:
                    if (atOperator.Operand is not IdentifierNameSyntax) BindExpression(atOperator.Operand, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
            }
        }

        private int _suppressTargetErrors;

        /// <summary>Target symbols, member access, @cast, @var and derefs: typed "target" (no debuginfo here).</summary>
        private TypeSlot BindTargetExpression(ExpressionSyntax expression, BoundScope scope)
        {
            switch (expression)
            {
                case TargetSymbolExpressionSyntax target:
                {
                    string name = target.Identifier.Text;
                    bool isPretty = name.StartsWith("$$", System.StringComparison.Ordinal) || name.EndsWith("$", System.StringComparison.Ordinal);
                    // A procfs probe's $value is the file's text: a string, like stap's procfs_value_get/set.
                    isPretty |= scope.IsProcfs && name == "$value";
                    var type = isPretty ? StapType.String : StapType.Target;
                    _symbols[target] = new TargetVariableSymbol(name, target, scope.IsLibrary, type);
                    if (!scope.HasTargetVariables && !scope.IsLibrary && !scope.IsFunction && !scope.IsOpaque && _suppressTargetErrors == 0)
                    {
                        Report(ErrorCode.ERR_UnresolvedTargetSymbol, target);
                    }

                    return isPretty ? TypeSlot.ForValue(StapType.String, null) : TypeSlot.Opaque(target);
                }

                case MemberAccessExpressionSyntax member:
                    BindExpression(member.Expression, scope);
                    return member.Name.Text.EndsWith("$", System.StringComparison.Ordinal) ? TypeSlot.ForValue(StapType.String, null) : TypeSlot.Opaque(member);
                case ElementAccessExpressionSyntax targetIndex:
                    BindExpression(targetIndex.Expression, scope);
                    foreach (var argument in targetIndex.ArgumentList.Arguments) BindExpression(argument, scope);
                    return TypeSlot.Opaque(targetIndex);
                case PrettyPrintExpressionSyntax pretty:
                    BindExpression(pretty.Expression, scope);
                    return TypeSlot.ForValue(StapType.String, null);
                case CastExpressionSyntax cast:
                    BindExpression(cast.Expression, scope);
                    return TypeSlot.Opaque(cast);
                case AtVarExpressionSyntax:
                    return TypeSlot.Opaque(expression);
                case DerefExpressionSyntax deref:
                    BindExpression(deref.Address, scope);
                    return TypeSlot.ForValue(StapType.Long, null);
                case EnumnameExpressionSyntax enumname:
                    BindExpression(enumname.Expression, scope);
                    return TypeSlot.ForValue(StapType.String, null);
                default:
                    foreach (var child in expression.ChildNodes())
                    {
                        if (child is ExpressionSyntax inner) BindExpression(inner, scope);
                    }

                    return TypeSlot.Opaque(expression);
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
