using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Sprache;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The Sprache grammar of probe-point function specs, with stap 4.8's acceptance rules:
    /// <code>
    /// spec   = function [ "@" file [ ( ":" | "+" ) lines ] ] ;
    /// function = { any character but "@" } ;            (* must not be empty *)
    /// file   = { any character but ":" and "+" } ;      (* must not be empty; may contain "@" *)
    /// lines  = "*"                                      (* only after ":" *)
    ///        | item { "," item } ;                      (* empty items are skipped *)
    /// item   = number { "-" number } ;                  (* stray "-" are skipped; first and last count *)
    /// number = { white space } [ "+" ] digit { digit } ; (* decimal, at most 2147483647 *)
    /// </code>
    /// </summary>
    internal static class FunctionSpecParser
    {
        private static readonly Parser<Spanned<string>> FunctionName = SpracheSpans.RunOf("@", minimum: 0);

        private static readonly Parser<Spanned<string>> FileName = SpracheSpans.RunOf(":+", minimum: 0);

        private static readonly Parser<Spanned<string>> LineItem = SpracheSpans.RunOf(",", minimum: 0);

        private static readonly Parser<LinePart> LineSpec =
            from separator in Parse.Chars(":+")
            from position in SpracheSpans.Position
            from items in LineItem.DelimitedBy(Parse.Char(','))
            from end in SpracheSpans.Position
            select new LinePart(separator, TextSpan.FromBounds(position, end), items.ToList());

        private static readonly Parser<SourcePart> Source =
            from at in Parse.Char('@')
            from file in FileName
            from lines in LineSpec.Optional()
            select new SourcePart(file, lines.GetOrDefault());

        private static readonly Parser<Spec> Grammar =
            (from function in FunctionName
             from source in Source.Optional()
             select new Spec(function, source.GetOrDefault())).End();

        // Within one comma-separated item: numbers separated by runs of '-', stray '-' at either end ignored.
        private static readonly Parser<Spanned<string>> RangePart = SpracheSpans.RunOf("-", minimum: 1);

        private static readonly Parser<IEnumerable<Spanned<string>>> RangeParts =
            (from leading in Parse.Char('-').Many()
             from parts in RangePart.DelimitedBy(Parse.Char('-').AtLeastOnce()).Optional()
             from trailing in Parse.Char('-').Many()
             select parts.GetOrElse(Enumerable.Empty<Spanned<string>>())).End();

        // What C++ `istream >> int` reads when nothing may follow: leading white space, an optional '+', digits.
        private static readonly Parser<string> LineNumber =
            (from space in Parse.Chars(" \t\n\v\f\r").Many()
             from sign in Parse.Char('+').Optional()
             from digits in SpracheSpans.AsciiDigit.AtLeastOnce().Text()
             select digits).End();

        public static FunctionSpec ParseText(string text)
        {
            // The grammar accepts every string; the rules stap enforces are checked on the parts.
            Spec spec = Grammar.ParseAll(text);
            var errors = new List<SubLanguageError>();

            var function = new WildcardPattern(spec.Function.Value, spec.Function.Span);
            if (function.Text.Length == 0)
                errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecMissingFunction, new TextSpan(0, 0)));

            WildcardPattern? file = null;
            var lineKind = FunctionSpecLineKind.None;
            TextSpan? linesSpan = null;
            var lines = new List<FunctionSpecLineRange>();

            if (spec.Source is { } source)
            {
                file = new WildcardPattern(source.File.Value, source.File.Span);
                if (file.Text.Length == 0)
                    errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecMissingFile, file.Span));

                if (source.Lines is { } lineSpec)
                {
                    linesSpan = lineSpec.Span;
                    lineKind = ClassifyLines(text, lineSpec, lines, errors);
                }
            }

            return new FunctionSpec(text, function, file, lineKind, linesSpan, lines, errors);
        }

        private static FunctionSpecLineKind ClassifyLines(
            string text, LinePart lineSpec, List<FunctionSpecLineRange> lines, List<SubLanguageError> errors)
        {
            var kind = lineSpec.Separator == '+' ? FunctionSpecLineKind.Relative : FunctionSpecLineKind.Absolute;
            if (lineSpec.Span.IsEmpty)
            {
                errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecMissingLine, lineSpec.Span));
                return kind;
            }

            if (kind == FunctionSpecLineKind.Absolute && lineSpec.Span.Length == 1 && text[lineSpec.Span.Start] == '*')
                return FunctionSpecLineKind.Wildcard;

            foreach (Spanned<string> item in lineSpec.Items)
            {
                if (item.Value.Length == 0) continue;
                if (TryParseRange(item, errors) is { } range) lines.Add(range);
            }

            return kind;
        }

        private static FunctionSpecLineRange? TryParseRange(Spanned<string> item, List<SubLanguageError> errors)
        {
            List<Spanned<string>> parts = RangeParts.ParseAll(item.Value).ToList();
            if (parts.Count == 0)
            {
                // stap 4.8 crashes on this (`:-`); it names no line.
                errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecMissingLine, item.Span));
                return null;
            }

            int? first = TryParseLineNumber(parts[0], item.Span.Start, errors);
            int? last = parts.Count == 1 ? first : TryParseLineNumber(parts[parts.Count - 1], item.Span.Start, errors);
            return first is int start && last is int end ? new FunctionSpecLineRange(start, end, item.Span) : null;
        }

        private static int? TryParseLineNumber(Spanned<string> part, int itemStart, List<SubLanguageError> errors)
        {
            var span = new TextSpan(itemStart + part.Span.Start, part.Span.Length);
            IResult<string> digits = LineNumber(new StringInput(part.Value));
            if (!digits.WasSuccessful)
            {
                errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecInvalidLine, span, part.Value));
                return null;
            }

            long value = 0;
            foreach (char d in digits.Value)
            {
                value = (value * 10) + (d - '0');
                if (value > int.MaxValue)
                {
                    errors.Add(new SubLanguageError(ErrorCode.ERR_FunctionSpecLineTooLarge, span, part.Value));
                    return null;
                }
            }

            return (int)value;
        }

        private readonly struct Spec
        {
            public Spec(Spanned<string> function, SourcePart? source)
            {
                Function = function;
                Source = source;
            }

            public Spanned<string> Function { get; }

            public SourcePart? Source { get; }
        }

        private sealed class SourcePart
        {
            public SourcePart(Spanned<string> file, LinePart? lines)
            {
                File = file;
                Lines = lines;
            }

            public Spanned<string> File { get; }

            public LinePart? Lines { get; }
        }

        private sealed class LinePart
        {
            public LinePart(char separator, TextSpan span, IReadOnlyList<Spanned<string>> items)
            {
                Separator = separator;
                Span = span;
                Items = items;
            }

            public char Separator { get; }

            public TextSpan Span { get; }

            public IReadOnlyList<Spanned<string>> Items { get; }
        }
    }
}
