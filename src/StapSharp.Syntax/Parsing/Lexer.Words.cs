using System.Globalization;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        private readonly bool _privateIsKeyword;
        private readonly bool _level31;
        private readonly bool _level40;
        private readonly bool _level55;
        private readonly bool _level56;

        /// <summary>An identifier or keyword: a letter or <c>_</c>, then letters, digits, <c>_</c> and <c>$</c>.</summary>
        private void ScanWord(ref TokenInfo info)
        {
            int start = _position;
            uint hash = ScanIdentifierRest(start);
            info.Text = InternText(start, _position - start, hash, out var keyword);
            info.Kind = keyword != SyntaxKind.None ? keyword : SyntaxKind.IdentifierToken;
            info.Hash = hash;
            info.IsInterned = true;
        }

        /// <summary><c>$1</c>/<c>$#</c> (argument), else a target name <c>$var</c>, <c>$$vars</c>, or the pretty suffix <c>$</c>/<c>$$</c>.</summary>
        private void ScanDollar(ref TokenInfo info)
        {
            char next = Peek(1);
            if (next == '#' || IsDigit(next))
            {
                ScanArgument(ref info, SyntaxKind.DollarArgumentToken);
                return;
            }
            int start = _position;
            uint hash = ScanIdentifierRest(start);
            info.Text = InternText(start, _position - start, hash, out _);
            info.Kind = SyntaxKind.DollarIdentifierToken;
            info.Hash = hash;
            info.IsInterned = true;
        }

        /// <summary><c>@1</c>/<c>@#</c> (argument), a built-in @-word, another <c>@name</c>, or a lone <c>@</c>.</summary>
        private void ScanAt(ref TokenInfo info)
        {
            char next = Peek(1);
            if (next == '#' || IsDigit(next))
            {
                ScanArgument(ref info, SyntaxKind.AtArgumentToken);
                return;
            }
            if (!IsIdentifierChar(next))
            {
                _position++;
                info.Kind = SyntaxKind.OtherPunctuationToken;
                info.Text = "@";
                return;
            }
            int start = _position;
            uint hash = ScanIdentifierRest(start);
            info.Text = InternText(start, _position - start, hash, out var keyword);
            info.Kind = keyword != SyntaxKind.None ? keyword : SyntaxKind.AtIdentifierToken;
            info.Hash = hash;
            info.IsInterned = true;
        }

        /// <summary>
        /// Scans past a word whose first character (a letter, <c>_</c>, <c>$</c> or <c>@</c>) is at <paramref name="start"/>
        /// and the identifier characters after it, hashing them for the word table in the same loop.
        /// </summary>
        private uint ScanIdentifierRest(int start)
        {
            string text = _text;
            int end = _end;
            uint hash = LexerTextTable.HashStep(LexerTextTable.HashSeed, text[start]);
            int position = start + 1;
            while (position < end)
            {
                char c = text[position];
                if (!IsIdentifierChar(c)) break;
                hash = LexerTextTable.HashStep(hash, c);
                position++;
            }
            _position = position;
            return hash;
        }

        /// <summary>
        /// Interns any text (word, number, string content) and finds its keyword kind. Every text goes through here,
        /// so the kind is stored when a spelling is first seen, whatever token it came from.
        /// </summary>
        private string InternText(int start, int length, out SyntaxKind keyword)
        {
            return InternText(start, length, LexerTextTable.Hash(_text, start, length), out keyword);
        }

        /// <summary>
        /// Interns a string or number literal's text into <paramref name="info"/> (text, hash, cacheable) and returns
        /// the value <see cref="TextValueCache"/> holds for it from an earlier occurrence, or null.
        /// </summary>
        private object? InternLiteral(ref TokenInfo info, int start, int length)
        {
            uint hash = LexerTextTable.Hash(_text, start, length);
            info.Text = InternText(start, length, hash, out _);
            info.Hash = hash;
            info.IsInterned = true;
            return _literalValues.Find(info.Text, hash);
        }

        /// <summary><see cref="InternText(int, int, out SyntaxKind)"/> with the text's hash already computed.</summary>
        private string InternText(int start, int length, uint hash, out SyntaxKind keyword)
        {
            string text = _words.Intern(_text, start, length, hash, out keyword, out bool isNew);
            if (isNew)
            {
                keyword = KeywordAtThisLevel(SyntaxFacts.GetKeywordKind(text));
                if (keyword != SyntaxKind.None) _words.SetKind(text, keyword);
            }
            return text;
        }

        private SyntaxKind KeywordAtThisLevel(SyntaxKind kind) => kind switch
        {
            SyntaxKind.PrivateKeyword => _privateIsKeyword ? kind : SyntaxKind.None,
            SyntaxKind.AtConstKeyword or SyntaxKind.AtVarianceKeyword => _level31 ? kind : SyntaxKind.AtIdentifierToken,
            SyntaxKind.AtKregisterKeyword or SyntaxKind.AtUregisterKeyword
                or SyntaxKind.AtKderefKeyword or SyntaxKind.AtUderefKeyword => _level40 ? kind : SyntaxKind.AtIdentifierToken,
            SyntaxKind.AtEnumKeyword => _level55 ? kind : SyntaxKind.AtIdentifierToken,
            SyntaxKind.AtEnumnameKeyword => _level56 ? kind : SyntaxKind.AtIdentifierToken,
            _ => kind,
        };

        /// <summary>
        /// <c>$N</c>, <c>@N</c>, <c>$#</c>, <c>@#</c>. With supplied arguments the digit run stops as soon as the
        /// index exceeds the argument count (as stap does), and an index out of range is an error; the value
        /// is the argument text (or the count). Without supplied arguments all digits are taken, silently.
        /// </summary>
        private void ScanArgument(ref TokenInfo info, SyntaxKind kind)
        {
            int start = _position;
            var arguments = _options.Arguments;
            info.Kind = kind;
            if (Peek(1) == '#')
            {
                _position += 2;
                info.Text = kind == SyntaxKind.DollarArgumentToken ? "$#" : "@#";
                info.Value = arguments?.Count.ToString(CultureInfo.InvariantCulture);
                return;
            }

            _position++;
            ulong index = 0;
            do
            {
                index = index * 10 + (ulong)(_text[_position] - '0');
                _position++;
            }
            while (_position < _end && IsDigit(_text[_position])
                   && (arguments is null ? index < ulong.MaxValue / 10 - 9 : index <= (ulong)arguments.Count));

            info.Text = _text.Substring(start, _position - start);
            if (arguments is null) return;
            if (index == 0 || index > (ulong)arguments.Count)
                AddDiagnostic(ErrorCode.ERR_ArgumentOutOfRange, 0, _position - start, arguments.Count);
            else
                info.Value = arguments[(int)index - 1];
        }
    }
}
