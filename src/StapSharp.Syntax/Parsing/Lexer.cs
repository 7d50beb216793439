using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Turns SystemTap source text into green tokens with their trivia. Each <see cref="Lex"/> call returns
    /// the next token: its leading trivia holds whitespace, comments, end-of-lines and preprocessor directives
    /// (with the text of inactive branches as disabled text); its trailing trivia runs up to and including the
    /// first end-of-line. The concatenated full text of all tokens is the input, for any input.
    /// </summary>
    internal sealed partial class Lexer
    {
        private static readonly Version s_version23 = new(2, 3);
        private static readonly Version s_version30 = new(3, 0);
        private static readonly Version s_version31 = new(3, 1);
        private static readonly Version s_version40 = new(4, 0);
        private static readonly Version s_version55 = new(5, 5);
        private static readonly Version s_version56 = new(5, 6);

        private readonly string _text;
        /// <summary>Where lexing stops: the first NUL character (stap ignores everything after it) or the end.</summary>
        private readonly int _end;
        private readonly StapParseOptions _options;
        private readonly LexerCaches _caches;
        private readonly LexerTextTable _words;
        private readonly LexerTokenCache _tokenCache;
        private readonly TextValueCache _literalValues;
        private readonly GreenNodeCache _nodeCache = GreenNodeCache.ForCurrentThread;
        private readonly GreenNodeListBuilder _leadingBuilder = new();
        private readonly GreenNodeListBuilder _trailingBuilder = new();
        private int _position;
        private bool _reachedEnd;
        /// <summary>Scanning disabled text: tokens are only skipped, so strings and embedded code build no text or value.</summary>
        private bool _discardTokenText;

        /// <summary>Diagnostics of the token being scanned; offsets are relative to the token's start.</summary>
        private readonly List<SyntaxDiagnosticInfo> _tokenDiagnostics = new();

        public Lexer(SourceText text, StapParseOptions options)
            : this((text ?? throw new ArgumentNullException(nameof(text))).ToString(), options)
        {
        }

        public Lexer(string text, StapParseOptions options)
        {
            _text = text ?? throw new ArgumentNullException(nameof(text));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            int nul = _text.IndexOf('\0');
            _end = nul < 0 ? _text.Length : nul;
            var level = options.LanguageVersion;
            _privateIsKeyword = level >= s_version30;
            _level31 = level >= s_version31;
            _level40 = level >= s_version40;
            _level55 = level >= s_version55;
            _level56 = level >= s_version56;
            _keepHexEscape = level >= s_version23;
            _caches = LexerCaches.Rent(LevelKey);
            _words = _caches.Words;
            _tokenCache = _caches.Tokens;
            _literalValues = _caches.LiteralValues;
        }

        public StapParseOptions Options => _options;

        /// <summary>The level-dependent lexing choices as one number: lexers that agree on it can share caches.</summary>
        private int LevelKey => (_privateIsKeyword ? 1 : 0) | (_level31 ? 2 : 0) | (_level40 ? 4 : 0)
            | (_level55 ? 8 : 0) | (_level56 ? 16 : 0) | (_keepHexEscape ? 32 : 0);

        /// <summary>Returns the next token; after the end of file it keeps returning end-of-file tokens.</summary>
        public GreenToken Lex()
        {
            int triviaStart = _position;
            // Trivia from the fast paths are null, whitespace or a line feed: shareable, so the token may be cached
            // without inspecting them again.
            bool triviaShareable = true;
            if (!TryLexLeadingTriviaFast(out var leading))
            {
                triviaShareable = false;
                var leadingList = _leadingBuilder;
                leadingList.Reset();
                LexLeadingTrivia(leadingList);
                leading = _nodeCache.TriviaList(leadingList);
            }
            int leadingWidth = _position - triviaStart;

            _tokenDiagnostics.Clear();
            var info = default(TokenInfo);
            GreenNode? trailing;
            if (_position >= _end)
            {
                info.Kind = SyntaxKind.EndOfFileToken;
                info.Text = string.Empty;
                AddEndOfFileDiagnostics();
                // Everything after a NUL is ignored by stap; it rides on the first end-of-file token.
                trailing = !_reachedEnd && _end < _text.Length ? new GreenTrivia(SyntaxKind.IgnoredTextTrivia, _text.Substring(_end)) : null;
                // Nothing past the end of file uses the caches: the next lexer on this thread may have them.
                if (!_reachedEnd) LexerCaches.Return(_caches);
                _reachedEnd = true;
            }
            else
            {
                ScanToken(ref info);
                if (!TryLexTrailingTriviaFast(out trailing))
                {
                    triviaShareable = false;
                    var trailingList = _trailingBuilder;
                    trailingList.Reset();
                    LexTrailingTrivia(trailingList);
                    trailing = _nodeCache.TriviaList(trailingList);
                }
            }

            var token = _tokenDiagnostics.Count == 0 && info.IsInterned
                ? _tokenCache.GetOrAdd(info.Kind, info.Text, info.Hash, info.Value, leading, trailing, triviaShareable)
                : CreateToken(ref info, leading, trailing, leadingWidth);
            // Outside a definition only @define matters: test that here rather than call for every token.
            if (_macroState != MacroState.None || token.Kind == SyntaxKind.AtDefineKeyword) TrackMacroDefinition(token);
            return token;
        }

        /// <summary>Lexes the whole text (test and tooling entry point); the last token is end of file.</summary>
        public static List<GreenToken> LexAll(string text, StapParseOptions? options = null)
        {
            var lexer = new Lexer(text, options ?? StapParseOptions.Default);
            var tokens = new List<GreenToken>();
            while (true)
            {
                var token = lexer.Lex();
                tokens.Add(token);
                if (token.Kind == SyntaxKind.EndOfFileToken) return tokens;
            }
        }

        private GreenToken CreateToken(ref TokenInfo info, GreenNode? leading, GreenNode? trailing, int leadingWidth)
        {
            SyntaxDiagnosticInfo[]? diagnostics = null;
            if (_tokenDiagnostics.Count > 0)
            {
                diagnostics = new SyntaxDiagnosticInfo[_tokenDiagnostics.Count];
                for (int i = 0; i < diagnostics.Length; i++)
                {
                    var d = _tokenDiagnostics[i];
                    diagnostics[i] = d.WithOffset(d.Offset + leadingWidth);
                }
                _tokenDiagnostics.Clear();
            }
            return new GreenToken(info.Kind, info.Text, info.Value, leading, trailing, diagnostics);
        }

        private static GreenNode? ToTriviaNode(GreenNodeListBuilder list) => list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => GreenList.Create(list),
        };

        private void AddDiagnostic(ErrorCode code, int offsetInToken, int width, params object[] arguments) =>
            _tokenDiagnostics.Add(new SyntaxDiagnosticInfo(code, offsetInToken, width, arguments));

        /// <summary>What <see cref="ScanToken"/> found.</summary>
        private struct TokenInfo
        {
            public SyntaxKind Kind;
            public string Text;
            public object? Value;
            /// <summary>The text is shared (fixed text or interned), so equal texts mean equal tokens and the token may be cached.</summary>
            public bool IsInterned;
            /// <summary>The text's hash for the token cache (set with <see cref="IsInterned"/>).</summary>
            public uint Hash;
        }
    }
}
