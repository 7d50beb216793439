using System;
using Microsoft.CodeAnalysis.Text;
using Sprache;

namespace StapSharp.Syntax
{
    /// <summary>A parsed value together with the offsets it was read from.</summary>
    internal readonly struct Spanned<T>
    {
        public Spanned(T value, TextSpan span)
        {
            Value = value;
            Span = span;
        }

        public T Value { get; }

        public TextSpan Span { get; }
    }

    /// <summary>Sprache combinators that keep exact offsets, which the sub-language errors report.</summary>
    internal static class SpracheSpans
    {
        /// <summary>Runs <paramref name="parser"/> and records the offsets of the text it consumed.</summary>
        public static Parser<Spanned<T>> WithSpan<T>(this Parser<T> parser) =>
            input =>
            {
                IResult<T> result = parser(input);
                return result.WasSuccessful
                    ? Result.Success(
                        new Spanned<T>(result.Value, TextSpan.FromBounds(input.Position, result.Remainder.Position)),
                        result.Remainder)
                    : Result.Failure<Spanned<T>>(result.Remainder, result.Message, result.Expectations);
            };

        /// <summary>Succeeds without consuming anything, returning the current offset.</summary>
        public static readonly Parser<int> Position = input => Result.Success(input.Position, input);

        private static readonly string[] s_runExpectation = { "more characters" };

        /// <summary>Runs a grammar that accepts every string over a <see cref="StringInput"/>.</summary>
        public static T ParseAll<T>(this Parser<T> grammar, string text)
        {
            IResult<T> result = grammar(new StringInput(text));
            return result.WasSuccessful
                ? result.Value
                : throw new InvalidOperationException("The sub-language grammar rejected its input: " + result.Message);
        }

        /// <summary>
        /// One or more characters (at least <paramref name="minimum"/>) that are not in <paramref name="stops"/>,
        /// with their span: the same as <c>Parse.CharExcept(stops).Many().Text()</c>, but one allocation for the
        /// whole run when the input is a <see cref="StringInput"/>.
        /// </summary>
        public static Parser<Spanned<string>> RunOf(string stops, int minimum) =>
            input =>
            {
                string source = input.Source;
                int start = input.Position, end = start;
                while (end < source.Length && stops.IndexOf(source[end]) < 0) end++;
                if (end - start < minimum)
                    return Result.Failure<Spanned<string>>(input, "unexpected character", s_runExpectation);

                IInput rest = input is StringInput fast ? fast.AdvanceTo(end) : AdvanceBy(input, end - start);
                return Result.Success(
                    new Spanned<string>(source.Substring(start, end - start), TextSpan.FromBounds(start, end)), rest);
            };

        private static IInput AdvanceBy(IInput input, int count)
        {
            for (int i = 0; i < count; i++) input = input.Advance();
            return input;
        }

        /// <summary>An ASCII decimal digit (Sprache's <c>Parse.Digit</c> also accepts other Unicode digits, stap does not).</summary>
        public static readonly Parser<char> AsciiDigit = Parse.Chars("0123456789");
    }
}
