using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Sprache;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The Sprache grammar of SystemTap printf formats, with stap 4.8's exact acceptance rules:
    /// <code>
    /// format    = { literal | "%%" | directive } ;
    /// directive = "%" [ flag ] [ size ] [ "." [ size ] ] [ "l" ] conversion ;
    /// flag      = "-" | "+" | " " | "#" | "0" ;          (* one at most *)
    /// size      = "*" | digit { digit } ;
    /// conversion = "b" | "c" | "s" | "m" | "M" | "d" | "i" | "o" | "u" | "p" | "x" | "X" ;
    /// </code>
    /// A directive cut short by the end of the format is an error when it already has a flag, width or precision
    /// (<c>%5</c>, <c>%-</c>); one that has none (<c>%l</c>, <c>%.</c>) is accepted and prints nothing; a lone
    /// trailing <c>%</c> lacks its conversion. Errors do not stop the parse: it resumes after the bad character.
    /// </summary>
    internal static class PrintfFormatParser
    {
        // The directive head (%, flag, width, precision, 'l') is one hand-written Sprache parser: composing it from
        // Optional/SelectMany parsers cost about 8 KB of allocations per directive (SubLanguageBenchmarks).
        private static readonly Parser<DirectiveHead> Head = ScanHead;

        private static readonly Parser<ParsedSegment> EscapedPercent = ScanEscapedPercent;

        private static readonly Parser<ParsedSegment> Literal =
            SpracheSpans.RunOf("%", minimum: 1)
                .Select(t => new ParsedSegment(new PrintfSegment(PrintfSegmentKind.Literal, t.Span, t.Value)));

        private static readonly Parser<ParsedSegment> Directive = ParseDirective;

        private static readonly string[] s_escapedPercentExpectation = { "%%" };

        private static readonly string[] s_directiveExpectation = { "%" };

        // Literal runs first: they are the most common segment and fail cheaply on '%'.
        private static readonly Parser<IEnumerable<ParsedSegment>> Format =
            Literal.Or(EscapedPercent).Or(Directive).Many().End();

        public static PrintfFormat ParseText(string text)
        {
            var segments = new List<PrintfSegment>();
            var directives = new List<PrintfDirective>();
            var errors = new List<SubLanguageError>();
            var argumentTypes = new List<PrintfArgumentType>();

            // Every character starts one of the three alternatives, so the grammar never fails.
            foreach (ParsedSegment parsed in Format.ParseAll(text))
            {
                segments.Add(parsed.Segment);
                if (parsed.Error != null) errors.Add(parsed.Error);
                if (parsed.Segment is PrintfDirective directive)
                {
                    directives.Add(directive);
                    argumentTypes.AddRange(directive.ArgumentTypes);
                }
            }

            return new PrintfFormat(text, segments, directives, argumentTypes, errors);
        }

        private static IResult<ParsedSegment> ScanEscapedPercent(IInput input)
        {
            string source = input.Source;
            int start = input.Position;
            if (start + 1 >= source.Length || source[start] != '%' || source[start + 1] != '%')
                return Result.Failure<ParsedSegment>(input, "'%%' expected", s_escapedPercentExpectation);
            var segment = new PrintfSegment(PrintfSegmentKind.EscapedPercent, new TextSpan(start, 2), "%%");
            return Result.Success(new ParsedSegment(segment), Advance(input, 2));
        }

        private static IResult<DirectiveHead> ScanHead(IInput input)
        {
            string source = input.Source;
            int position = input.Position;
            if (position >= source.Length || source[position] != '%')
                return Result.Failure<DirectiveHead>(input, "'%' expected", s_directiveExpectation);
            position++;

            PrintfFlags flag = position < source.Length ? ToFlag(source[position]) : PrintfFlags.None;
            if (flag != PrintfFlags.None) position++;

            Size width = ScanSize(source, ref position);
            Size precision = default;
            if (position < source.Length && source[position] == '.')
            {
                position++;
                precision = ScanSize(source, ref position); // a bare '.' gives no precision, as in stap
            }

            bool hasLengthModifier = position < source.Length && source[position] == 'l';
            if (hasLengthModifier) position++;

            return Result.Success(
                new DirectiveHead(flag, width, precision, hasLengthModifier),
                Advance(input, position - input.Position));
        }

        private static Size ScanSize(string source, ref int position)
        {
            if (position >= source.Length) return default;
            if (source[position] == '*')
            {
                position++;
                return new Size(PrintfSizeKind.Dynamic, 0);
            }

            long value = 0;
            int start = position;
            while (position < source.Length && source[position] is >= '0' and <= '9')
            {
                value = Math.Min((value * 10) + (source[position] - '0'), int.MaxValue); // saturate
                position++;
            }

            return position == start ? default : new Size(PrintfSizeKind.Static, (int)value);
        }

        private static IInput Advance(IInput input, int count)
        {
            if (input is StringInput fast) return fast.AdvanceTo(input.Position + count);
            for (int i = 0; i < count; i++) input = input.Advance();
            return input;
        }

        private static IResult<ParsedSegment> ParseDirective(IInput input)
        {
            IResult<DirectiveHead> head = Head(input);
            if (!head.WasSuccessful) return Result.Failure<ParsedSegment>(input, head.Message, head.Expectations);

            DirectiveHead h = head.Value;
            IInput rest = head.Remainder;
            int start = input.Position;

            if (rest.AtEnd)
            {
                var span = TextSpan.FromBounds(start, rest.Position);
                string text = input.Source.Substring(start, span.Length);
                if (span.Length == 1)
                {
                    // A lone '%' at the end: the conversion letter is missing.
                    return Result.Success(
                        Invalid(span, text, new SubLanguageError(
                            ErrorCode.ERR_PrintfInvalidConversion, new TextSpan(rest.Position, 0))),
                        rest);
                }

                return Result.Success(
                    h.SetsSomething
                        ? Invalid(span, text, new SubLanguageError(ErrorCode.ERR_PrintfIncompleteConversion, span))
                        : new ParsedSegment(new PrintfSegment(PrintfSegmentKind.Empty, span, text)),
                    rest);
            }

            char letter = rest.Current;
            if (TryGetConversion(letter, out PrintfConversion conversion))
            {
                IInput after = rest.Advance();
                var span = TextSpan.FromBounds(start, after.Position);
                var directive = new PrintfDirective(
                    span, input.Source.Substring(start, span.Length), h.Flags, h.Width.Kind, h.Width.Value,
                    h.Precision.Kind, h.Precision.Value, h.HasLengthModifier, letter, conversion,
                    ArgumentTypesOf(h, conversion));
                return Result.Success(new ParsedSegment(directive), after);
            }

            // An invalid letter is part of the bad directive, except a '%' which may start the next one.
            IInput resume = letter == '%' ? rest : rest.Advance();
            var invalidSpan = TextSpan.FromBounds(start, resume.Position);
            return Result.Success(
                Invalid(invalidSpan, input.Source.Substring(start, invalidSpan.Length), new SubLanguageError(
                    ErrorCode.ERR_PrintfInvalidConversion, new TextSpan(rest.Position, 1))),
                resume);
        }

        private static ParsedSegment Invalid(TextSpan span, string text, SubLanguageError error) =>
            new(new PrintfSegment(PrintfSegmentKind.Invalid, span, text), error);

        private static PrintfArgumentType[] ArgumentTypesOf(DirectiveHead head, PrintfConversion conversion)
        {
            var types = new List<PrintfArgumentType>(3);
            if (head.Width.Kind == PrintfSizeKind.Dynamic) types.Add(PrintfArgumentType.Long);
            if (head.Precision.Kind == PrintfSizeKind.Dynamic) types.Add(PrintfArgumentType.Long);
            types.Add(conversion switch
            {
                PrintfConversion.String => PrintfArgumentType.String,
                PrintfConversion.Pointer or PrintfConversion.Memory or PrintfConversion.MemoryHex => PrintfArgumentType.Pointer,
                _ => PrintfArgumentType.Long,
            });
            return types.ToArray();
        }

        private static bool TryGetConversion(char letter, out PrintfConversion conversion)
        {
            switch (letter)
            {
                case 'b': conversion = PrintfConversion.Binary; return true;
                case 'c': conversion = PrintfConversion.Character; return true;
                case 's': conversion = PrintfConversion.String; return true;
                case 'm': conversion = PrintfConversion.Memory; return true;
                case 'M': conversion = PrintfConversion.MemoryHex; return true;
                case 'd':
                case 'i': conversion = PrintfConversion.SignedDecimal; return true;
                case 'o': conversion = PrintfConversion.UnsignedOctal; return true;
                case 'u': conversion = PrintfConversion.UnsignedDecimal; return true;
                case 'p': conversion = PrintfConversion.Pointer; return true;
                case 'x': conversion = PrintfConversion.HexLowercase; return true;
                case 'X': conversion = PrintfConversion.HexUppercase; return true;
                default: conversion = default; return false;
            }
        }

        // stap reads at most one flag character.
        private static PrintfFlags ToFlag(char c) => c switch
        {
            '-' => PrintfFlags.LeftJustify,
            '+' => PrintfFlags.ForceSign,
            ' ' => PrintfFlags.SpaceSign,
            '#' => PrintfFlags.Alternate,
            '0' => PrintfFlags.ZeroPad,
            _ => PrintfFlags.None,
        };

        private readonly struct Size
        {
            public Size(PrintfSizeKind kind, int value)
            {
                Kind = kind;
                Value = value;
            }

            public PrintfSizeKind Kind { get; }

            public int Value { get; }
        }

        private readonly struct DirectiveHead
        {
            public DirectiveHead(PrintfFlags flags, Size width, Size precision, bool hasLengthModifier)
            {
                Flags = flags;
                Width = width;
                Precision = precision;
                HasLengthModifier = hasLengthModifier;
            }

            public PrintfFlags Flags { get; }

            public Size Width { get; }

            public Size Precision { get; }

            public bool HasLengthModifier { get; }

            // What stap's "trailing incomplete print format conversion" check looks at; 'l' and a bare '.' do not count.
            public bool SetsSomething =>
                Flags != PrintfFlags.None || Width.Kind != PrintfSizeKind.None || Precision.Kind != PrintfSizeKind.None;
        }

        private readonly struct ParsedSegment
        {
            public ParsedSegment(PrintfSegment segment, SubLanguageError? error = null)
            {
                Segment = segment;
                Error = error;
            }

            public PrintfSegment Segment { get; }

            public SubLanguageError? Error { get; }
        }
    }
}
