using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        /// <summary><c>=~</c>/<c>!~</c>: one call of the module's matcher with the pattern's compiled tables.</summary>
        private string RegexMatch(IrRegexMatch match)
        {
            string subject = Expect(match.Subject, IrType.String, "'" + (match.Negated ? "!~" : "=~") + "'");
            string? program = _context.Regexes.ProgramFor(match.Pattern, match.Location, _context);
            if (program is null)
                return "0";
            string result = LongTemporary();
            _w.Line(result + " = _stp_rx_match (c, &" + program + ", " + subject + ");");
            // -1: the match's steps used up MAXACTION (last_error is set). Inside a loop the error names the loop body's
            // first token, as the loop's own MAXACTION check (and stap's) does; elsewhere the operator.
            IrSourceLocation? at = _loopBodyLocations.Count > 0 && _loopBodyLocations.Peek() is { } body ? body : match.Location;
            _w.OpenBlock("if (unlikely (" + result + " < 0))");
            if (at is not null)
                _w.Line("c->last_stmt = " + CStringLiteral.Quote((at.Token ?? "operator '" + (match.Negated ? "!~" : "=~") + "'") + " at " + at) + ";");
            _w.Line("goto " + _errorLabel + ";");
            _w.CloseBlock();
            return match.Negated ? "((int64_t)!" + result + ")" : result;
        }

        /// <summary><c>matched(n)</c>: copies the group into a string temporary, or fails like the tapset function.</summary>
        private string RegexSubexpression(IrRegexSubexpression subexpression)
        {
            string index = Expect(subexpression.Index, IrType.Long, "argument 'n' of 'matched'");
            _context.Regexes.MarkLastMatchRead();
            string result = StringTemporary();
            RegexFailure("!_stp_rx_subexpression (c, " + index + ", " + result + ")", "matched", subexpression.Location);
            return result;
        }

        /// <summary><c>ngroups()</c>.</summary>
        private string RegexGroupCount(IrRegexGroupCount groupCount)
        {
            _context.Regexes.MarkLastMatchRead();
            string result = LongTemporary();
            RegexFailure("!_stp_rx_ngroups (c, &" + result + ")", "ngroups", groupCount.Location);
            return result;
        }

        // The helpers have set last_error (stap's message) already; only the statement and the jump remain.
        private void RegexFailure(string condition, string function, IrSourceLocation? location)
        {
            _w.OpenBlock("if (unlikely (" + condition + "))");
            if (location is not null)
                _w.Line("c->last_stmt = " + CStringLiteral.Quote("identifier '" + function + "' at " + location) + ";");
            _w.Line("goto " + _errorLabel + ";");
            _w.CloseBlock();
        }
    }
}
