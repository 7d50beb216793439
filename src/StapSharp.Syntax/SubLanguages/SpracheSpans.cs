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

        /// <summary>An ASCII decimal digit (Sprache's <c>Parse.Digit</c> also accepts other Unicode digits, stap does not).</summary>
        public static readonly Parser<char> AsciiDigit = Parse.Chars("0123456789");
    }
}
