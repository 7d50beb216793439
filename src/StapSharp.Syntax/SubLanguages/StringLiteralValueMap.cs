using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The stap value of a string literal (or of adjacent literals that stap glues together) and the map from
    /// offsets in that value back to source positions. Sub-language errors (<see cref="PrintfFormat"/>,
    /// <see cref="FunctionSpec"/>) are positioned in the value; this map turns them into spans of the file.
    /// </summary>
    /// <remarks>
    /// The value follows stap 4.8's lexer: <c>\a \b \t \n \v \f \r \\</c>, <c>\0</c>…<c>\7</c> and <c>\x</c> stay
    /// in the value as written, backslash included (the C compiler interprets them later); any other
    /// backslash pair stands for its second character, so <c>\"</c> is one value character made of two source
    /// characters. The quotes are not part of the value.
    /// </remarks>
    public sealed class StringLiteralValueMap
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly int _endPosition;

        private StringLiteralValueMap(string value, int[] starts, int[] ends, int endPosition)
        {
            Value = value;
            _starts = starts;
            _ends = ends;
            _endPosition = endPosition;
        }

        /// <summary>The stap value: what <see cref="PrintfFormat.Parse(string)"/> and <see cref="FunctionSpec.Parse(string)"/> take.</summary>
        public string Value { get; }

        /// <summary>Maps the token text of one string literal, with positions relative to the start of that text.</summary>
        /// <param name="rawText">The literal as written, quotes included.</param>
        public static StringLiteralValueMap FromLiteral(string rawText) => FromLiteral(rawText, 0);

        /// <summary>Maps the token text of one string literal that starts at <paramref name="sourceStart"/> in its file.</summary>
        /// <param name="rawText">The literal as written, quotes included (an unterminated literal has no closing quote).</param>
        /// <param name="sourceStart">The position of the opening quote in the file.</param>
        public static StringLiteralValueMap FromLiteral(string rawText, int sourceStart)
        {
            if (rawText is null) throw new ArgumentNullException(nameof(rawText));

            int contentStart = rawText.Length > 0 && rawText[0] == '"' ? 1 : 0;
            int contentEnd = ContentEnd(rawText, contentStart);
            var value = new StringBuilder(contentEnd - contentStart);
            var starts = new List<int>(contentEnd - contentStart);
            var ends = new List<int>(contentEnd - contentStart);

            for (int i = contentStart; i < contentEnd; i++)
            {
                char c = rawText[i];
                if (c == '\\' && i + 1 < contentEnd && !KeepsBackslash(rawText[i + 1]))
                {
                    // "\c" stands for 'c': one value character spanning two source characters.
                    value.Append(rawText[i + 1]);
                    starts.Add(sourceStart + i);
                    ends.Add(sourceStart + i + 2);
                    i++;
                    continue;
                }

                if (c == '\\' && i + 1 < contentEnd)
                {
                    // A kept escape: both characters are in the value, each maps to itself.
                    value.Append(c).Append(rawText[i + 1]);
                    starts.Add(sourceStart + i);
                    ends.Add(sourceStart + i + 1);
                    starts.Add(sourceStart + i + 1);
                    ends.Add(sourceStart + i + 2);
                    i++;
                    continue;
                }

                value.Append(c);
                starts.Add(sourceStart + i);
                ends.Add(sourceStart + i + 1);
            }

            return new StringLiteralValueMap(value.ToString(), starts.ToArray(), ends.ToArray(), sourceStart + contentEnd);
        }

        /// <summary>Maps adjacent literals that stap glues into one value (<c>"a" "b"</c> is <c>ab</c>).</summary>
        /// <param name="parts">The maps of the literals, in source order, each made with its source position.</param>
        public static StringLiteralValueMap Concat(IEnumerable<StringLiteralValueMap> parts)
        {
            if (parts is null) throw new ArgumentNullException(nameof(parts));

            var value = new StringBuilder();
            var starts = new List<int>();
            var ends = new List<int>();
            int endPosition = 0;
            bool any = false;
            foreach (StringLiteralValueMap part in parts)
            {
                value.Append(part.Value);
                starts.AddRange(part._starts);
                ends.AddRange(part._ends);
                endPosition = part._endPosition;
                any = true;
            }

            if (!any) throw new ArgumentException("At least one literal is needed.", nameof(parts));
            return new StringLiteralValueMap(value.ToString(), starts.ToArray(), ends.ToArray(), endPosition);
        }

        /// <summary>
        /// Maps the string tokens of a literal expression (one token, or adjacent tokens that stap glues), using
        /// each token's text and position: the map of a <c>StringLiteralExpression</c>'s <c>Tokens</c>.
        /// </summary>
        /// <param name="tokens">The string literal tokens in source order.</param>
        public static StringLiteralValueMap FromTokens(IEnumerable<SyntaxToken> tokens)
        {
            if (tokens is null) throw new ArgumentNullException(nameof(tokens));
            var parts = new List<StringLiteralValueMap>();
            foreach (SyntaxToken token in tokens) parts.Add(FromLiteral(token.Text, token.SpanStart));
            return Concat(parts);
        }

        /// <summary>The source position of the value character at <paramref name="valueOffset"/> (or just after the value when it equals its length).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The offset is negative or beyond the value.</exception>
        public int ToSourcePosition(int valueOffset)
        {
            if (valueOffset < 0 || valueOffset > Value.Length) throw new ArgumentOutOfRangeException(nameof(valueOffset));
            return valueOffset == Value.Length ? _endPosition : _starts[valueOffset];
        }

        /// <summary>The source span of the value characters in <paramref name="valueSpan"/>, escapes included whole.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The span is not inside the value.</exception>
        public TextSpan ToSourceSpan(TextSpan valueSpan)
        {
            if (valueSpan.End > Value.Length) throw new ArgumentOutOfRangeException(nameof(valueSpan));
            int start = ToSourcePosition(valueSpan.Start);
            return valueSpan.IsEmpty ? new TextSpan(start, 0) : TextSpan.FromBounds(start, _ends[valueSpan.End - 1]);
        }

        // The escapes stap keeps verbatim in the value (lexer::scan, language level 2.3 and later).
        private static bool KeepsBackslash(char c) =>
            c is 'a' or 'b' or 't' or 'n' or 'v' or 'f' or 'r' or '\\' or 'x' or (>= '0' and <= '7');

        private static int ContentEnd(string rawText, int contentStart)
        {
            if (rawText.Length <= contentStart || rawText[rawText.Length - 1] != '"') return rawText.Length;

            // The last quote closes the literal unless a backslash escapes it.
            int backslashes = 0;
            for (int i = rawText.Length - 2; i >= contentStart && rawText[i] == '\\'; i--) backslashes++;
            return backslashes % 2 == 0 ? rawText.Length - 1 : rawText.Length;
        }
    }
}
