using System.Collections.Generic;
using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A cheap top-level scan of a library file: it skips comments, strings, embedded C, macro bodies and
    /// everything inside braces, and records the names declared after <c>function</c>, <c>global</c>/<c>private</c>,
    /// <c>probe NAME =</c>/<c>+=</c> and <c>@define</c>. Both branches of preprocessor conditionals are scanned,
    /// so the index over-approximates; the real parse decides. This lets a compilation open only the files that
    /// define what a script uses, as stap does, without parsing all 480 tapset files.
    /// </summary>
    internal sealed class TapsetScanner
    {
        private readonly string _text;
        private int _position;

        private TapsetScanner(string text) => _text = text;

        public static TapsetFileIndex Scan(string path, string text)
        {
            var scanner = new TapsetScanner(text);
            var functions = ImmutableArray.CreateBuilder<string>();
            var globals = ImmutableArray.CreateBuilder<string>();
            var aliases = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            var macros = ImmutableArray.CreateBuilder<string>();
            var pending = new List<string>();
            string? word;
            string? previous = null;
            while ((word = scanner.NextWord()) is not null)
            {
                // Private names (private, or the @__private30 macro before the declaration) are invisible to other files.
                bool isPrivate = previous is not null && (previous == "private" || previous.StartsWith("@__private", System.StringComparison.Ordinal));
                previous = word;
                switch (word)
                {
                    case "function":
                        if (scanner.NextWord() is { } name && IsName(name) && !isPrivate) functions.Add(name);
                        scanner.SkipToBodyEnd();
                        break;
                    case "global":
                        scanner.ScanVariables(isPrivate ? null : globals, isPrivate ? null : functions, alreadyReadGlobal: true);
                        break;
                    case "private":
                        scanner.ScanVariables(null, null, alreadyReadGlobal: false);
                        break;
                    case "probe":
                        scanner.ScanProbe(aliases, pending);
                        break;
                    case "@define":
                        if (scanner.NextWord() is { } macro && IsName(macro)) macros.Add(macro);
                        scanner.SkipMacroBody();
                        break;
                }
            }

            return new TapsetFileIndex(path, functions.ToImmutable(), globals.ToImmutable(), aliases.ToImmutable(), macros.ToImmutable());
        }

        private static bool IsName(string word) =>
            word.Length > 0 && (char.IsLetter(word[0]) || word[0] == '_');

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '@';

        /// <summary>Returns the next top-level word or punctuation character, skipping trivia, strings and embedded code.</summary>
        private string? NextWord()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (char.IsWhiteSpace(c)) { _position++; continue; }
                if (c == '#' || c == '/' && Peek(1) == '/') { SkipLine(); continue; }
                if (c == '/' && Peek(1) == '*') { SkipBlockComment(); continue; }
                if (c == '"') { SkipString(); return "\"\""; }
                if (c == '%' && Peek(1) == '{') { SkipEmbedded(); return "%{}"; }
                if (c == '%' && Peek(1) is '(' or ')' or '?' or ':')
                {
                    // Preprocessor markers: both branches are scanned; the condition's words are harmless.
                    _position += 2;
                    continue;
                }

                if (IsNameChar(c))
                {
                    int start = _position;
                    while (_position < _text.Length && IsNameChar(_text[_position])) _position++;
                    return _text.Substring(start, _position - start);
                }

                if (c == '+' && Peek(1) == '=') { _position += 2; return "+="; }
                _position++;
                return c.ToString();
            }

            return null;
        }

        private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

        private void SkipLine()
        {
            while (_position < _text.Length && _text[_position] != '\n') _position++;
        }

        private void SkipBlockComment()
        {
            int end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
            _position = end < 0 ? _text.Length : end + 2;
        }

        private void SkipString()
        {
            _position++;
            while (_position < _text.Length && _text[_position] != '"' && _text[_position] != '\n')
            {
                if (_text[_position] == '\\') _position++;
                _position++;
            }

            _position++;
        }

        private void SkipEmbedded()
        {
            int end = _text.IndexOf("%}", _position + 2, System.StringComparison.Ordinal);
            _position = end < 0 ? _text.Length : end + 2;
        }

        /// <summary>Skips a function's signature and its block or embedded body.</summary>
        private void SkipToBodyEnd()
        {
            string? word;
            while ((word = NextWord()) is not null)
            {
                if (word == "%{}") return;
                if (word == "{") { SkipBlock(); return; }
            }
        }

        /// <summary>Skips to the brace that closes a block whose opening brace was just read.</summary>
        private void SkipBlock()
        {
            int depth = 1;
            string? word;
            while (depth > 0 && (word = NextWord()) is not null)
            {
                if (word == "{") depth++;
                else if (word == "}") depth--;
            }
        }

        private void SkipMacroBody()
        {
            int depth = 0;
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"') { SkipString(); continue; }
                if (c == '#' || c == '/' && Peek(1) == '/') { SkipLine(); continue; }
                if (c == '/' && Peek(1) == '*') { SkipBlockComment(); continue; }
                if (c == '%' && Peek(1) == '{') { SkipEmbedded(); continue; }
                if (c == '%' && Peek(1) == '(') { depth++; _position += 2; continue; }
                if (c == '%' && Peek(1) == ')')
                {
                    _position += 2;
                    if (--depth <= 0) return;
                    continue;
                }

                _position++;
            }
        }

        /// <summary>Reads <c>name [%] [[size]] [= literal] {, ...}</c> after global/private.</summary>
        /// <remarks>Null builders mean the names are private and not indexed.</remarks>
        private void ScanVariables(ImmutableArray<string>.Builder? globals, ImmutableArray<string>.Builder? functions, bool alreadyReadGlobal)
        {
            string? word = NextWord();
            if (!alreadyReadGlobal && word == "global") word = NextWord();
            if (word == "function")
            {
                if (NextWord() is { } name && IsName(name)) functions?.Add(name);
                SkipToBodyEnd();
                return;
            }

            while (word is not null && IsName(word) && !IsStatementStart(word))
            {
                globals?.Add(word);
                int save = _position;
                word = NextWord();
                if (word == "%") { save = _position; word = NextWord(); }
                if (word == "[")
                {
                    while ((word = NextWord()) is not null && word != "]") { }
                    save = _position;
                    word = NextWord();
                }

                if (word == "=")
                {
                    word = NextWord();
                    if (word == "-") word = NextWord();
                    while (word == "\"\"")
                    {
                        save = _position;
                        word = NextWord();
                    }

                    if (word != "," && word is not null && !IsStatementStart(word)) { save = _position; word = NextWord(); }
                }

                if (word == ";") return;
                if (word != ",")
                {
                    _position = save;
                    return;
                }

                word = NextWord();
            }
        }

        private static bool IsStatementStart(string word) => word is "probe" or "global" or "private" or "function" or "@define";

        /// <summary>Reads the probe points of a probe or alias; names followed by <c>=</c> or <c>+=</c> are aliases.</summary>
        private void ScanProbe(ImmutableArray<ImmutableArray<string>>.Builder aliases, List<string> components)
        {
            components.Clear();
            string? word;
            bool expectComponent = true;
            int parenDepth = 0;
            while ((word = NextWord()) is not null)
            {
                if (parenDepth > 0)
                {
                    if (word == "(") parenDepth++;
                    else if (word == ")") parenDepth--;
                    continue;
                }

                switch (word)
                {
                    case "(":
                        parenDepth = 1;
                        break;
                    case ".":
                        expectComponent = true;
                        break;
                    case "=" or "+=":
                        if (components.Count > 0) aliases.Add(components.ToImmutableArray());
                        components.Clear();
                        expectComponent = true;
                        break;
                    case ",":
                        components.Clear();
                        expectComponent = true;
                        break;
                    case "{":
                        SkipBlock();
                        SkipEpilogue();
                        return;
                    default:
                        if (expectComponent && (IsName(word) || word.Contains("*")))
                        {
                            components.Add(word);
                            expectComponent = false;
                        }

                        break;
                }
            }
        }

        /// <summary>Skips the <c>, { epilogue }</c> block of a combined alias.</summary>
        private void SkipEpilogue()
        {
            int save = _position;
            if (NextWord() == "," && NextWord() == "{")
            {
                SkipBlock();
                return;
            }

            _position = save;
        }
    }
}
