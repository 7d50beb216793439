using System.Collections.Generic;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        private static readonly GreenTrivia s_lineFeed = GreenTrivia.EndOfLine("\n");
        private static readonly GreenTrivia s_carriageReturnLineFeed = GreenTrivia.EndOfLine("\r\n");
        private static readonly GreenTrivia s_carriageReturn = GreenTrivia.EndOfLine("\r");
        private static readonly GreenTrivia[] s_spaces = CreateWhitespaceCache(' ');
        private static readonly GreenTrivia[] s_tabs = CreateWhitespaceCache('\t');

        private static GreenTrivia[] CreateWhitespaceCache(char c)
        {
            var cache = new GreenTrivia[17];
            for (int i = 1; i < cache.Length; i++)
                cache[i] = GreenTrivia.Whitespace(new string(c, i));
            return cache;
        }

        /// <summary>
        /// The common cases of leading trivia without a builder: none, or one whitespace run, before a character that
        /// can start neither trivia nor a directive. False (position unchanged) for anything else.
        /// </summary>
        private bool TryLexLeadingTriviaFast(out GreenNode? trivia)
        {
            trivia = null;
            int start = _position;
            if (start >= _end) return false;
            char c = _text[start];
            if (IsPlainTokenStart(c)) return true;
            return TryLexWhitespaceBeforePlainToken(out trivia);
        }

        /// <summary>
        /// The common cases of trailing trivia without a builder: none, one line feed, or one whitespace run before a
        /// plain token character. False (position unchanged) for anything else.
        /// </summary>
        private bool TryLexTrailingTriviaFast(out GreenNode? trivia)
        {
            trivia = null;
            int start = _position;
            if (start >= _end) return true;
            char c = _text[start];
            if (c == '\n')
            {
                _position++;
                trivia = s_lineFeed;
                return true;
            }
            if (IsPlainTokenStart(c)) return true;
            return TryLexWhitespaceBeforePlainToken(out trivia);
        }

        /// <summary>
        /// One space/tab run that a plain token character follows (the shape both fast paths share); false, with the
        /// position unchanged, when anything else (a comment, an end of line, a directive) follows the run.
        /// </summary>
        private bool TryLexWhitespaceBeforePlainToken(out GreenNode? trivia)
        {
            trivia = null;
            int start = _position;
            char c = _text[start];
            if (c != ' ' && c != '\t') return false;
            var whitespace = ScanWhitespace();
            if (_position < _end && IsPlainTokenStart(_text[_position]))
            {
                trivia = whitespace;
                return true;
            }
            _position = start;
            return false;
        }

        /// <summary>A character that starts a token and cannot start trivia or a directive (so no trivia precedes it here).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsPlainTokenStart(char c) => c > ' ' && c != '#' && c != '/' && c != '%';

        /// <summary>Leading trivia: everything up to the next token, directives and disabled text included.</summary>
        private void LexLeadingTrivia(GreenNodeListBuilder list)
        {
            while (true)
            {
                if (TryLexSimpleTrivia(list, out _)) continue;
                if (_position < _end && IsDirectiveHere() && TryLexDirective(list)) continue;
                return;
            }
        }

        /// <summary>Trailing trivia: whitespace and comments up to and including the first end-of-line.</summary>
        private void LexTrailingTrivia(GreenNodeListBuilder list)
        {
            while (TryLexSimpleTrivia(list, out bool endOfLine))
            {
                if (endOfLine) return;
            }
        }

        /// <summary>Lexes one whitespace run, end-of-line or comment at the current position.</summary>
        private bool TryLexSimpleTrivia(GreenNodeListBuilder list, out bool endOfLine)
        {
            endOfLine = false;
            if (_position >= _end) return false;
            char c = _text[_position];
            switch (c)
            {
                case ' ':
                case '\t':
                case '\f':
                case '\v':
                    list.Add(ScanWhitespace());
                    return true;
                case '\n':
                    _position++;
                    list.Add(s_lineFeed);
                    endOfLine = true;
                    return true;
                case '\r':
                    if (_position + 1 < _end && _text[_position + 1] == '\n')
                    {
                        _position += 2;
                        list.Add(s_carriageReturnLineFeed);
                    }
                    else
                    {
                        _position++;
                        list.Add(s_carriageReturn);
                    }
                    endOfLine = true;
                    return true;
                case '#':
                    list.Add(ScanLineComment(SyntaxKind.HashCommentTrivia));
                    return true;
                case '/':
                    if (_position + 1 < _end)
                    {
                        char next = _text[_position + 1];
                        if (next == '/')
                        {
                            list.Add(ScanLineComment(SyntaxKind.SingleLineCommentTrivia));
                            return true;
                        }
                        if (next == '*')
                        {
                            list.Add(ScanBlockComment());
                            return true;
                        }
                    }
                    return false;
                default:
                    return false;
            }
        }

        private GreenTrivia ScanWhitespace()
        {
            // Locals rather than the _position field in the loops: these run over most of the input's characters.
            string text = _text;
            int end = _end;
            int start = _position;
            int position = start;
            char first = text[start];
            bool uniform = true;
            while (position < end)
            {
                char c = text[position];
                if (c != ' ' && c != '\t' && c != '\f' && c != '\v') break;
                if (c != first) uniform = false;
                position++;
            }
            _position = position;
            int length = position - start;
            if (uniform && length < s_spaces.Length)
            {
                if (first == ' ') return s_spaces[length];
                if (first == '\t') return s_tabs[length];
            }
            return GreenTrivia.Whitespace(text.Substring(start, length));
        }

        /// <summary>A <c>#</c> or <c>//</c> comment, up to (not including) the end of the line.</summary>
        private GreenTrivia ScanLineComment(SyntaxKind kind)
        {
            int start = _position;
            _position = FindLineEnd(start);
            return new GreenTrivia(kind, _text, start, _position - start);
        }

        /// <summary>A <c>/* */</c> comment; an unterminated one silently runs to the end, as in stap.</summary>
        private GreenTrivia ScanBlockComment()
        {
            int start = _position;
            _position = FindBlockCommentEnd(start);
            return new GreenTrivia(SyntaxKind.MultiLineCommentTrivia, _text, start, _position - start);
        }

        // Comments and embedded C are a quarter of the tapsets' characters: these searches use the runtime's
        // vectorised IndexOf rather than a loop over every character.

        /// <summary>The position of the first <c>\n</c> or <c>\r</c> at or after <paramref name="position"/>, or the end.</summary>
        private int FindLineEnd(int position)
        {
            int found = _text.IndexOfAny(s_lineBreaks, position, _end - position);
            return found < 0 ? _end : found;
        }

        private static readonly char[] s_lineBreaks = { '\n', '\r' };

        /// <summary>The position after the <c>*/</c> that closes the comment opened at <paramref name="start"/>, or the end.</summary>
        private int FindBlockCommentEnd(int start)
        {
            int position = start + 2;
            while (position < _end)
            {
                int star = _text.IndexOf('*', position, _end - position);
                if (star < 0) break;
                if (star + 1 < _end && _text[star + 1] == '/') return star + 2;
                position = star + 1;
            }
            return _end;
        }
    }
}
