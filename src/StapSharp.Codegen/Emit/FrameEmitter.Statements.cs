using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        private void Statement(IrStatement statement)
        {
            if (StackGuard.IsStackLow())
            {
                StackGuard.RunOnNewStack(() => Statement(statement));
                return;
            }
            try
            {
                if (Enter(statement.Location))
                    StatementCore(statement);
            }
            finally
            {
                _nesting--;
            }
        }

        private void StatementCore(IrStatement statement)
        {
            if (statement is not IrBlock)
            {
                if (_loopDepth == 0)
                    StraightLineActions++;
                if (statement.Location is not null)
                    _w.Line("/* " + SourceMarker + CStringLiteral.CommentText(statement.Location.ToString()) + " */");
            }
            switch (statement)
            {
                case IrBlock block:
                    foreach (IrStatement s in block.Statements)
                        Statement(s);
                    break;
                case IrExpressionStatement s:
                    string? value = Expression(s.Expression);
                    if (value is not null && s.Expression.Type != IrType.Void)
                        _w.Line("(void) (" + value + ");");
                    break;
                case IrAssignment s: AssignTo(s.Target, s.Value, s.Location); break;
                case IrIf s: If(s); break;
                case IrWhile s: Loop(null, s.Condition, null, s.Body); break;
                case IrFor s: Loop(s.Initializer, s.Condition, s.Increment, s.Body); break;
                case IrForeach s: Foreach(s); break;
                case IrDelete s: Delete(s); break;
                case IrNext s: Next(s); break;
                case IrBreak s: Jump(s, isBreak: true); break;
                case IrContinue s: Jump(s, isBreak: false); break;
                case IrReturn s: Return(s); break;
                case IrTryCatch s: TryCatch(s); break;
                case IrExit:
                    // What the exit() tapset function does: the handler runs to its end, then end probes run.
                    _w.Line("atomic_set (session_state(), STAP_SESSION_STOPPING);");
                    _w.Line("_stp_exit ();");
                    break;
                case IrError s:
                    string message = Expect(s.Message, IrType.String, "error()");
                    _w.Line("strlcpy (c->error_buffer, " + message + ", MAXSTRINGLEN);");
                    _w.Line("c->last_error = c->error_buffer;");
                    _w.Line("c->last_stmt = NULL;");
                    _w.Line("goto " + _errorLabel + ";");
                    break;
                case IrStatisticAdd s:
                    StatisticAdd(s);
                    break;
                case IrHistogramPrint s:
                    HistogramPrint(s);
                    break;
                case IrHistogramForeach s:
                    HistogramForeach(s);
                    break;
                default:
                    _context.Report(ErrorCode.ERR_UnsupportedConstruct, statement.Location, statement.GetType().Name);
                    break;
            }
        }

        /// <summary>The comment prefix that marks the script position of the following C lines.</summary>
        internal const string SourceMarker = "stap: ";

        private void Store(string destination, IrType type, string value)
        {
            if (type == IrType.String)
                _w.Line("strlcpy (" + destination + ", " + value + ", MAXSTRINGLEN);");
            else
                _w.Line(destination + " = " + value + ";");
        }

        private void If(IrIf s)
        {
            string condition = Expect(s.Condition, IrType.Long, "'if' condition");
            _w.OpenBlock("if (" + condition + ")");
            Statement(s.Then);
            if (s.Else is not null)
            {
                _w.CloseBlock();
                _w.OpenBlock("else");
                Statement(s.Else);
            }
            _w.CloseBlock();
        }

        private void Loop(IrStatement? initializer, IrExpression? condition, IrStatement? increment, IrStatement body)
        {
            if (initializer is not null)
                Statement(initializer);
            string n = NewLabelNumber();
            string top = "top_" + n, next = "continue_" + n, end = "break_" + n;
            _w.Label(top);
            if (condition is not null)
            {
                string test = Expect(condition, IrType.Long, "loop condition");
                _w.Line("if (! (" + test + ")) goto " + end + ";");
            }
            LoopBody(body, end, next);
            _w.Label(next);
            if (increment is not null)
            {
                _loopDepth++;
                Statement(increment);
                _loopDepth--;
            }
            _w.Line("goto " + top + ";");
            _w.Label(end);
        }

        /// <summary>Emits a loop body inside its own scope and charges its statements to MAXACTION on every iteration.</summary>
        private void LoopBody(IrStatement body, string breakLabel, string continueLabel)
        {
            _loops.Push((breakLabel, continueLabel));
            _loopBodyLocations.Push(FirstLocation(body));
            _loopDepth++;
            _w.OpenBlock();
            Statement(body);
            _w.CloseBlock();
            _loopDepth--;
            _loopBodyLocations.Pop();
            _loops.Pop();
            int charge = System.Math.Max(1, CountStatements(body));
            _w.Line("c->actionremaining -= " + charge.ToString(CultureInfo.InvariantCulture) + ";");
            // stap names the loop body's first token in the error ("MAXACTION exceeded near identifier 'n' at ...").
            FailIf("c->actionremaining <= 0", "MAXACTION exceeded", null, FirstLocation(body));
        }

        /// <summary>The location of the first statement that has one (a block's own, else its first statement's).</summary>
        private static IrSourceLocation? FirstLocation(IrStatement statement)
        {
            while (statement.Location is null && statement is IrBlock { Statements.Length: > 0 } block)
                statement = block.Statements[0];
            return statement.Location;
        }

        private static int CountStatements(IrStatement body)
        {
            int count = 0;
            foreach (object node in IrWalker.Descendants(body))
            {
                if (node is IrStatement and not IrBlock)
                    count++;
            }
            return count;
        }

        private void Foreach(IrForeach s)
        {
            IrGlobal array = s.Array;
            if (!CheckArray(array, s.Keys.Length, s.Location, allowStatistics: true))
                return;
            bool statistics = array.ValueType == IrType.Statistics;
            if (s.Sort?.Aggregate is not null && !(statistics && s.Sort.Column == 0))
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Location, "a foreach sort on an extractor", "a value sort of an array of statistics", "'" + array.Name + "'");
                return;
            }
            for (int i = 0; i < s.Keys.Length; i++)
            {
                if (s.Keys[i].Type != array.KeyTypes[i])
                    _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Location, "foreach key '" + s.Keys[i].Name + "'", TypeName(array.KeyTypes[i]), TypeName(s.Keys[i].Type));
            }
            if (s.Value is not null && s.Value.Type != array.ValueType)
                _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Location, "foreach value '" + s.Value.Name + "'", TypeName(array.ValueType), TypeName(s.Value.Type));
            if (s.Sort is not null && (s.Sort.Column < 0 || s.Sort.Column > s.Keys.Length))
            {
                _context.Report(ErrorCode.ERR_UnsupportedConstruct, s.Location, "a foreach sort on column " + s.Sort.Column.ToString(CultureInfo.InvariantCulture));
                return;
            }

            string suffix = Suffix(array);
            string[]? slice = s.Slice.IsDefaultOrEmpty ? null : SliceValues(array, s.Slice, s.Location);
            string? limit = s.Limit is null ? null : Snapshot(Expect(s.Limit, IrType.Long, "foreach limit"), IrType.Long);
            string map = statistics ? AggregatePmap(array) : "global(" + CNames.Global(array.Name) + ")";
            if (s.Sort is not null)
            {
                string column = statistics && s.Sort.Column == 0 ? SortColumn(s.Sort) : s.Sort.Column.ToString(CultureInfo.InvariantCulture);
                string direction = s.Sort.Descending ? "1" : "-1";
                _w.Line(limit is null || slice is not null
                    ? "_stp_map_sort_" + suffix + " (" + map + ", " + column + ", " + direction + ");"
                    : "_stp_map_sortn_" + suffix + " (" + map + ", " + limit + ", " + column + ", " + direction + ");");
            }
            string? counter = null;
            if (limit is not null)
            {
                counter = LongTemporary();
                _w.Line(counter + " = 0;");
            }
            string node = NewTemporary("struct map_node *");
            _w.Line(node + " = _stp_map_start (" + map + ");");

            string n = NewLabelNumber();
            string top = "top_" + n, next = "continue_" + n, end = "break_" + n;
            _w.Label(top);
            _w.Line("if (! (" + node + ")) goto " + end + ";");
            if (counter is not null)
                _w.Line("if (" + counter + "++ >= " + limit + ") goto " + end + ";");
            for (int i = 0; i < s.Keys.Length; i++)
            {
                string key = "l->" + CNames.Local(s.Keys[i].Name);
                string index = (i + 1).ToString(CultureInfo.InvariantCulture);
                if (array.KeyTypes[i] == IrType.String)
                    _w.Line("strlcpy (" + key + ", (_stp_map_key_get_str_" + suffix + " (" + node + ", " + index + ") ?: \"\"), MAXSTRINGLEN);");
                else
                    _w.Line(key + " = _stp_map_key_get_int64_" + suffix + " (" + node + ", " + index + ");");
            }
            // As in stap, an element outside the slice still counts against the limit.
            if (slice is not null)
                _w.Line("if (! (" + SliceMatch(array, node, s.Slice, slice) + ")) goto " + next + ";");
            if (s.Value is not null)
            {
                string value = "l->" + CNames.Local(s.Value.Name);
                if (array.ValueType == IrType.String)
                    _w.Line("strlcpy (" + value + ", (_stp_map_get_str_" + suffix + " (" + node + ") ?: \"\"), MAXSTRINGLEN);");
                else
                    _w.Line(value + " = _stp_map_get_int64_" + suffix + " (" + node + ");");
            }
            LoopBody(s.Body, end, next);
            _w.Label(next);
            _w.Line(node + " = _stp_map_iter (" + map + ", " + node + ");");
            _w.Line("goto " + top + ";");
            _w.Label(end);
        }

        private void Delete(IrDelete s)
        {
            switch (s.Target)
            {
                case IrGlobalReference g when g.Global.IsArray:
                    if (_context.CheckDeclared(g.Global, s.Location))
                        _w.Line((g.Global.ValueType == IrType.Statistics ? "_stp_pmap_clear" : "_stp_map_clear") + " (global(" + CNames.Global(g.Global.Name) + "));");
                    break;
                case IrGlobalReference g when g.Global.ValueType == IrType.Statistics:
                    if (_context.CheckDeclared(g.Global, s.Location))
                        _w.Line("_stp_stat_clear (global(" + CNames.Global(g.Global.Name) + "));");
                    break;
                case IrGlobalReference g:
                    if (_context.CheckDeclared(g.Global, s.Location))
                        Reset("global(" + CNames.Global(g.Global.Name) + ")", g.Type);
                    break;
                case IrLocalReference local:
                    Reset("l->" + CNames.Local(local.Variable.Name), local.Type);
                    break;
                case IrArrayElement element when IsSlice(element.Keys) && CheckArray(element.Array, element.Keys.Length, s.Location):
                    SliceDelete(element);
                    break;
                case IrArrayElement element when CheckArray(element.Array, element.Keys.Length, s.Location, allowStatistics: true):
                    string[] keys = MapKeys(element.Keys, Operands(KeyExpressions(element.Array, element.Keys, s.Location)));
                    _w.Line((element.Array.ValueType == IrType.Statistics ? "_stp_pmap_del_" : "_stp_map_del_") + Suffix(element.Array) + " (global(" + CNames.Global(element.Array.Name) + "), " + string.Join(", ", keys) + ");");
                    break;
                case IrArrayElement:
                    break;
                default:
                    _context.Report(ErrorCode.ERR_UnsupportedConstruct, s.Location, "delete of " + s.Target.GetType().Name);
                    break;
            }
        }

        private void Reset(string destination, IrType type) =>
            _w.Line(type == IrType.String ? destination + "[0] = '\\0';" : destination + " = 0;");

        private void Next(IrNext s)
        {
            if (_function is not null)
                _w.Line("c->next = 1;");
            _w.Line("goto " + OutLabel + ";");
            _ = s;
        }

        private void Jump(IrStatement s, bool isBreak)
        {
            if (_loops.Count == 0)
            {
                _context.Report(ErrorCode.ERR_MisplacedJump, s.Location, isBreak ? "break" : "continue", "a loop");
                return;
            }
            var (breakLabel, continueLabel) = _loops.Peek();
            _w.Line("goto " + (isBreak ? breakLabel : continueLabel) + ";");
        }

        private void Return(IrReturn s)
        {
            if (_function is null)
            {
                _context.Report(ErrorCode.ERR_MisplacedJump, s.Location, "return", "a function");
                return;
            }
            if (s.Value is not null)
            {
                if (_function.ReturnType == IrType.Void)
                {
                    _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Location, "return of '" + _function.Name + "'", "void", TypeName(s.Value.Type));
                    return;
                }
                string value = Expect(s.Value, _function.ReturnType, "return of '" + _function.Name + "'");
                Store("l->__retvalue", _function.ReturnType, value);
            }
            _w.Line("goto " + OutLabel + ";");
        }

        private void TryCatch(IrTryCatch s)
        {
            string n = NewLabelNumber();
            string handler = "catch_" + n, end = "try_end_" + n;
            string outer = _errorLabel;
            _errorLabel = handler;
            _w.OpenBlock();
            Statement(s.Try);
            _w.Line("goto " + end + ";");
            _w.CloseBlock();
            _errorLabel = outer;
            _w.Label(handler);
            // Reached with no error only when the session was aborted: that is not catchable.
            _w.Line("if (unlikely (c->last_error == NULL)) goto " + outer + ";");
            if (s.MessageVariable is not null)
                _w.Line("strlcpy (l->" + CNames.Local(s.MessageVariable.Name) + ", c->last_error, MAXSTRINGLEN);");
            _w.Line("c->last_error = NULL;");
            _w.Line("c->last_stmt = NULL;");
            _w.OpenBlock();
            Statement(s.Catch);
            _w.CloseBlock();
            _w.Label(end);
        }

        private bool CheckArray(IrGlobal array, int keyCount, IrSourceLocation? location, bool allowStatistics = false)
        {
            if (!_context.CheckDeclared(array, location))
                return false;
            if (!array.IsArray)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, location, "'" + array.Name + "'", "an array", "a scalar");
                return false;
            }
            if (array.ValueType == IrType.Statistics && !allowStatistics)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, location, "'" + array.Name + "[]'", "a value", "statistics (use an extractor such as @count)");
                return false;
            }
            if (keyCount != array.KeyTypes.Length)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, location, "'" + array.Name + "[]'",
                    array.KeyTypes.Length.ToString(CultureInfo.InvariantCulture) + " keys", keyCount.ToString(CultureInfo.InvariantCulture) + " keys");
                return false;
            }
            return true;
        }

        private static string Suffix(IrGlobal array) => CNames.MapSuffix(array.KeyTypes, array.ValueType);
    }
}
