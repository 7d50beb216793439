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
            string text = _text;
            int end = _end;
            int start = _position;
            int contentStart = start + 1;
            int position = contentStart;
            // Kept escapes (\n, \t, ...) stay verbatim in the value, so the value is the raw content unless another
            // escape (\" or \q) or a lone final backslash appears: only then is it built separately.
            bool valueDiffers = false;
            info.Kind = SyntaxKind.StringLiteralToken;
            while (true)
            {
                if (position >= end || text[position] == '\n')
                {
                    int stop = position;
                    if (stop < end && stop > contentStart && text[stop - 1] == '\r' && !IsEscapedAt(contentStart, stop - 1))
                        stop--; // leave "\r\n" whole for the end-of-line trivia
                    _position = stop;
                    if (_discardTokenText) return;
                    info.Text = text.Substring(start, stop - start);
                    info.Value = valueDiffers ? BuildStringValue(contentStart, stop) : text.Substring(contentStart, stop - contentStart);
                    AddDiagnostic(ErrorCode.ERR_UnterminatedString, 0, stop - start);
                    return;
                }
                char c = text[position];
                if (c == '"')
                {
                    _position = position + 1;
                    if (_discardTokenText) return;
                    SetStringText(ref info, start, contentStart, valueDiffers);
                    return;
                }
                if (c != '\\')
                {
                    position++;
                    continue;
                }
                if (position + 1 >= end)
                {
                    // A backslash at the very end: stap reads past it and then finds no closing quote.
                    valueDiffers = true;
                    position++;
                    continue;
                }
                if (!IsKeptEscape(text[position + 1])) valueDiffers = true;
                position += 2;
            }
        }

        /// <summary>The value of string content <c>[contentStart, stop)</c> with its escapes applied as stap does.</summary>
        private string BuildStringValue(int contentStart, int stop)
        {
            var value = new StringBuilder(stop - contentStart);
            int position = contentStart;
            while (position < stop)
            {
                char c = _text[position];
                if (c != '\\')
                {
                    value.Append(c);
                    position++;
                    continue;
                }
                if (position + 1 >= _end)
                {
                    position++; // the lone backslash at the very end is dropped
                    continue;
                }
                char escaped = _text[position + 1];
                position += 2;
                if (IsKeptEscape(escaped)) value.Append('\\');
                value.Append(escaped);
            }
            return value.ToString();
        }

        /// <summary>
        /// The text and value of a terminated string ending at the current position. Short strings whose value is
        /// their content (format strings, names, "") are interned with their value: one copy per spelling, and the
        /// token can be cached like a word.
        /// </summary>
        private void SetStringText(ref TokenInfo info, int start, int contentStart, bool valueDiffers)
        {
            int length = _position - start;
            if (!valueDiffers && length <= LexerTextTable.MaxInternedLength)
            {
                info.Value = InternLiteral(ref info, start, length);
                if (info.Value is null)
                {
                    info.Value = InternText(contentStart, length - 2, out _);
                    _literalValues.Store(info.Text, info.Hash, info.Value);
                }
                return;
            }
            info.Text = _text.Substring(start, length);
            info.Value = valueDiffers ? BuildStringValue(contentStart, _position - 1) : _text.Substring(contentStart, length - 2);
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
            // Jump from one % to the next (a vectorised search: embedded C is long); both %} and the }% typo have one.
            while (position < _end)
            {
                int percent = _text.IndexOf('%', position, _end - position);
                if (percent < 0) break;
                if (percent - 1 >= start + 2 && _text[percent - 1] == '}' && !_discardTokenText)
                    AddDiagnostic(ErrorCode.WRN_EmbeddedCodeCloseTypo, percent - 1 - start, 2);
                if (percent + 1 < _end && _text[percent + 1] == '}')
                {
                    _position = percent + 2;
                    if (_discardTokenText) return;
                    info.Text = _text.Substring(start, _position - start);
                    info.Value = _text.Substring(start + 2, percent - start - 2);
                    return;
                }
                position = percent + 1;
            }
            _position = _end;
            if (_discardTokenText) return;
            info.Text = _text.Substring(start, _end - start);
            info.Value = _text.Substring(start + 2, _end - start - 2);
            AddDiagnostic(ErrorCode.ERR_UnterminatedEmbeddedCode, 0, _end - start);
        }
    }
}
