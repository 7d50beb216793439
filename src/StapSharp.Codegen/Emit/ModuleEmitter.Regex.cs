using System.Globalization;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>Before struct context: the define that gives the context stap's <c>last_match</c>, and the matcher's types and core.</summary>
        private void WriteRegexMatcher()
        {
            RegexTables regexes = _context.Regexes;
            if (!regexes.IsUsed)
                return;
            _w.Directive("#define STAP_NEED_CONTEXT_SUBEXPRESSION 1");
            _w.Directive("#define STP_RX_MAX_INSNS " + regexes.MaxInstructions.ToString(CultureInfo.InvariantCulture));
            _w.Directive("#define STP_RX_MAX_CAPS " + regexes.MaxCaptureSlots.ToString(CultureInfo.InvariantCulture));
            // Matcher steps charged as one action (see RegexMatcherSource); -D STP_RX_STEPS_PER_ACTION=N changes it.
            _w.Directive("#ifndef STP_RX_STEPS_PER_ACTION");
            _w.Directive("#define STP_RX_STEPS_PER_ACTION " + RegexMatcherSource.StepsPerAction.ToString(CultureInfo.InvariantCulture));
            _w.Directive("#endif");
            _w.Lines(RegexMatcherSource.Core);
            _w.Line();
        }

        /// <summary>The matcher's working memory, a member of struct context (per CPU, off the kernel stack).</summary>
        private void WriteRegexContextMember()
        {
            if (_context.Regexes.IsUsed)
                _w.Line("struct stp_rx_work stp_rx_work;");
        }

        /// <summary>After struct context: the programs' tables and the functions the handlers call.</summary>
        private void WriteRegexPrograms()
        {
            RegexTables regexes = _context.Regexes;
            if (!regexes.IsUsed)
                return;
            foreach (var (name, pattern, program) in regexes.Programs)
                RegexTableWriter.Write(_w, name, pattern, program);
            _w.Lines(RegexMatcherSource.ContextFunctions);
            _w.Line();
        }

        /// <summary>stap's sizes of <c>last_match</c> (0 when no regex is used, as stap writes them).</summary>
        private (int Map, int Tag) RegexContextSizes() =>
            _context.Regexes.IsUsed ? (1, _context.Regexes.MaxCaptureSlots) : (0, 0);
    }
}
