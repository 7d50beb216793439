using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The grammar of the POSIX-ERE dialect stap 4.8 compiles for <c>=~</c> and <c>!~</c>, with its acceptance rules:
    /// <code>
    /// regex       = alternation [ ")" ] ;                      (* a ')' as the very last byte is ignored *)
    /// alternation = sequence { "|" sequence } ;                (* empty alternatives match "" *)
    /// sequence    = { repeat } ;
    /// repeat      = atom { "*" | "+" | "?" | "{" n [ "," [ m ] ] "}" } ;   (* not after ^ or $; n, m &lt;= 12344 *)
    /// atom        = "(" [ "?" (* must precede ':' *) ] alternation ")" | "[" bracket "]" | "." | "^" | "$"
    ///             | "\" byte | byte ;                          (* any other byte is literal, '{' not first *)
    /// bracket     = [ "^" ] [ "]" ] { "[:" name ":]" | "\" byte | byte [ "-" byte ] } ;
    /// </code>
    /// The pattern is first read as bytes with its C escapes resolved (<see cref="RegexUnits"/>), so a regex escape is
    /// written <c>"\\."</c> in the script. Like stap, the parser stops at the first error. Group numbers follow the
    /// opening parentheses; <c>(?:</c> does not capture, and (as in stap 4.8) its ':' is part of the group's body.
    /// </summary>
    internal sealed class RegexParser
    {
        /// <summary>stap's largest repetition count in an interval.</summary>
        public const int MaxRepeatCount = 12344;

        private readonly string _text;
        private readonly List<RegexUnit> _units;
        private int _next;
        private int _groups;

        private RegexParser(string text)
        {
            _text = text;
            _units = RegexUnits.Read(text);
        }

        public static RegexPattern ParseText(string text)
        {
            var parser = new RegexParser(text);
            try
            {
                RegexNode root = parser.ParseRoot();
                if (RegexBranchingFactor.Levels(root) > RegexBranchingFactor.MaxLevels)
                {
                    // stap reports it "at position 0": the whole pattern is the culprit.
                    var error = new SubLanguageError(ErrorCode.ERR_RegexExcessiveBranching, new TextSpan(0, text.Length));
                    return new RegexPattern(text, null, parser._groups, new[] { error });
                }

                return new RegexPattern(text, root, parser._groups, Array.Empty<SubLanguageError>());
            }
            catch (RegexSyntaxException e)
            {
                return new RegexPattern(text, null, parser._groups, new[] { e.Error });
            }
        }

        private bool AtEnd => _next >= _units.Count;

        private int EndOffset => _text.Length;

        private char Peek(int ahead = 0) => _next + ahead < _units.Count ? (char)_units[_next + ahead].Value : '\0';

        private bool PeekIs(char c, int ahead = 0) => _next + ahead < _units.Count && _units[_next + ahead].Value == c;

        private int StartOf(int index) => index < _units.Count ? _units[index].Start : EndOffset;

        private TextSpan SpanFrom(int firstUnit) => TextSpan.FromBounds(StartOf(firstUnit), _next > firstUnit ? _units[_next - 1].End : StartOf(firstUnit));

        private RegexNode ParseRoot()
        {
            RegexNode root = ParseAlternation();
            if (!AtEnd)
            {
                // Only a ')' is left. As the last byte stap ignores it; anywhere else it is unbalanced.
                if (_next == _units.Count - 1)
                    return root;
                throw Error(ErrorCode.ERR_RegexUnbalancedCloseParen, UnitSpan(_next));
            }
            return root;
        }

        private RegexNode ParseAlternation()
        {
            int first = _next;
            var alternatives = ImmutableArray.CreateBuilder<RegexNode>();
            alternatives.Add(ParseSequence());
            while (PeekIs('|'))
            {
                _next++;
                alternatives.Add(ParseSequence());
            }
            return alternatives.Count == 1 ? alternatives[0] : new RegexAlternation(SpanFrom(first), alternatives.ToImmutable());
        }

        private RegexNode ParseSequence()
        {
            int first = _next;
            var items = ImmutableArray.CreateBuilder<RegexNode>();
            while (!AtEnd && !PeekIs('|') && !PeekIs(')'))
                items.Add(ParseRepeat());
            return items.Count switch
            {
                0 => new RegexEmpty(new TextSpan(StartOf(first), 0)),
                1 => items[0],
                _ => new RegexSequence(SpanFrom(first), items.ToImmutable()),
            };
        }

        private RegexNode ParseRepeat()
        {
            int first = _next;
            RegexNode atom = ParseAtom();
            while (!AtEnd && Peek() is '*' or '+' or '?' or '{')
            {
                char op = Peek();
                if (atom is RegexAnchor)
                    throw Error(ErrorCode.ERR_RegexRepeatedAnchor, UnitSpan(_next), op.ToString());
                _next++;
                atom = op switch
                {
                    '*' => new RegexRepeat(SpanFrom(first), atom, 0, -1),
                    '+' => new RegexRepeat(SpanFrom(first), atom, 1, -1),
                    '?' => new RegexRepeat(SpanFrom(first), atom, 0, 1),
                    _ => ParseInterval(first, atom),
                };
            }
            return atom;
        }

        private RegexNode ParseInterval(int first, RegexNode atom)
        {
            int open = _next - 1;
            (long min, TextSpan minSpan) = ReadNumber(ErrorCode.ERR_RegexIntervalNumberExpected);
            long max = min;
            TextSpan maxSpan = minSpan;
            if (AtEnd) throw Error(ErrorCode.ERR_RegexUnexpectedEnd, new TextSpan(EndOffset, 0));
            if (PeekIs(','))
            {
                _next++;
                if (AtEnd) throw Error(ErrorCode.ERR_RegexIntervalCloseExpected, new TextSpan(EndOffset, 0));
                if (PeekIs('}'))
                {
                    max = -1;
                }
                else
                {
                    (max, maxSpan) = ReadNumber(ErrorCode.ERR_RegexIntervalCloseExpected);
                    if (AtEnd) throw Error(ErrorCode.ERR_RegexUnexpectedEnd, new TextSpan(EndOffset, 0));
                }
            }
            if (!PeekIs('}'))
                throw Error(ErrorCode.ERR_RegexIntervalCloseExpected, UnitSpan(_next));
            _next++;

            CheckCount(min, minSpan);
            if (max >= 0)
            {
                CheckCount(max, maxSpan);
                if (min > max)
                    throw Error(ErrorCode.ERR_RegexIntervalInverted, SpanFrom(open), min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
            }
            return new RegexRepeat(SpanFrom(first), atom, (int)min, (int)max);
        }

        private (long Value, TextSpan Span) ReadNumber(ErrorCode missing)
        {
            if (AtEnd) throw Error(missing, new TextSpan(EndOffset, 0));
            if (Peek() is < '0' or > '9') throw Error(missing, UnitSpan(_next));
            int first = _next;
            long value = 0;
            bool overflow = false;
            while (Peek() is >= '0' and <= '9' && !AtEnd)
            {
                int digit = Peek() - '0';
                if (value > (long.MaxValue - digit) / 10) overflow = true;
                else value = (value * 10) + digit;
                _next++;
            }
            TextSpan span = SpanFrom(first);
            if (overflow)
                throw Error(ErrorCode.ERR_RegexIntervalNumberInvalid, span, _text.Substring(span.Start, span.Length));
            return (value, span);
        }

        private void CheckCount(long value, TextSpan span)
        {
            if (value > MaxRepeatCount)
                throw Error(ErrorCode.ERR_RegexIntervalTooLarge, span, value.ToString(CultureInfo.InvariantCulture));
        }

        private RegexNode ParseAtom()
        {
            int first = _next;
            char c = Peek();
            _next++;
            switch (c)
            {
                case '*':
                case '+':
                case '?':
                case '{':
                    throw Error(ErrorCode.ERR_RegexNothingToRepeat, UnitSpan(first), c.ToString());
                case '.':
                    return new RegexAnyByte(UnitSpan(first));
                case '^':
                    return new RegexAnchor(UnitSpan(first), AtStart: true);
                case '$':
                    return new RegexAnchor(UnitSpan(first), AtStart: false);
                case '[':
                    return ParseBracket(first);
                case '(':
                    return ParseGroup(first);
                case '\\':
                    if (AtEnd) throw Error(ErrorCode.ERR_RegexUnexpectedEnd, new TextSpan(EndOffset, 0));
                    _next++;
                    return new RegexLiteral(SpanFrom(first), _units[_next - 1].Value);
                default:
                    return new RegexLiteral(UnitSpan(first), _units[first].Value);
            }
        }

        private RegexNode ParseGroup(int first)
        {
            int number = 0;
            if (PeekIs('?'))
            {
                // stap 4.8 checks for "(?:" but leaves the ':' in the group: "(?:b)" matches ":b".
                if (!PeekIs(':', 1))
                {
                    int end = Math.Min(_next + 2, _units.Count);
                    string shown = "(?" + (_next + 1 < _units.Count ? ((char)_units[_next + 1].Value).ToString() : "");
                    _next = end;
                    throw Error(ErrorCode.ERR_RegexUnknownGroupModifier, SpanFrom(first), shown);
                }
                _next++;
            }
            else
            {
                number = ++_groups;
            }

            RegexNode body = ParseAlternation();
            if (!PeekIs(')'))
                throw Error(ErrorCode.ERR_RegexMissingCloseParen, new TextSpan(EndOffset, 0));
            _next++;
            return new RegexGroup(SpanFrom(first), body, number);
        }

        private RegexNode ParseBracket(int first)
        {
            var set = new RegexByteSetBuilder();
            bool negate = false;
            if (PeekIs('^'))
            {
                negate = true;
                _next++;
            }
            bool firstItem = true;
            while (true)
            {
                if (AtEnd) throw Error(ErrorCode.ERR_RegexUnclosedClass, new TextSpan(EndOffset, 0));
                if (PeekIs(']') && !firstItem)
                {
                    _next++;
                    return new RegexByteSet(SpanFrom(first), set.Build(negate));
                }
                firstItem = false;

                int itemStart = _next;
                if (PeekIs('[') && PeekIs(':', 1))
                {
                    _next += 2;
                    var name = new System.Text.StringBuilder();
                    while (!AtEnd && !(PeekIs(':') && PeekIs(']', 1)))
                    {
                        name.Append(Peek());
                        _next++;
                    }
                    if (AtEnd) throw Error(ErrorCode.ERR_RegexUnclosedClass, new TextSpan(EndOffset, 0));
                    _next += 2;
                    if (!RegexCharacterClasses.TryAdd(name.ToString(), set))
                        throw Error(ErrorCode.ERR_RegexUnknownCharacterClass, SpanFrom(itemStart), name.ToString());
                    continue;
                }

                int low = _units[_next++].Value;
                if (low == '\\')
                {
                    if (AtEnd) throw Error(ErrorCode.ERR_RegexUnclosedClass, new TextSpan(EndOffset, 0));
                    low = _units[_next++].Value;
                }
                if (PeekIs('-') && _next + 1 < _units.Count && !PeekIs(']', 1))
                {
                    _next++;
                    int high = _units[_next++].Value;
                    if (high < low)
                        throw Error(ErrorCode.ERR_RegexInvertedRange, SpanFrom(itemStart), Show(low), Show(high));
                    set.AddRange(low, high);
                    continue;
                }
                set.Add(low);
            }
        }

        private static string Show(int b) => b is >= 32 and < 127 ? ((char)b).ToString() : "\\" + Convert.ToString(b, 8).PadLeft(3, '0');

        private TextSpan UnitSpan(int index) => TextSpan.FromBounds(_units[index].Start, _units[index].End);

        private static RegexSyntaxException Error(ErrorCode code, TextSpan span, params object[] arguments) =>
            new(new SubLanguageError(code, span, arguments));

        /// <summary>Unwinds the recursive descent at the first error, as stap stops there too.</summary>
        private sealed class RegexSyntaxException : Exception
        {
            public RegexSyntaxException(SubLanguageError error)
                : base(error.Message)
            {
                Error = error;
            }

            public SubLanguageError Error { get; }
        }
    }
}
