using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        /// <summary>Scans one token at the current position (which is before the end). Never fails: anything else is a bad token.</summary>
        private void ScanToken(ref TokenInfo info)
        {
            char c = _text[_position];
            if (IsLetter(c) || c == '_')
            {
                ScanWord(ref info);
                return;
            }
            if (IsDigit(c))
            {
                ScanNumber(ref info);
                return;
            }
            switch (c)
            {
                case '$':
                    ScanDollar(ref info);
                    return;
                case '@':
                    ScanAt(ref info);
                    return;
                case '"':
                    ScanString(ref info);
                    return;
                case '%':
                    if (Peek(1) == '{')
                    {
                        ScanEmbeddedCode(ref info);
                        return;
                    }
                    break;
            }
            if (!TryScanPunctuation(ref info))
                ScanOtherCharacter(ref info);
        }

        /// <summary>Operators by maximal munch (three characters, then two, then one).</summary>
        private bool TryScanPunctuation(ref TokenInfo info)
        {
            char c = _text[_position];
            // Brackets, commas and semicolons are a third of all tokens and never start a longer operator.
            if (c < SingleCharacterTokens.Length && SingleCharacterTokens[c] is { } single)
            {
                _position++;
                info.Kind = single.Kind;
                info.Text = single.Text;
                info.Hash = single.Hash;
                info.IsInterned = true;
                return true;
            }
            char c1 = Peek(1);
            SyntaxKind kind;
            int length = 2;
            switch (c)
            {
                case '<':
                    char c2 = Peek(2);
                    if (c1 == '<' && c2 == '<') { kind = SyntaxKind.LessThanLessThanLessThanToken; length = 3; }
                    else if (c1 == '<' && c2 == '=') { kind = SyntaxKind.LessThanLessThanEqualsToken; length = 3; }
                    else if (c1 == '<') kind = SyntaxKind.LessThanLessThanToken;
                    else if (c1 == '=') kind = SyntaxKind.LessThanEqualsToken;
                    else { kind = SyntaxKind.LessThanToken; length = 1; }
                    break;
                case '>':
                    c2 = Peek(2);
                    if (c1 == '>' && c2 == '>') { kind = SyntaxKind.GreaterThanGreaterThanGreaterThanToken; length = 3; }
                    else if (c1 == '>' && c2 == '=') { kind = SyntaxKind.GreaterThanGreaterThanEqualsToken; length = 3; }
                    else if (c1 == '>') kind = SyntaxKind.GreaterThanGreaterThanToken;
                    else if (c1 == '=') kind = SyntaxKind.GreaterThanEqualsToken;
                    else { kind = SyntaxKind.GreaterThanToken; length = 1; }
                    break;
                case '=':
                    if (c1 == '=') kind = SyntaxKind.EqualsEqualsToken;
                    else if (c1 == '~') kind = SyntaxKind.EqualsTildeToken;
                    else { kind = SyntaxKind.EqualsToken; length = 1; }
                    break;
                case '!':
                    if (c1 == '=') kind = SyntaxKind.ExclamationEqualsToken;
                    else if (c1 == '~') kind = SyntaxKind.ExclamationTildeToken;
                    else { kind = SyntaxKind.ExclamationToken; length = 1; }
                    break;
                case '+':
                    if (c1 == '=') kind = SyntaxKind.PlusEqualsToken;
                    else if (c1 == '+') kind = SyntaxKind.PlusPlusToken;
                    else { kind = SyntaxKind.PlusToken; length = 1; }
                    break;
                case '-':
                    if (c1 == '=') kind = SyntaxKind.MinusEqualsToken;
                    else if (c1 == '-') kind = SyntaxKind.MinusMinusToken;
                    else if (c1 == '>') kind = SyntaxKind.MinusGreaterThanToken;
                    else { kind = SyntaxKind.MinusToken; length = 1; }
                    break;
                case '*':
                    if (c1 == '=') kind = SyntaxKind.AsteriskEqualsToken;
                    else { kind = SyntaxKind.AsteriskToken; length = 1; }
                    break;
                case '/':
                    if (c1 == '=') kind = SyntaxKind.SlashEqualsToken;
                    else { kind = SyntaxKind.SlashToken; length = 1; }
                    break;
                case '%':
                    if (c1 == '=') kind = SyntaxKind.PercentEqualsToken;
                    else if (c1 == '(') kind = SyntaxKind.PercentOpenParenToken;
                    else if (c1 == '?') kind = SyntaxKind.PercentQuestionToken;
                    else if (c1 == ':') kind = SyntaxKind.PercentColonToken;
                    else if (c1 == ')') kind = SyntaxKind.PercentCloseParenToken;
                    else { kind = SyntaxKind.PercentToken; length = 1; }
                    break;
                case '&':
                    if (c1 == '=') kind = SyntaxKind.AmpersandEqualsToken;
                    else if (c1 == '&') kind = SyntaxKind.AmpersandAmpersandToken;
                    else { kind = SyntaxKind.AmpersandToken; length = 1; }
                    break;
                case '|':
                    if (c1 == '=') kind = SyntaxKind.BarEqualsToken;
                    else if (c1 == '|') kind = SyntaxKind.BarBarToken;
                    else { kind = SyntaxKind.BarToken; length = 1; }
                    break;
                case '^':
                    if (c1 == '=') kind = SyntaxKind.CaretEqualsToken;
                    else { kind = SyntaxKind.CaretToken; length = 1; }
                    break;
                case '.':
                    if (c1 == '=') kind = SyntaxKind.DotEqualsToken;
                    else { kind = SyntaxKind.DotToken; length = 1; }
                    break;
                default:
                    return false;
            }
            _position += length;
            info.Kind = kind;
            info.Text = SyntaxFacts.GetText(kind);
            info.Hash = PunctuationHash(kind);
            info.IsInterned = true;
            return true;
        }

        /// <summary>The token-cache hash of a punctuation token (its text is fixed by its kind).</summary>
        private static uint PunctuationHash(SyntaxKind kind) => (uint)kind * 0x9E3779B1u;

        private sealed class SingleCharacterToken
        {
            public SingleCharacterToken(SyntaxKind kind)
            {
                Kind = kind;
                Text = SyntaxFacts.GetText(kind);
                Hash = PunctuationHash(kind);
            }

            public SyntaxKind Kind { get; }
            public string Text { get; }
            public uint Hash { get; }
        }

        /// <summary>The punctuation that is one character whatever follows, indexed by that character.</summary>
        private static readonly SingleCharacterToken?[] SingleCharacterTokens = CreateSingleCharacterTokens();

        private static SingleCharacterToken?[] CreateSingleCharacterTokens()
        {
            var tokens = new SingleCharacterToken?[128];
            foreach (var kind in new[]
                     {
                         SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken, SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken,
                         SyntaxKind.OpenBracketToken, SyntaxKind.CloseBracketToken, SyntaxKind.SemicolonToken, SyntaxKind.CommaToken,
                         SyntaxKind.ColonToken, SyntaxKind.QuestionToken, SyntaxKind.TildeToken,
                     })
                tokens[SyntaxFacts.GetText(kind)[0]] = new SingleCharacterToken(kind);
            return tokens;
        }

        /// <summary>
        /// A character no rule accepts: ASCII punctuation (<c>'</c>, <c>`</c>, <c>\</c>) lexes as
        /// <see cref="SyntaxKind.OtherPunctuationToken"/> for the parser to reject; anything else (control
        /// characters, non-ASCII) is a <see cref="SyntaxKind.BadToken"/> with a diagnostic.
        /// </summary>
        private void ScanOtherCharacter(ref TokenInfo info)
        {
            char c = _text[_position];
            if (c > ' ' && c < 0x7f)
            {
                _position++;
                info.Kind = SyntaxKind.OtherPunctuationToken;
                info.Text = OtherPunctuationText(c);
                return;
            }
            int length = char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
            info.Kind = SyntaxKind.BadToken;
            info.Text = _text.Substring(_position, length);
            _position += length;
            AddDiagnostic(ErrorCode.ERR_BadCharacter, 0, length, DescribeCharacter(info.Text));
        }

        private static string OtherPunctuationText(char c) => c switch
        {
            '\'' => "'",
            '`' => "`",
            '\\' => "\\",
            '@' => "@",
            _ => c.ToString(),
        };

        /// <summary>How a bad character is shown in messages: <c>\xNN</c> / <c>U+NNNN</c>, like stap's junk tokens.</summary>
        private static string DescribeCharacter(string text)
        {
            int code = char.IsSurrogatePair(text, 0) ? char.ConvertToUtf32(text[0], text[1]) : text[0];
            return code < 0x100 ? "\\x" + code.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)
                : "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        }

        private char Peek(int offset)
        {
            int index = _position + offset;
            return index < _end ? _text[index] : '\0';
        }

        private static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

        /// <summary>stap's identifier characters: ASCII letters, digits, <c>_</c> and <c>$</c>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsIdentifierChar(char c) => c < 128 && IdentifierCharacters[c] != 0;

        /// <summary>1 for each ASCII character <see cref="IsIdentifierChar"/> accepts (one load instead of four tests per character).</summary>
        private static System.ReadOnlySpan<byte> IdentifierCharacters => new byte[]
        {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // $, 0-9
            0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // A-Z, _
            0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
        };
    }
}
