using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Hand-written recursive-descent parser for SystemTap scripts, following <c>stap</c>'s pass 1 grammar.
    /// It pulls tokens from the <see cref="Lexer"/>, never throws on bad input, and keeps every character:
    /// absent tokens become missing tokens with a diagnostic, unexpected tokens become skipped-tokens trivia.
    /// The parts of the grammar live in the partial files LanguageParser.*.cs.
    /// </summary>
    internal sealed partial class LanguageParser
    {
        /// <summary>
        /// Nesting (expressions and statements) beyond which the parser gives up with a diagnostic. stap 4.8's own
        /// parser crashes (SIGSEGV) near 5,000 nested parentheses and 4,600 nested calls or indexes; this limit is
        /// well past that and keeps a pathological file from making every later pass hop stacks a thousand times.
        /// Deep nesting never overflows the stack: past the thread's margin, parsing continues on a larger stack.
        /// </summary>
        internal const int MaxNestingDepth = 100_000;

        private readonly SourceText _text;
        private readonly StapParseOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _autocast;
        private readonly bool _ternaryElseIsTernary;
        private readonly bool _commentStopsStringGluing;

        private Lexer _lexer;
        /// <summary>Lexed tokens not consumed yet: <c>_tokens[_position.._tokenCount)</c>; <see cref="_position"/> indexes the current one.</summary>
        private GreenToken[] _tokens = new GreenToken[16];
        private int _tokenCount;
        private int _position;
        /// <summary>Number of tokens consumed so far (the index the next consumed token gets).</summary>
        private int _consumedCount;
        /// <summary>The consumed-token index of the last token eaten into the tree (not skipped); -1 before any.</summary>
        private int _lastEatenIndex = -1;
        /// <summary>Skipped tokens waiting to become leading trivia of the next consumed token.</summary>
        private readonly GreenNodeListBuilder _pendingSkipped = new();
        private readonly ChildListPool _listPool = ChildListPool.ForCurrentThread;
        private int _depth;
        private bool _tooDeep;
        /// <summary>Nesting overflowed at the end of file, with no token to carry the error: the next missing token gets it.</summary>
        private bool _tooDeepUnreported;
        /// <summary>Inside a function body, where <c>return</c> is allowed.</summary>
        private bool _inFunction;
        /// <summary>The consumed-token count when the last missing token got an error (-1: none).</summary>
        private int _missingTokenErrorAt = -1;
        /// <summary>Macros defined so far in this file: name to "takes parameters" (decides whether <c>@m(</c> passes arguments).</summary>
        private readonly Dictionary<string, bool> _macroTakesParameters = new(StringComparer.Ordinal);

        /// <summary>
        /// Single-construct entry points: index of the consumed token that receives <see cref="_tail"/> as trailing
        /// trivia (-1: the first missing token gets it, because nothing was consumed).
        /// </summary>
        private int _tailOwnerIndex = -1;
        private GreenNode? _tail;

        public LanguageParser(SourceText text, StapParseOptions options, CancellationToken cancellationToken = default)
        {
            _text = text ?? throw new ArgumentNullException(nameof(text));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _cancellationToken = cancellationToken;
            var level = options.LanguageVersion;
            _autocast = level >= new Version(2, 6);
            _ternaryElseIsTernary = level >= new Version(4, 0);
            _commentStopsStringGluing = level < new Version(2, 0);
            _lexer = new Lexer(text, options);
        }

        /// <summary>Parses a whole file. Every token, including everything after an error, ends up in the tree.</summary>
        public InternalSyntax.CompilationUnitSyntax ParseCompilationUnit()
        {
            var members = ParseMembers();
            var endOfFile = CheckNotEmpty(EatToken(), members);
            return Green.CompilationUnit(members, endOfFile);
        }

        /// <summary>Parses one expression; text after it is kept as skipped trivia with a diagnostic.</summary>
        public InternalSyntax.ExpressionSyntax ParseExpression() => ParseSingle(p => p.ParseExpressionCore());

        /// <summary>Parses one statement (return is accepted: the context is unknown); text after it is skipped.</summary>
        public InternalSyntax.StatementSyntax ParseStatement() => ParseSingle(p =>
        {
            p._inFunction = true;
            return p.ParseStatementCore() ?? p.ParseUnexpectedStatement();
        });

        /// <summary>Parses one probe point; text after it is skipped.</summary>
        public InternalSyntax.ProbePointSyntax ParseProbePoint() => ParseSingle(p => p.ParseProbePointCore(out _));

        /// <summary>
        /// Parses one construct. If anything follows it (tokens, or trivia before the end of file), the text is
        /// parsed again and that rest is appended to the trailing trivia of the construct's last token, so the
        /// result still round-trips. Parsing is deterministic, so the second pass builds the same construct.
        /// </summary>
        private T ParseSingle<T>(Func<LanguageParser, T> parse) where T : GreenNode
        {
            var first = parse(this);
            if (CurrentToken.Kind == SyntaxKind.EndOfFileToken && CurrentToken.FullWidth == 0 && _pendingSkipped.Count == 0)
                return first;

            int ownerIndex = _lastEatenIndex;
            var rest = new GreenNodeListBuilder();
            rest.AddRange(_pendingSkipped);
            _pendingSkipped.Clear();
            bool reported = false;
            while (CurrentToken.Kind != SyntaxKind.EndOfFileToken)
            {
                var token = CurrentToken;
                if (!reported)
                {
                    token = WithError(token, Diagnostics.ErrorCode.ERR_UnexpectedToken, token.Text);
                    reported = true;
                }
                rest.Add(token);
                MoveNext();
            }
            var tail = new GreenNodeListBuilder();
            if (rest.Count > 0) tail.Add(Green.SkippedTokensTrivia(GreenList.CreateList(rest)));
            AddTriviaItems(tail, CurrentToken.GetLeadingTrivia());
            AddTriviaItems(tail, CurrentToken.GetTrailingTrivia());
            if (tail.Count == 0) return first;

            var second = new LanguageParser(_text, _options, _cancellationToken)
            {
                _tailOwnerIndex = ownerIndex,
                _tail = GreenList.Create(tail),
            };
            return parse(second);
        }

        private bool IsPrivileged => _options.IsPrivileged;
    }
}
