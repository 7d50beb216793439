using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        /// <summary>One open <c>%( ... %)</c>.</summary>
        private sealed class ConditionalFrame
        {
            public bool AnyBranchTaken;
            public bool SawElse;
        }

        private readonly List<ConditionalFrame> _conditionals = new();
        private readonly GreenNodeListBuilder _directiveLeadingBuilder = new();
        private readonly List<GreenToken> _conditionTokens = new();
        private PreprocessorEvaluator? _evaluator;
        private Dictionary<string, PreprocessorMacro>? _evaluatorFileMacros;
        private readonly GreenNodeListBuilder _directiveTrailingBuilder = new();

        /// <summary>Number of conditionals open at the current position (tests and tooling).</summary>
        internal int OpenConditionalCount => _conditionals.Count;

        private bool IsDirectiveHere()
        {
            if (!DirectivesEnabled || _text[_position] != '%') return false;
            char next = Peek(1);
            return next == '(' || next == '?' || next == ':' || next == ')';
        }

        /// <summary>Lexes the directive at the current position into <paramref name="list"/>, with the disabled text that follows it.</summary>
        private bool TryLexDirective(GreenNodeListBuilder list)
        {
            switch (Peek(1))
            {
                case '(':
                    LexConditionalDirective(list);
                    return true;
                case ':':
                    if (_conditionals.Count == 0) break;
                    LexElseDirective(list);
                    return true;
                case ')':
                    if (_conditionals.Count == 0) break;
                    _conditionals.RemoveAt(_conditionals.Count - 1);
                    list.Add(Green.SyntaxFactory.EndDirectiveTrivia(LexDirectiveToken(withLeadingTrivia: false)!));
                    return true;
            }

            // %? anywhere outside a condition, or %: / %) with nothing open.
            var stray = LexDirectiveToken(withLeadingTrivia: false)!;
            stray = WithDiagnostic(stray, ErrorCode.ERR_PPMissingOpen);
            list.Add(Green.SyntaxFactory.BadDirectiveTrivia(stray));
            return true;
        }

        private void LexConditionalDirective(GreenNodeListBuilder list)
        {
            var open = LexDirectiveToken(withLeadingTrivia: false)!;
            // One list and one evaluator per lexer: the tapsets have thousands of conditionals. BuildCondition copies
            // the tokens into the tree, so the list can be reused.
            var tokens = _conditionTokens;
            tokens.Clear();
            int conditionStart = _position;
            GreenToken? question = null;
            while (true)
            {
                int before = _position;
                var token = LexDirectiveToken(withLeadingTrivia: true);
                if (token is null) break;
                if (token.Kind == SyntaxKind.PercentQuestionToken)
                {
                    question = token;
                    break;
                }
                if (SyntaxFacts.IsPreprocessorPunctuation(token.Kind))
                {
                    _position = before;
                    break;
                }
                tokens.Add(token);
            }

            bool taken = false;
            if (question is null)
            {
                // No %? before the next directive or the end: keep one comparison's worth of tokens; the rest is skipped.
                _position = conditionStart;
                tokens.Clear();
                while (tokens.Count < 3)
                {
                    int before = _position;
                    var token = LexDirectiveToken(withLeadingTrivia: true);
                    if (token is null) break;
                    if (SyntaxFacts.IsPreprocessorPunctuation(token.Kind))
                    {
                        _position = before;
                        break;
                    }
                    tokens.Add(token);
                }
                question = WithDiagnostic(GreenToken.CreateMissing(SyntaxKind.PercentQuestionToken), ErrorCode.ERR_PPExpectedQuestion);
            }
            else
            {
                // The evaluator sees the file's macros as they are now: a new dictionary once the first @define appears.
                if (_evaluator is null || !ReferenceEquals(_evaluatorFileMacros, _fileMacros))
                {
                    _evaluator = new PreprocessorEvaluator(_options, _fileMacros, _options.LibraryMacros);
                    _evaluatorFileMacros = _fileMacros;
                }
                var evaluator = _evaluator;
                taken = evaluator.Evaluate(tokens);
                foreach (var (origin, code, arguments) in evaluator.Errors)
                {
                    if (tokens.Count == 0) question = WithDiagnostic(question, code, arguments);
                    else tokens[origin] = WithDiagnostic(tokens[origin], code, arguments);
                }
            }

            var kind = taken ? SyntaxKind.ActiveConditionalDirectiveTrivia : SyntaxKind.InactiveConditionalDirectiveTrivia;
            list.Add(Green.SyntaxFactory.ConditionalDirectiveTrivia(kind, open, BuildCondition(tokens), question));
            _conditionals.Add(new ConditionalFrame { AnyBranchTaken = taken });
            if (!taken) LexDisabledText(list);
        }

        private void LexElseDirective(GreenNodeListBuilder list)
        {
            var token = LexDirectiveToken(withLeadingTrivia: false)!;
            var frame = _conditionals[_conditionals.Count - 1];
            bool duplicate = frame.SawElse;
            frame.SawElse = true;
            bool taken = !frame.AnyBranchTaken && !duplicate;
            if (duplicate) token = WithDiagnostic(token, ErrorCode.ERR_PPDuplicateElse);
            if (taken) frame.AnyBranchTaken = true;
            var kind = taken ? SyntaxKind.ActiveElseDirectiveTrivia : SyntaxKind.InactiveElseDirectiveTrivia;
            list.Add(Green.SyntaxFactory.ElseDirectiveTrivia(kind, token));
            if (!taken) LexDisabledText(list);
        }

        /// <summary>
        /// Skips an inactive branch the way stap's <c>skip_pp</c> does: token by token (so strings, comments and
        /// embedded code hide directive-like text, and an unterminated string ends at its line end), counting
        /// nested <c>%( %)</c>, up to the <c>%:</c> or <c>%)</c> of this conditional. Lexer errors inside are ignored.
        /// </summary>
        /// <remarks>
        /// Only four characters can start something that matters here: <c>%</c> (directives, embedded code),
        /// <c>"</c> (strings), <c>/</c> and <c>#</c> (comments). No other token contains them, so the branch is
        /// searched for them (a vectorised search) instead of being lexed token by token. The one exception,
        /// <c>$#</c> and <c>@#</c>, is settled by lexing the few tokens before that <c>#</c>.
        /// </remarks>
        private void LexDisabledText(GreenNodeListBuilder list)
        {
            string text = _text;
            int start = _position;
            int depth = 0;
            List<SyntaxDiagnosticInfo>? diagnostics = null;
            var info = default(TokenInfo);
            // Only where tokens end matters here: strings and embedded code need not be copied.
            _discardTokenText = true;
            // A token start at or before the search position, from which exact lexing may resume.
            int tokenBoundary = start;
            int position = start;
            while (true)
            {
                int found = position < _end ? text.IndexOfAny(s_disabledTextStops, position, _end - position) : -1;
                if (found < 0)
                {
                    position = _end;
                    break;
                }
                char next = found + 1 < _end ? text[found + 1] : '\0';
                switch (text[found])
                {
                    case '"':
                        _position = found;
                        ScanString(ref info);
                        position = tokenBoundary = _position;
                        continue;
                    case '/':
                        if (next == '/') position = tokenBoundary = FindLineEnd(found);
                        else if (next == '*') position = tokenBoundary = FindBlockCommentEnd(found);
                        else (tokenBoundary, position) = (found, found + 1);
                        continue;
                    case '#':
                        if (IsArgumentHash(tokenBoundary, found)) position = tokenBoundary = found + 1;
                        else position = tokenBoundary = FindLineEnd(found);
                        continue;
                }
                // '%'
                if (next == '(')
                {
                    depth++;
                }
                else if (next == ')' || next == ':')
                {
                    if (depth == 0)
                    {
                        position = found;
                        break;
                    }
                    if (next == ')') depth--;
                }
                else if (next == '?')
                {
                    if (depth == 0)
                        (diagnostics ??= new List<SyntaxDiagnosticInfo>()).Add(
                            new SyntaxDiagnosticInfo(ErrorCode.ERR_PPMissingOpen, found - start, 2));
                }
                else if (next == '{')
                {
                    _position = found;
                    ScanEmbeddedCode(ref info);
                    position = tokenBoundary = _position;
                    continue;
                }
                else
                {
                    // The % or %= operator: lexing may resume at the %.
                    (tokenBoundary, position) = (found, found + 1);
                    continue;
                }
                position = tokenBoundary = found + 2;
            }
            _position = position;
            _tokenDiagnostics.Clear();
            _discardTokenText = false;
            if (_position > start)
                list.Add(new GreenTrivia(SyntaxKind.DisabledTextTrivia, text, start, _position - start, diagnostics?.ToArray()));
        }

        private static readonly char[] s_disabledTextStops = { '%', '"', '/', '#' };

        /// <summary>
        /// Whether the <c>#</c> at <paramref name="hash"/> ends a <c>$#</c> or <c>@#</c> argument rather than starting a
        /// comment: lexes from <paramref name="tokenBoundary"/> (a token start with only words, numbers, punctuation
        /// and whitespace after it up to the <c>#</c>) to see whether a token runs over it.
        /// </summary>
        private bool IsArgumentHash(int tokenBoundary, int hash)
        {
            char before = hash > tokenBoundary ? _text[hash - 1] : '\0';
            if (before != '$' && before != '@') return false;
            int saved = _position;
            _position = tokenBoundary;
            var info = default(TokenInfo);
            bool inToken = false;
            while (true)
            {
                while (_position < hash && _text[_position] is ' ' or '\t' or '\f' or '\v' or '\n' or '\r') _position++;
                if (_position >= hash) break;
                ScanToken(ref info);
                if (_position > hash)
                {
                    inToken = true;
                    break;
                }
            }
            _tokenDiagnostics.Clear();
            _position = saved;
            return inToken;
        }

        /// <summary>A token inside a directive: simple trivia only (no nested directives), trailing trivia to the end of line.</summary>
        private GreenToken? LexDirectiveToken(bool withLeadingTrivia)
        {
            // Reused builders: directive tokens are lexed one at a time, never nested.
            var leading = _directiveLeadingBuilder;
            leading.Reset();
            int start = _position;
            if (withLeadingTrivia)
                while (TryLexSimpleTrivia(leading, out _)) { }
            if (_position >= _end)
            {
                _position = start;
                return null;
            }
            int leadingWidth = _position - start;
            _tokenDiagnostics.Clear();
            var info = default(TokenInfo);
            ScanToken(ref info);
            var trailing = _directiveTrailingBuilder;
            trailing.Reset();
            LexTrailingTrivia(trailing);
            return CreateToken(ref info, ToTriviaNode(leading), ToTriviaNode(trailing), leadingWidth);
        }

        /// <summary>Conditions with more parts than this stay one flat token condition, so no tree gets deep.</summary>
        private const int MaxConditionTerms = 32;

        /// <summary>The syntax of a condition: terms split at top-level <c>&amp;&amp;</c>/<c>||</c>, <c>&amp;&amp;</c> binding tighter.</summary>
        private static Green.PreprocessorConditionSyntax BuildCondition(List<GreenToken> tokens)
        {
            int connectors = 0;
            foreach (var token in tokens)
                if (token.Kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken) connectors++;
            if (connectors >= MaxConditionTerms) return BuildTerm(tokens, 0, tokens.Count, forceTokens: true);

            Green.PreprocessorConditionSyntax? disjunction = null;
            GreenToken? pendingOr = null;
            Green.PreprocessorConditionSyntax? conjunction = null;
            GreenToken? pendingAnd = null;
            int termStart = 0;
            int nesting = 0;
            for (int i = 0; i <= tokens.Count; i++)
            {
                var kind = i < tokens.Count ? tokens[i].Kind : SyntaxKind.EndOfFileToken;
                if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken) nesting++;
                else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken) nesting--;
                bool isAnd = kind == SyntaxKind.AmpersandAmpersandToken && nesting == 0;
                bool isOr = kind == SyntaxKind.BarBarToken && nesting == 0;
                if (!isAnd && !isOr && i < tokens.Count) continue;

                var term = BuildTerm(tokens, termStart, i);
                conjunction = conjunction is null
                    ? term
                    : Green.SyntaxFactory.PreprocessorLogicalCondition(SyntaxKind.PreprocessorAndCondition, conjunction, pendingAnd!, term);
                termStart = i + 1;
                if (isAnd)
                {
                    pendingAnd = tokens[i];
                    continue;
                }
                disjunction = disjunction is null
                    ? conjunction
                    : Green.SyntaxFactory.PreprocessorLogicalCondition(SyntaxKind.PreprocessorOrCondition, disjunction, pendingOr!, conjunction);
                conjunction = null;
                if (isOr) pendingOr = tokens[i];
            }
            return disjunction!;
        }

        private static Green.PreprocessorConditionSyntax BuildTerm(List<GreenToken> tokens, int start, int end, bool forceTokens = false)
        {
            bool plain = end - start == 3 && !forceTokens;
            for (int i = start; i < end && plain; i++)
                if (tokens[i].Kind == SyntaxKind.AtIdentifierToken) plain = false;
            if (plain)
                return Green.SyntaxFactory.PreprocessorComparison(tokens[start], tokens[start + 1], tokens[start + 2]);
            if (end == start) return Green.SyntaxFactory.PreprocessorTokenCondition(GreenList.Empty);
            return Green.SyntaxFactory.PreprocessorTokenCondition(GreenList.CreateList(new ListSegment(tokens, start, end - start)));
        }

        /// <summary>A view of part of a token list, so that a condition's tokens become a green list in one copy.</summary>
        private readonly struct ListSegment : IReadOnlyList<GreenNode>
        {
            private readonly List<GreenToken> _tokens;
            private readonly int _start;

            public ListSegment(List<GreenToken> tokens, int start, int count)
            {
                _tokens = tokens;
                _start = start;
                Count = count;
            }

            public int Count { get; }

            public GreenNode this[int index] => _tokens[_start + index];

            public IEnumerator<GreenNode> GetEnumerator()
            {
                for (int i = 0; i < Count; i++) yield return _tokens[_start + i];
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private void AddEndOfFileDiagnostics()
        {
            if (_conditionals.Count > 0)
            {
                AddDiagnostic(ErrorCode.ERR_PPUnterminatedConditional, 0, 0);
                _conditionals.Clear();
            }
            AddUnterminatedMacroDiagnostic();
        }

        /// <summary>Adds a diagnostic covering the token's text (after its leading trivia).</summary>
        private static GreenToken WithDiagnostic(GreenToken token, ErrorCode code, params object[] arguments)
        {
            var existing = token.Diagnostics;
            var diagnostics = new SyntaxDiagnosticInfo[existing.Length + 1];
            existing.CopyTo(diagnostics, 0);
            diagnostics[existing.Length] = new SyntaxDiagnosticInfo(code, token.GetLeadingTriviaWidth(), token.Width, arguments);
            return (GreenToken)token.WithDiagnostics(diagnostics);
        }
    }
}
