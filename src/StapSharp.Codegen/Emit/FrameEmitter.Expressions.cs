using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        /// <summary>Emits the pre-statements of <paramref name="e"/> and returns a side-effect-free C expression, or null for void.</summary>
        private string? Expression(IrExpression e)
        {
            if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => Expression(e));
            try
            {
                return Enter(e.Location) ? SpillIfLong(ExpressionCore(e), e.Type) : "0";
            }
            finally
            {
                _nesting--;
            }
        }

        private string? ExpressionCore(IrExpression e)
        {
            switch (e)
            {
                case IrLongLiteral literal:
                    return CStringLiteral.LongLiteral(literal.Value);
                case IrStringLiteral literal:
                    return CStringLiteral.Quote(literal.Value);
                case IrLocalReference local:
                    return "l->" + CNames.Local(local.Variable.Name);
                case IrGlobalReference global:
                    return GlobalValue(global);
                case IrArrayElement element:
                    return ArrayElement(element);
                case IrArrayContains contains:
                {
                    if (!CheckArray(contains.Array, contains.Keys.Length, contains.Location, allowStatistics: true))
                        return "0";
                    if (IsSlice(contains.Keys))
                        return SliceContains(contains);
                    string[] keys = MapKeys(contains.Keys, Operands(KeyExpressions(contains.Array, contains.Keys, contains.Location)));
                    string result = LongTemporary();
                    string map = "global(" + CNames.Global(contains.Array.Name) + "), " + string.Join(", ", keys);
                    _w.Line(contains.Array.ValueType == IrType.Statistics
                        ? result + " = (_stp_pmap_get_" + Suffix(contains.Array) + " (" + map + ") != NULL);"
                        : result + " = _stp_map_exists_" + Suffix(contains.Array) + " (" + map + ");");
                    return result;
                }
                case IrBinaryExpression binary:
                    return Binary(binary);
                case IrUnaryExpression unary:
                {
                    string operand = Expect(unary.Operand, IrType.Long, "unary operator");
                    return unary.Operator switch
                    {
                        IrUnaryOperator.Negate => "((int64_t)(-(uint64_t)(" + operand + ")))",
                        IrUnaryOperator.BitwiseNot => "(~(" + operand + "))",
                        _ => "((int64_t)!(" + operand + "))",
                    };
                }
                case IrComparison comparison:
                    return Comparison(comparison);
                case IrLogicalExpression logical:
                    return Logical(logical);
                case IrConcatenation concatenation:
                {
                    string[] parts = Operands(ImmutableArray.Create(concatenation.Left, concatenation.Right), IrType.String, "'.'");
                    string result = StringTemporary();
                    _w.Line("strlcpy (" + result + ", " + parts[0] + ", MAXSTRINGLEN);");
                    _w.Line("strlcat (" + result + ", " + parts[1] + ", MAXSTRINGLEN);");
                    return result;
                }
                case IrConditionalExpression conditional:
                    return Conditional(conditional);
                case IrCall call:
                    return Call(call);
                case IrFormat format:
                    return Format(format);
                case IrStatisticValue statistic:
                    return Statistic(statistic);
                case IrHistogramBucket bucket:
                    return HistogramBucket(bucket);
                case IrEmbeddedExpression embedded:
                    return EmbeddedExpression(embedded);
                case IrAssignmentExpression assignment:
                    return AssignTo(assignment.Target, assignment.Value, assignment.Location) ?? "0";
                case IrIncrementExpression increment:
                    return Increment(increment);
                case IrHistogramText text:
                    return HistogramText(text);
                case IrRegexMatch match:
                    return RegexMatch(match);
                case IrRegexSubexpression subexpression:
                    return RegexSubexpression(subexpression);
                case IrRegexGroupCount groupCount:
                    return RegexGroupCount(groupCount);
                default:
                    _context.Report(ErrorCode.ERR_UnsupportedConstruct, e.Location, e.GetType().Name);
                    return "0";
            }
        }

        /// <summary>Emits <paramref name="e"/>, reporting a type mismatch when its type is not <paramref name="type"/>.</summary>
        private string Expect(IrExpression e, IrType type, string where)
        {
            if (e.Type != type)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, e.Location, where, TypeName(type), TypeName(e.Type));
                return type == IrType.String ? "\"\"" : "0";
            }
            return Expression(e) ?? "0";
        }

        /// <summary>
        /// Emits operands left to right. When a later operand may call a function (which can change globals),
        /// earlier values that could change are copied into temporaries first, so the script's order holds.
        /// </summary>
        private string[] Operands(ImmutableArray<IrExpression> operands, IrType? expected = null, string where = "")
        {
            var values = new string[operands.Length];
            for (int i = 0; i < operands.Length; i++)
            {
                IrExpression operand = operands[i];
                values[i] = expected is IrType type ? Expect(operand, type, where) : Expression(operand) ?? "0";
                bool laterCall = false, laterAssignment = false;
                for (int j = i + 1; j < operands.Length; j++)
                {
                    laterCall |= IrWalker.ContainsCall(operands[j]);
                    laterAssignment |= IrWalker.ContainsAssignment(operands[j]);
                }
                // A later assignment may change even a frame local (`i++, i`); a call only globals.
                if (laterAssignment)
                    values[i] = SnapshotUnlessStable(values[i], operand.Type);
                else if (laterCall)
                    values[i] = Snapshot(values[i], operand.Type);
            }
            return values;
        }

        /// <summary>
        /// Stores a very long C expression in a temporary and returns the temporary instead. Each operator wraps its
        /// operands' text, so a chain of 20,000 additions would otherwise build one expression 20,000 levels deep
        /// (quadratic to build, and too deep for gcc). Storing it evaluates it at this point, which is its place in
        /// stap's left-to-right order anyway (<see cref="Snapshot"/> does the same before a later call).
        /// </summary>
        private string? SpillIfLong(string? value, IrType type)
        {
            if (value is null || value.Length <= MaxInlineExpressionLength || type is not (IrType.Long or IrType.String))
                return value;
            string temporary = type == IrType.String ? StringTemporary() : LongTemporary();
            Store(temporary, type, value);
            return temporary;
        }

        /// <summary>Copies a value into a temporary unless it is a literal or frame-local (which a call cannot change).</summary>
        private string Snapshot(string value, IrType type)
        {
            if (value.StartsWith("l->", System.StringComparison.Ordinal) || value.StartsWith("\"", System.StringComparison.Ordinal)
                || value.StartsWith("((int64_t)", System.StringComparison.Ordinal) && value.IndexOf("LL)", System.StringComparison.Ordinal) == value.Length - 3)
                return value;
            string temporary = type == IrType.String ? StringTemporary() : LongTemporary();
            Store(temporary, type, value);
            return temporary;
        }

        /// <summary>Copies a value into a temporary unless it is a literal or a temporary (which nothing changes again).</summary>
        private string SnapshotUnlessStable(string value, IrType type) =>
            IsStable(value) ? value : ForceTemporary(value, type);

        private static bool IsStable(string value) =>
            value.StartsWith("l->__tmp", System.StringComparison.Ordinal) && value.IndexOf(' ') < 0
            || value.StartsWith("\"", System.StringComparison.Ordinal)
            || value.StartsWith("((int64_t)", System.StringComparison.Ordinal) && value.IndexOf("LL)", System.StringComparison.Ordinal) == value.Length - 3;

        private ImmutableArray<IrExpression> KeyExpressions(IrGlobal array, ImmutableArray<IrExpression> keys, IrSourceLocation? location)
        {
            for (int i = 0; i < keys.Length && i < array.KeyTypes.Length; i++)
            {
                if (keys[i].Type != array.KeyTypes[i])
                {
                    _context.Report(ErrorCode.ERR_IrTypeMismatch, keys[i].Location ?? location, "key " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of '" + array.Name + "'",
                        TypeName(array.KeyTypes[i]), TypeName(keys[i].Type));
                    return array.KeyTypes.Select(t => t == IrType.String ? (IrExpression)new IrStringLiteral("") : new IrLongLiteral(0)).ToImmutableArray();
                }
            }
            return keys;
        }

        private string GlobalValue(IrGlobalReference global)
        {
            if (!_context.CheckDeclared(global.Global, global.Location))
                return "0";
            if (global.Global.IsArray || global.Type == IrType.Statistics)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, global.Location, "'" + global.Global.Name + "'", "a scalar value",
                    global.Global.IsArray ? "an array" : "statistics");
                return "0";
            }
            return "global(" + CNames.Global(global.Global.Name) + ")";
        }

        private string ArrayElement(IrArrayElement element)
        {
            if (!CheckArray(element.Array, element.Keys.Length, element.Location))
                return element.Array.ValueType == IrType.String ? "\"\"" : "0";
            string[] keys = MapKeys(element.Keys, Operands(KeyExpressions(element.Array, element.Keys, element.Location)));
            string get = "_stp_map_get_" + Suffix(element.Array) + " (global(" + CNames.Global(element.Array.Name) + "), " + string.Join(", ", keys) + ")";
            if (element.Type == IrType.String)
            {
                string copy = StringTemporary();
                _w.Line("strlcpy (" + copy + ", (" + get + " ?: \"\"), MAXSTRINGLEN);");
                return copy;
            }
            string value = LongTemporary();
            _w.Line(value + " = " + get + ";");
            return value;
        }

        private string Binary(IrBinaryExpression binary)
        {
            string[] parts = Operands(ImmutableArray.Create(binary.Left, binary.Right), IrType.Long, "arithmetic operand");
            string left = parts[0], right = parts[1];
            switch (binary.Operator)
            {
                case IrBinaryOperator.Divide:
                case IrBinaryOperator.Modulo:
                {
                    string divisor = right;
                    if (!divisor.StartsWith("l->", System.StringComparison.Ordinal))
                    {
                        divisor = LongTemporary();
                        _w.Line(divisor + " = " + right + ";");
                    }
                    FailIf("!" + divisor, "division by 0", binary.Operator == IrBinaryOperator.Divide ? "operator '/'" : "operator '%'", binary.Location);
                    string function = binary.Operator == IrBinaryOperator.Divide ? "_stp_div64" : "_stp_mod64";
                    string result = LongTemporary();
                    _w.Line(result + " = " + function + " (NULL, " + left + ", " + divisor + ");");
                    return result;
                }
                case IrBinaryOperator.UnsignedShiftRight:
                    return "((int64_t)((uint64_t)(" + left + ") >> (" + right + ")))";
                case IrBinaryOperator.Add:
                case IrBinaryOperator.Subtract:
                case IrBinaryOperator.Multiply:
                case IrBinaryOperator.ShiftLeft:
                    // Two's-complement wrap, as stap's longs do, without signed overflow (which gcc rejects in constants).
                    return "((int64_t)((uint64_t)(" + left + ") " + BinaryToken(binary.Operator) + " (uint64_t)(" + right + ")))";
                default:
                    return "((" + left + ") " + BinaryToken(binary.Operator) + " (" + right + "))";
            }
        }

        private static string BinaryToken(IrBinaryOperator op) => op switch
        {
            IrBinaryOperator.Add => "+",
            IrBinaryOperator.Subtract => "-",
            IrBinaryOperator.Multiply => "*",
            IrBinaryOperator.ShiftLeft => "<<",
            IrBinaryOperator.ShiftRight => ">>",
            IrBinaryOperator.BitwiseAnd => "&",
            IrBinaryOperator.BitwiseOr => "|",
            _ => "^",
        };

        private static string ComparisonToken(IrComparisonOperator op) => op switch
        {
            IrComparisonOperator.Equal => "==",
            IrComparisonOperator.NotEqual => "!=",
            IrComparisonOperator.LessThan => "<",
            IrComparisonOperator.LessThanOrEqual => "<=",
            IrComparisonOperator.GreaterThan => ">",
            _ => ">=",
        };

        private string Comparison(IrComparison comparison)
        {
            IrType type = comparison.Left.Type;
            if (type is not (IrType.Long or IrType.String))
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, comparison.Location, "comparison", "long or string", TypeName(type));
                return "0";
            }
            string[] parts = Operands(ImmutableArray.Create(comparison.Left, comparison.Right), type, "comparison");
            string token = ComparisonToken(comparison.Operator);
            return type == IrType.String
                ? "((int64_t)(strncmp ((" + parts[0] + "), (" + parts[1] + "), MAXSTRINGLEN) " + token + " 0))"
                : "((int64_t)((" + parts[0] + ") " + token + " (" + parts[1] + ")))";
        }

        private string Logical(IrLogicalExpression logical)
        {
            string left = Expect(logical.Left, IrType.Long, logical.IsAnd ? "'&&'" : "'||'");
            var (code, right) = Capture(() => Expect(logical.Right, IrType.Long, logical.IsAnd ? "'&&'" : "'||'"));
            string token = logical.IsAnd ? "&&" : "||";
            if (code.Length == 0)
                return "((int64_t)((" + left + ") " + token + " (" + right + ")))";
            // The right operand has statements of its own: run them only when the left one does not decide.
            string result = LongTemporary();
            _w.Line(result + " = " + (logical.IsAnd ? "0" : "1") + ";");
            _w.OpenBlock("if (" + (logical.IsAnd ? "" : "!") + "(" + left + "))");
            _w.Lines(code);
            _w.Line(result + " = ((" + right + ") != 0);");
            _w.CloseBlock();
            return result;
        }

        private string Conditional(IrConditionalExpression conditional)
        {
            IrType type = conditional.WhenTrue.Type;
            if (conditional.WhenFalse.Type != type || type is not (IrType.Long or IrType.String))
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, conditional.Location, "'?:'", TypeName(type), TypeName(conditional.WhenFalse.Type));
                return "0";
            }
            string condition = Expect(conditional.Condition, IrType.Long, "'?:' condition");
            var (trueCode, whenTrue) = Capture(() => Expect(conditional.WhenTrue, type, "'?:'"));
            var (falseCode, whenFalse) = Capture(() => Expect(conditional.WhenFalse, type, "'?:'"));
            if (trueCode.Length == 0 && falseCode.Length == 0)
                return "((" + condition + ") ? (" + whenTrue + ") : (" + whenFalse + "))";
            string result = type == IrType.String ? StringTemporary() : LongTemporary();
            _w.OpenBlock("if (" + condition + ")");
            _w.Lines(trueCode);
            Store(result, type, whenTrue);
            _w.CloseBlock();
            _w.OpenBlock("else");
            _w.Lines(falseCode);
            Store(result, type, whenFalse);
            _w.CloseBlock();
            return result;
        }

        private string? Call(IrCall call)
        {
            IrFunction? callee = _context.Analysis.FindFunction(call.FunctionName);
            if (callee is null)
            {
                _context.Report(ErrorCode.ERR_UndefinedFunction, call.Location, call.FunctionName);
                return call.Type == IrType.String ? "\"\"" : call.Type == IrType.Void ? null : "0";
            }
            if (callee.ReturnType != call.ReturnType || callee.Parameters.Length != call.Arguments.Length)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, call.Location, "call of '" + call.FunctionName + "'",
                    Signature(callee.ReturnType, callee.Parameters.Select(p => p.Type)), Signature(call.ReturnType, call.Arguments.Select(a => a.Type)));
                return call.Type == IrType.String ? "\"\"" : call.Type == IrType.Void ? null : "0";
            }
            // Arguments go through temporaries: evaluating one may itself call a function and reuse the callee's frame.
            var arguments = new string[call.Arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                IrVariable parameter = callee.Parameters[i];
                string value = Expect(call.Arguments[i], parameter.Type, "argument '" + parameter.Name + "' of '" + callee.Name + "'");
                arguments[i] = value.StartsWith("\"", System.StringComparison.Ordinal) || value.StartsWith("l->__tmp", System.StringComparison.Ordinal)
                    ? value
                    : ForceTemporary(value, parameter.Type);
            }
            string name = CNames.Function(callee.Name);
            string frame = "c->locals[c->nesting+1]." + name;
            bool copies = EmbeddedPragmas.CopiesStringArguments(callee);
            for (int i = 0; i < arguments.Length; i++)
            {
                string field = frame + "." + CNames.Local(callee.Parameters[i].Name);
                _w.Line(copies && callee.Parameters[i].Type == IrType.String
                    ? "strlcpy (" + field + ", " + arguments[i] + ", MAXSTRINGLEN);"
                    : field + " = " + arguments[i] + ";");
            }
            string? stringResult = null;
            if (callee.ReturnType == IrType.String)
            {
                stringResult = StringTemporary();
                _w.Line(frame + ".__retvalue = &" + stringResult + "[0];");
            }
            if (call.Location is not null)
                _w.Line("c->last_stmt = " + CStringLiteral.Quote("identifier '" + callee.Name + "' at " + call.Location) + ";");
            _w.Line(name + " (c);");
            // `next` in the callee asks for the next overload; there is only one.
            _w.OpenBlock("if (unlikely (c->next))");
            _w.Line("c->next = 0;");
            _w.Line("c->last_error = \"all functions exhausted\";");
            _w.Line("goto " + _errorLabel + ";");
            _w.CloseBlock();
            _w.Line("if (unlikely (c->last_error || c->aborted)) goto " + _errorLabel + ";");
            switch (callee.ReturnType)
            {
                case IrType.Long:
                    string result = LongTemporary();
                    _w.Line(result + " = " + frame + ".__retvalue;");
                    return result;
                case IrType.String:
                    return stringResult;
                default:
                    return null;
            }
        }

        private static string Signature(IrType returnType, IEnumerable<IrType> parameters) =>
            TypeName(returnType) + "(" + string.Join(", ", parameters.Select(TypeName)) + ")";

        private string ForceTemporary(string value, IrType type)
        {
            string temporary = type == IrType.String ? StringTemporary() : LongTemporary();
            Store(temporary, type, value);
            return temporary;
        }

        private string? Format(IrFormat format)
        {
            RuntimePrintfFormat parsed = RuntimePrintfFormat.Translate(format.Format);
            string callName = format.IsSprintf ? "sprintf" : "printf";
            if (parsed.Error is not null)
            {
                _context.Report(ErrorCode.ERR_InvalidPrintfFormat, format.Location, format.Format, parsed.Error);
                return format.IsSprintf ? "\"\"" : null;
            }
            bool typesMatch = parsed.Arguments.Length == format.Arguments.Length;
            for (int i = 0; typesMatch && i < format.Arguments.Length; i++)
                typesMatch = format.Arguments[i].Type == (parsed.Arguments[i] == PrintfArgumentKind.String ? IrType.String : IrType.Long);
            if (!typesMatch)
            {
                _context.Report(ErrorCode.ERR_PrintfArgumentMismatch, format.Location, format.Format,
                    "(" + string.Join(", ", RuntimePrintfFormat.Describe(parsed.Arguments)) + ")",
                    "(" + string.Join(", ", format.Arguments.Select(a => TypeName(a.Type))) + ")");
                return format.IsSprintf ? "\"\"" : null;
            }
            if (!parsed.HasDirectives)
            {
                if (format.IsSprintf)
                    return CStringLiteral.Quote(parsed.PlainText);
                _w.Line("_stp_print (" + CStringLiteral.Quote(parsed.PlainText) + ");");
                return null;
            }
            string[] values = Operands(format.Arguments);
            var arguments = new List<string> { CStringLiteral.Quote(parsed.RuntimeFormat) };
            for (int i = 0; i < values.Length; i++)
            {
                arguments.Add(parsed.Arguments[i] switch
                {
                    PrintfArgumentKind.Int => "(int) (" + values[i] + ")",
                    PrintfArgumentKind.Long => "(int64_t) (" + values[i] + ")",
                    _ => values[i],
                });
            }
            if (!format.IsSprintf)
            {
                _w.Line("_stp_printf (" + string.Join(", ", arguments) + ");");
                return null;
            }
            string result = StringTemporary();
            _w.Line("_stp_snprintf (" + result + ", MAXSTRINGLEN, " + string.Join(", ", arguments) + ");");
            _ = callName;
            return result;
        }
    }
}
