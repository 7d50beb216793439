using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// A deterministic, indented text dump of an <see cref="IrModule"/> (globals, functions, probes; every statement and
    /// expression with its type), for golden tests of the lowering. Invariant culture and "\n" line ends, so a dump is
    /// the same on every machine. Source locations are left out: they would make every dump change with whitespace.
    /// </summary>
    internal sealed class IrDumper
    {
        private readonly StringBuilder _text = new();
        private int _depth;

        public static string Dump(IrModule module)
        {
            var dumper = new IrDumper();
            dumper.WriteModule(module);
            return dumper._text.ToString();
        }

        private void WriteModule(IrModule module)
        {
            foreach (string block in module.EmbeddedBlocks)
                Line("embedded-block " + Quote(block));
            foreach (IrGlobal global in module.Globals)
                WriteGlobal(global);
            foreach (IrFunction function in module.Functions)
                WriteFunction(function);
            foreach (IrProbe probe in module.Probes)
                WriteProbe(probe);
        }

        private void WriteGlobal(IrGlobal global)
        {
            var line = new StringBuilder("global ").Append(global.Name).Append(" : ").Append(global.ValueType);
            if (global.IsArray)
                line.Append(" [").Append(string.Join(", ", global.KeyTypes)).Append(']');
            if (global.MaxEntries is int max)
                line.Append(" max=").Append(max.ToString(CultureInfo.InvariantCulture));
            if (global.Wraps)
                line.Append(" wraps");
            Line(line.ToString());
            if (global.Initializer is not null)
            {
                _depth++;
                Nested("initializer", () => WriteExpression(global.Initializer));
                _depth--;
            }
        }

        private void WriteFunction(IrFunction function)
        {
            Line("function " + function.Name + "(" + Variables(function.Parameters) + ") : " + function.ReturnType);
            _depth++;
            if (!function.Locals.IsDefaultOrEmpty)
                Line("locals " + Variables(function.Locals));
            if (function.EmbeddedCode is not null)
                Line("embedded-code " + Quote(function.EmbeddedCode));
            WriteStatement(function.Body);
            _depth--;
        }

        private void WriteProbe(IrProbe probe)
        {
            string written = probe.WrittenName is null ? "" : " written=" + Quote(probe.WrittenName);
            Line("probe " + probe.Point.ToProbePointString() + written);
            _depth++;
            if (!probe.Locals.IsDefaultOrEmpty)
                Line("locals " + Variables(probe.Locals));
            WriteStatement(probe.Body);
            _depth--;
        }

        private void WriteStatement(IrStatement statement)
        {
            switch (statement)
            {
                case IrBlock s:
                    Line("Block");
                    _depth++;
                    foreach (IrStatement child in s.Statements)
                        WriteStatement(child);
                    _depth--;
                    break;
                case IrExpressionStatement s: Nested("ExpressionStatement", () => WriteExpression(s.Expression)); break;
                case IrAssignment s:
                    Nested("Assignment", () => { Nested("target", () => WriteExpression(s.Target)); Nested("value", () => WriteExpression(s.Value)); });
                    break;
                case IrIf s:
                    Nested("If", () =>
                    {
                        Nested("condition", () => WriteExpression(s.Condition));
                        Nested("then", () => WriteStatement(s.Then));
                        if (s.Else is not null)
                            Nested("else", () => WriteStatement(s.Else));
                    });
                    break;
                case IrWhile s:
                    Nested("While", () => { Nested("condition", () => WriteExpression(s.Condition)); Nested("body", () => WriteStatement(s.Body)); });
                    break;
                case IrFor s:
                    Nested("For", () =>
                    {
                        if (s.Initializer is not null)
                            Nested("initializer", () => WriteStatement(s.Initializer));
                        if (s.Condition is not null)
                            Nested("condition", () => WriteExpression(s.Condition));
                        if (s.Increment is not null)
                            Nested("increment", () => WriteStatement(s.Increment));
                        Nested("body", () => WriteStatement(s.Body));
                    });
                    break;
                case IrForeach s:
                    {
                        var head = new StringBuilder("Foreach array=").Append(s.Array.Name).Append(" keys=(").Append(Variables(s.Keys)).Append(')');
                        if (s.Value is not null)
                            head.Append(" value=").Append(Variable(s.Value));
                        if (s.Sort is not null)
                            head.Append(" sort=").Append(Sort(s.Sort));
                        Nested(head.ToString(), () =>
                        {
                            WriteExpressions("slice", s.Slice);
                            if (s.Limit is not null)
                                Nested("limit", () => WriteExpression(s.Limit));
                            Nested("body", () => WriteStatement(s.Body));
                        });
                        break;
                    }
                case IrHistogramForeach s:
                    {
                        string value = s.Value is null ? "" : " value=" + Variable(s.Value);
                        Nested("HistogramForeach bucket=" + Variable(s.Bucket) + value + " aggregate=" + s.Aggregate.Name + " " + Histogram(s.Histogram), () =>
                        {
                            WriteExpressions("keys", s.Keys);
                            if (s.Limit is not null)
                                Nested("limit", () => WriteExpression(s.Limit));
                            Nested("body", () => WriteStatement(s.Body));
                        });
                        break;
                    }
                case IrDelete s: Nested("Delete", () => WriteExpression(s.Target)); break;
                case IrReturn s:
                    if (s.Value is null)
                        Line("Return");
                    else
                        Nested("Return", () => WriteExpression(s.Value));
                    break;
                case IrTryCatch s:
                    Nested("TryCatch" + (s.MessageVariable is null ? "" : " message=" + Variable(s.MessageVariable)), () =>
                    {
                        Nested("try", () => WriteStatement(s.Try));
                        Nested("catch", () => WriteStatement(s.Catch));
                    });
                    break;
                case IrError s: Nested("Error", () => WriteExpression(s.Message)); break;
                case IrStatisticAdd s:
                    Nested("StatisticAdd aggregate=" + s.Aggregate.Name, () => { WriteExpressions("keys", s.Keys); Nested("value", () => WriteExpression(s.Value)); });
                    break;
                case IrHistogramPrint s:
                    Nested("HistogramPrint aggregate=" + s.Aggregate.Name + " " + Histogram(s.Histogram), () => WriteExpressions("keys", s.Keys));
                    break;
                case IrBreak: Line("Break"); break;
                case IrContinue: Line("Continue"); break;
                case IrNext: Line("Next"); break;
                case IrExit: Line("Exit"); break;
                default: Line("UNKNOWN-STATEMENT " + statement.GetType().Name); break;
            }
        }

        private void WriteExpression(IrExpression expression)
        {
            string type = " : " + expression.Type;
            switch (expression)
            {
                case IrLongLiteral e: Line("Long " + e.Value.ToString(CultureInfo.InvariantCulture) + type); break;
                case IrStringLiteral e: Line("String " + Quote(e.Value) + type); break;
                case IrLocalReference e: Line("Local " + Variable(e.Variable) + type); break;
                case IrGlobalReference e: Line("Global " + e.Global.Name + type); break;
                case IrWildcard e: Line("Wildcard key=" + e.KeyType + type); break;
                case IrRegexGroupCount: Line("RegexGroupCount" + type); break;
                case IrEmbeddedExpression e: Line("EmbeddedExpression " + Quote(e.Code) + " value=" + e.ValueType + type); break;
                case IrArrayElement e: Nested("ArrayElement " + e.Array.Name + type, () => WriteList(e.Keys)); break;
                case IrArrayContains e: Nested("ArrayContains " + e.Array.Name + type, () => WriteList(e.Keys)); break;
                case IrBinaryExpression e: Binary("Binary " + e.Operator + type, e.Left, e.Right); break;
                case IrComparison e: Binary("Comparison " + e.Operator + type, e.Left, e.Right); break;
                case IrLogicalExpression e: Binary("Logical " + (e.IsAnd ? "And" : "Or") + type, e.Left, e.Right); break;
                case IrConcatenation e: Binary("Concatenation" + type, e.Left, e.Right); break;
                case IrAssignmentExpression e: Binary("AssignmentExpression" + type, e.Target, e.Value); break;
                case IrUnaryExpression e: Nested("Unary " + e.Operator + type, () => WriteExpression(e.Operand)); break;
                case IrConditionalExpression e:
                    Nested("Conditional" + type, () =>
                    {
                        WriteExpression(e.Condition);
                        WriteExpression(e.WhenTrue);
                        WriteExpression(e.WhenFalse);
                    });
                    break;
                case IrIncrementExpression e:
                    Nested("Increment " + (e.Postfix ? "postfix " : "prefix ") + (e.Increment ? "++" : "--") + type, () => WriteExpression(e.Target));
                    break;
                case IrCall e: Nested("Call " + e.FunctionName + " returns=" + e.ReturnType + type, () => WriteList(e.Arguments)); break;
                case IrFormat e: Nested((e.IsSprintf ? "Sprintf " : "Printf ") + Quote(e.Format) + type, () => WriteList(e.Arguments)); break;
                case IrRegexMatch e: Nested("RegexMatch " + (e.Negated ? "!~ " : "=~ ") + Quote(e.Pattern) + type, () => WriteExpression(e.Subject)); break;
                case IrRegexSubexpression e: Nested("RegexSubexpression" + type, () => WriteExpression(e.Index)); break;
                case IrStatisticValue e:
                    {
                        string shift = e.VarianceShift == 0 ? "" : " shift=" + e.VarianceShift.ToString(CultureInfo.InvariantCulture);
                        Nested("StatisticValue " + e.Operator + " " + e.Aggregate.Name + shift + type, () => WriteList(e.Keys));
                        break;
                    }
                case IrHistogramText e:
                    Nested("HistogramText " + e.Aggregate.Name + " " + Histogram(e.Histogram) + type, () => WriteList(e.Keys));
                    break;
                case IrHistogramBucket e:
                    Nested("HistogramBucket " + e.Aggregate.Name + " " + Histogram(e.Histogram) + type, () =>
                    {
                        WriteExpressions("keys", e.Keys);
                        Nested("index", () => WriteExpression(e.Index));
                    });
                    break;
                default: Line("UNKNOWN-EXPRESSION " + expression.GetType().Name + type); break;
            }
        }

        private void Binary(string head, IrExpression left, IrExpression right) =>
            Nested(head, () => { WriteExpression(left); WriteExpression(right); });

        private void WriteList(ImmutableArray<IrExpression> expressions)
        {
            foreach (IrExpression expression in expressions)
                WriteExpression(expression);
        }

        private void WriteExpressions(string label, ImmutableArray<IrExpression> expressions)
        {
            if (!expressions.IsDefaultOrEmpty)
                Nested(label, () => WriteList(expressions));
        }

        private void Nested(string head, System.Action body)
        {
            Line(head);
            _depth++;
            body();
            _depth--;
        }

        private void Line(string text) => _text.Append(' ', 2 * _depth).Append(text).Append('\n');

        private static string Variables(IEnumerable<IrVariable> variables) => string.Join(", ", variables.Select(Variable));

        private static string Variable(IrVariable variable) => variable.Name + ":" + variable.Type;

        private static string Sort(IrForeachSort sort) =>
            "column" + sort.Column.ToString(CultureInfo.InvariantCulture) + (sort.Descending ? "-" : "+")
            + (sort.Aggregate is null ? "" : "@" + sort.Aggregate);

        private static string Histogram(IrHistogram histogram) =>
            histogram.Kind + "(" + histogram.Start.ToString(CultureInfo.InvariantCulture) + ","
            + histogram.Stop.ToString(CultureInfo.InvariantCulture) + "," + histogram.Interval.ToString(CultureInfo.InvariantCulture) + ")";

        /// <summary>A C#-like quoted string, so control characters stay visible and the dump stays one line per node.</summary>
        private static string Quote(string value)
        {
            var quoted = new StringBuilder("\"");
            foreach (char c in value)
            {
                switch (c)
                {
                    case '\\': quoted.Append("\\\\"); break;
                    case '"': quoted.Append("\\\""); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\t': quoted.Append("\\t"); break;
                    case '\r': quoted.Append("\\r"); break;
                    default:
                        if (c < ' ')
                            quoted.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        else
                            quoted.Append(c);
                        break;
                }
            }
            return quoted.Append('"').ToString();
        }
    }
}
