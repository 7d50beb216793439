using System.Text;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        private readonly bool _keepHexEscape;

        /// <summary>
        /// A string literal. The token keeps the raw text; its value is stap's: <c>\a \b \t \n \v \f \r \\</c>,
        /// <c>\0</c>-<c>\7</c> and (level 2.3+) <c>\x</c> stay verbatim with their backslash, any other <c>\c</c>
        /// becomes <c>c</c> (a backslash-newline continues the string). A raw newline or the end of input before
        /// the closing quote is an error; the token then ends at the line end so the next line lexes normally.
        /// </summary>
        private void ScanString(ref TokenInfo info)
        {
            int start = _position;
            _position++;
            int contentStart = _position;
            StringBuilder? value = null;
            info.Kind = SyntaxKind.StringLiteralToken;
            while (true)
            {
                if (_position >= _end || _text[_position] == '\n')
                {
                    int stop = _position;
                    if (stop < _end && stop > contentStart && _text[stop - 1] == '\r' && !IsEscapedAt(contentStart, stop - 1))
                        stop--; // leave "\r\n" whole for the end-of-line trivia
                    _position = stop;
                    if (_discardTokenText) return;
                    info.Text = _text.Substring(start, stop - start);
                    info.Value = value?.ToString() ?? _text.Substring(contentStart, stop - contentStart);
                    AddDiagnostic(ErrorCode.ERR_UnterminatedString, 0, stop - start);
                    return;
                }
                char c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    if (_discardTokenText) return;
                    SetStringText(ref info, start, contentStart, value);
                    return;
                }
                if (c != '\\')
                {
                    value?.Append(c);
                    _position++;
                    continue;
                }
                if (_position + 1 >= _end)
                {
                    // A backslash at the very end: stap reads past it and then finds no closing quote.
                    if (!_discardTokenText) value ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                    _position++;
                    continue;
                }
                char escaped = _text[_position + 1];
                _position += 2;
                if (_discardTokenText) continue;
                value ??= new StringBuilder().Append(_text, contentStart, _position - 2 - contentStart);
                if (IsKeptEscape(escaped)) value.Append('\\');
                value.Append(escaped);
            }
        }

        /// <summary>
        /// The text and value of a terminated string ending at the current position. Short strings without escapes
        /// (format strings, names, "") are interned with their value: one copy per spelling, and the token can be
        /// cached like a word.
        /// </summary>
        private void SetStringText(ref TokenInfo info, int start, int contentStart, StringBuilder? value)
        {
            int length = _position - start;
            if (value is null && length <= LexerTextTable.MaxInternedLength)
            {
                info.Text = InternText(start, length, out _);
                info.Value = InternText(contentStart, length - 2, out _);
                info.IsInterned = true;
                return;
            }
            info.Text = _text.Substring(start, length);
            info.Value = value?.ToString() ?? _text.Substring(contentStart, length - 2);
        }

        private bool IsKeptEscape(char c) => c switch
        {
            'a' or 'b' or 't' or 'n' or 'v' or 'f' or 'r' or '\\' => true,
            >= '0' and <= '7' => true,
            'x' => _keepHexEscape,
            _ => false,
        };

        /// <summary>Whether the character at <paramref name="index"/> is the second half of an escape pair.</summary>
        private bool IsEscapedAt(int contentStart, int index)
        {
            int backslashes = 0;
            for (int i = index - 1; i >= contentStart && _text[i] == '\\'; i--) backslashes++;
            return (backslashes & 1) == 1;
        }

        /// <summary>
        /// <c>%{ ... %}</c>: one token up to the first <c>%}</c>, contents verbatim. A missing <c>%}</c> is an
        /// error (the token runs to the end); <c>}%</c> inside is a warning about a likely typo.
        /// </summary>
        private void ScanEmbeddedCode(ref TokenInfo info)
        {
            int start = _position;
            int position = start + 2;
            info.Kind = SyntaxKind.EmbeddedCodeToken;
            while (position + 1 < _end)
            {
                char c = _text[position];
                char next = _text[position + 1];
                if (c == '%' && next == '}')
                {
                    _position = position + 2;
                    if (_discardTokenText) return;
                    info.Text = _text.Substring(start, _position - start);
                    info.Value = _text.Substring(start + 2, position - start - 2);
                    return;
                }
                if (c == '}' && next == '%' && !_discardTokenText)
                    AddDiagnostic(ErrorCode.WRN_EmbeddedCodeCloseTypo, position - start, 2);
                position++;
            }
            _position = _end;
            if (_discardTokenText) return;
            info.Text = _text.Substring(start, _end - start);
            info.Value = _text.Substring(start + 2, _end - start - 2);
            AddDiagnostic(ErrorCode.ERR_UnterminatedEmbeddedCode, 0, _end - start);
        }
    }
}
