using System;
using System.Collections.Generic;
using System.Globalization;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Evaluates the condition of <c>%( ... %?</c> the way stap's <c>scan_pp</c> does: macros and command-line
    /// arguments are expanded first, then the token stream is read as comparisons of exactly three tokens
    /// joined by <c>&amp;&amp;</c> (tighter) and <c>||</c>. Every comparison is evaluated; any error makes the
    /// condition false. Errors are reported against the index of the source token they came from.
    /// </summary>
    internal sealed partial class PreprocessorEvaluator
    {
        private const int MaxExpansionDepth = 64;

        private readonly StapParseOptions _options;
        private readonly IReadOnlyDictionary<string, PreprocessorMacro>? _fileMacros;
        private readonly MacroLibrary? _library;
        private readonly List<(int Origin, ErrorCode Code, object[] Arguments)> _errors = new();
        private bool _undetermined;
        /// <summary>The expanded stream of the last condition, kept for the next one (a lexer evaluates thousands).</summary>
        private readonly List<PpToken> _stream = new();

        public PreprocessorEvaluator(StapParseOptions options, IReadOnlyDictionary<string, PreprocessorMacro>? fileMacros, MacroLibrary? library)
        {
            _options = options;
            _fileMacros = fileMacros;
            _library = library;
        }

        /// <summary>Errors found, each tied to the index of a condition token.</summary>
        public List<(int Origin, ErrorCode Code, object[] Arguments)> Errors => _errors;

        /// <summary>Evaluates the tokens between <c>%(</c> and <c>%?</c>; the tokens are indexed by their position in the list.</summary>
        public bool Evaluate(IReadOnlyList<GreenToken> condition)
        {
            _errors.Clear();
            _undetermined = false;
            var stream = _stream;
            stream.Clear();
            for (int i = 0; i < condition.Count; i++)
                i = Expand(condition, i, i, null, stream, 0);
            stream = ApplyConditionals(stream, 0);
            if (_errors.Count > 0 || _undetermined) return false;
            int fallbackOrigin = condition.Count > 0 ? condition.Count - 1 : 0;
            bool result = EvaluateStream(stream, 0, stream.Count, fallbackOrigin);
            return result && _errors.Count == 0 && !_undetermined;
        }

        /// <summary>
        /// Appends the expansion of <c>tokens[index]</c> (and its macro arguments, if any) to <paramref name="output"/>;
        /// returns the index of the last token consumed.
        /// </summary>
        private int Expand(IReadOnlyList<GreenToken> tokens, int index, int origin, Dictionary<string, List<PpToken>>? parameters,
            List<PpToken> output, int depth)
        {
            var token = tokens[index];
            switch (token.Kind)
            {
                case SyntaxKind.DollarArgumentToken:
                    ExpandDollarArgument(token, origin, output);
                    return index;
                case SyntaxKind.AtArgumentToken:
                    ExpandAtArgument(token, origin, output);
                    return index;
                case SyntaxKind.AtIdentifierToken:
                    return ExpandMacro(tokens, index, origin, parameters, output, depth);
                default:
                    output.Add(PpToken.From(token, origin));
                    return index;
            }
        }

        private void ExpandDollarArgument(GreenToken token, int origin, List<PpToken> output)
        {
            var arguments = _options.Arguments;
            if (token.Text == "$#")
            {
                output.Add(PpToken.FromNumber(arguments?.Count ?? 0, origin));
                return;
            }
            if (token.Value is not string argument)
            {
                // Not supplied (or out of range, already reported): its meaning is unknown, so is the condition.
                output.Add(PpToken.CreateUnknown(origin));
                return;
            }
            // $N is textual: the argument is lexed in place of the reference.
            foreach (var lexed in Lexer.LexAll(argument, _options.WithArguments(Array.Empty<string>())))
            {
                if (lexed.Kind == SyntaxKind.EndOfFileToken) break;
                output.Add(PpToken.From(lexed, origin));
            }
        }

        private void ExpandAtArgument(GreenToken token, int origin, List<PpToken> output)
        {
            var arguments = _options.Arguments;
            if (token.Text == "@#")
                output.Add(PpToken.FromString((arguments?.Count ?? 0).ToString(CultureInfo.InvariantCulture), origin));
            else if (token.Value is string argument)
                output.Add(PpToken.FromString(argument, origin));
            else if (arguments is null)
                output.Add(PpToken.FromString(string.Empty, origin));
            else
                output.Add(PpToken.CreateUnknown(origin));
        }

        private int ExpandMacro(IReadOnlyList<GreenToken> tokens, int index, int origin, Dictionary<string, List<PpToken>>? parameters,
            List<PpToken> output, int depth)
        {
            var token = tokens[index];
            string name = token.Text.Substring(1);
            if (parameters != null && parameters.TryGetValue(name, out var argument))
            {
                output.AddRange(argument);
                return index;
            }

            PreprocessorMacro? macro = null;
            if (_fileMacros != null && _fileMacros.TryGetValue(name, out var local)) macro = local;
            else if (_library != null) macro = _library.Find(name);
            if (macro is null)
            {
                if (_library is null) Report(origin, ErrorCode.WRN_PPUndefinedMacro, token.Text);
                else Report(origin, ErrorCode.ERR_PPUnknownMacro, token.Text);
                _undetermined = true;
                return index;
            }
            if (depth >= MaxExpansionDepth)
            {
                Report(origin, ErrorCode.ERR_PPMacroExpansionTooDeep, token.Text);
                return index;
            }

            Dictionary<string, List<PpToken>>? bindings = null;
            if (macro.Parameters.Count > 0)
            {
                var arguments = new List<List<PpToken>>();
                index = CollectArguments(tokens, index, origin, parameters, arguments, depth);
                if (arguments.Count != macro.Parameters.Count)
                {
                    Report(origin, ErrorCode.ERR_PPMacroArgumentCount, token.Text, macro.Parameters.Count);
                    return index;
                }
                bindings = new Dictionary<string, List<PpToken>>(StringComparer.Ordinal);
                for (int i = 0; i < arguments.Count; i++)
                    bindings[macro.Parameters[i]] = arguments[i];
            }

            var body = macro.Body;
            for (int i = 0; i < body.Count; i++)
                i = Expand(body, i, origin, bindings, output, depth + 1);
            return index;
        }

        /// <summary>Reads <c>( arg, arg )</c> after a macro name: arguments split at top-level commas, <c>()</c>/<c>[]</c> nesting respected.</summary>
        private int CollectArguments(IReadOnlyList<GreenToken> tokens, int index, int origin, Dictionary<string, List<PpToken>>? parameters,
            List<List<PpToken>> arguments, int depth)
        {
            if (index + 1 >= tokens.Count || tokens[index + 1].Kind != SyntaxKind.OpenParenToken) return index;
            index += 2;
            int nesting = 0;
            var current = new List<PpToken>();
            for (; index < tokens.Count; index++)
            {
                var kind = tokens[index].Kind;
                if (nesting == 0 && kind == SyntaxKind.CloseParenToken)
                {
                    arguments.Add(current);
                    return index;
                }
                if (nesting == 0 && kind == SyntaxKind.CommaToken)
                {
                    arguments.Add(current);
                    current = new List<PpToken>();
                    continue;
                }
                if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken) nesting++;
                else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken) nesting--;
                index = Expand(tokens, index, origin, parameters, current, depth + 1);
            }
            arguments.Add(current);
            return tokens.Count - 1;
        }

        private void Report(int origin, ErrorCode code, params object[] arguments) => _errors.Add((origin, code, arguments));
    }
}
