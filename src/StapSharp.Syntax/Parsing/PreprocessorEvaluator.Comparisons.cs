using System;
using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    internal sealed partial class PreprocessorEvaluator
    {
        /// <summary>Resolves conditionals inside an expanded stream (macro bodies may contain them).</summary>
        private List<PpToken> ApplyConditionals(List<PpToken> stream, int depth)
        {
            bool any = false;
            foreach (var token in stream)
                if (token.IsOperator(SyntaxKind.PercentOpenParenToken)) { any = true; break; }
            if (!any) return stream;

            var result = new List<PpToken>(stream.Count);
            int i = 0;
            while (i < stream.Count)
            {
                var token = stream[i];
                if (!token.IsOperator(SyntaxKind.PercentOpenParenToken))
                {
                    result.Add(token);
                    i++;
                    continue;
                }
                int question = i + 1;
                while (question < stream.Count && !stream[question].IsOperator(SyntaxKind.PercentQuestionToken)) question++;
                if (question >= stream.Count || depth >= MaxExpansionDepth)
                {
                    Report(token.Origin, ErrorCode.ERR_PPExpectedQuestion);
                    return result;
                }
                bool value = EvaluateStream(stream, i + 1, question, token.Origin);
                var taken = new List<PpToken>();
                var skipped = new List<PpToken>();
                bool inElse = false;
                int nesting = 0;
                int k = question + 1;
                for (; k < stream.Count; k++)
                {
                    var t = stream[k];
                    if (t.IsOperator(SyntaxKind.PercentOpenParenToken)) nesting++;
                    else if (t.IsOperator(SyntaxKind.PercentCloseParenToken))
                    {
                        if (nesting == 0) break;
                        nesting--;
                    }
                    else if (nesting == 0 && !inElse && t.IsOperator(SyntaxKind.PercentColonToken))
                    {
                        inElse = true;
                        continue;
                    }
                    (inElse != value ? taken : skipped).Add(t);
                }
                if (k >= stream.Count) Report(token.Origin, ErrorCode.ERR_PPUnterminatedConditional);
                result.AddRange(ApplyConditionals(taken, depth + 1));
                i = k + 1;
            }
            return result;
        }

        /// <summary>stap's loop: comparisons of three tokens, <c>&amp;&amp;</c> accumulates, <c>||</c> closes a conjunction.</summary>
        private bool EvaluateStream(List<PpToken> stream, int start, int end, int fallbackOrigin)
        {
            bool result = false;
            bool conjunction = true;
            int position = start;
            while (true)
            {
                if (end - position < 3)
                {
                    Report(position < end ? stream[position].Origin : fallbackOrigin, ErrorCode.ERR_PPIncompleteCondition);
                    return false;
                }
                conjunction &= EvaluateComparison(stream[position], stream[position + 1], stream[position + 2]);
                position += 3;
                if (position == end)
                {
                    result |= conjunction;
                    return result;
                }
                var connector = stream[position++];
                if (connector.IsOperator(SyntaxKind.AmpersandAmpersandToken)) continue;
                result |= conjunction;
                conjunction = true;
                if (connector.IsOperator(SyntaxKind.BarBarToken)) continue;
                Report(connector.Origin, ErrorCode.ERR_PPExpectedQuestion);
                return false;
            }
        }

        private bool EvaluateComparison(PpToken left, PpToken op, PpToken right)
        {
            if (left.Type == PpTokenType.Unknown || right.Type == PpTokenType.Unknown || op.Type == PpTokenType.Unknown)
            {
                _undetermined = true;
                return false;
            }
            if (left.Type == PpTokenType.BadNumber) return Fail(left, ErrorCode.ERR_InvalidNumber);
            if (right.Type == PpTokenType.BadNumber) return Fail(right, ErrorCode.ERR_InvalidNumber);

            if (left.Type == PpTokenType.Identifier)
            {
                switch (left.Text)
                {
                    case "kernel_v":
                        return CompareVersion(_options.KernelVersion, op, right);
                    case "kernel_vr":
                        return CompareVersion(_options.KernelRelease, op, right);
                    case "systemtap_v":
                        return CompareVersion(_options.LanguageVersion.ToString(), op, right);
                    case "systemtap_privilege":
                        if (right.Type != PpTokenType.String) return Fail(right, ErrorCode.ERR_PPExpectedString);
                        return Equality(op, _options.Privilege == right.Text);
                    case "guru_mode":
                        if (right.Type != PpTokenType.Number) return Fail(right, ErrorCode.ERR_PPExpectedNumber);
                        if (right.Number != 0 && right.Number != 1) return Fail(op, ErrorCode.ERR_PPExpectedZeroOrOne);
                        return Equality(op, (_options.GuruMode ? 1 : 0) == right.Number);
                    case "arch":
                        if (right.Type != PpTokenType.String) return Fail(right, ErrorCode.ERR_PPExpectedString);
                        return Equality(op, PreprocessorTextMatching.Match(right.Text, _options.Architecture));
                    case "runtime":
                        if (right.Type != PpTokenType.String) return Fail(right, ErrorCode.ERR_PPExpectedString);
                        return Equality(op, PreprocessorTextMatching.Match(right.Text, _options.Runtime));
                }
                if (left.Text.StartsWith("CONFIG_", StringComparison.Ordinal))
                    return CompareConfig(left, op, right);
            }

            if (left.Type == PpTokenType.String && right.Type == PpTokenType.String)
                return Order(op, string.CompareOrdinal(left.Text, right.Text));
            if (left.Type == PpTokenType.Number && right.Type == PpTokenType.Number)
                return Order(op, left.Number.CompareTo(right.Number));
            if (left.Type == PpTokenType.String && right.Type == PpTokenType.Number && op.Type == PpTokenType.Operator)
                return Fail(right, ErrorCode.ERR_PPExpectedStringRightOperand);
            if (left.Type == PpTokenType.Number && right.Type == PpTokenType.String && op.Type == PpTokenType.Operator)
                return Fail(right, ErrorCode.ERR_PPExpectedNumberRightOperand);
            return Fail(left, ErrorCode.ERR_PPInvalidOperand);
        }

        /// <summary><c>kernel_v</c>, <c>kernel_vr</c>, <c>systemtap_v</c>: <c>strverscmp</c> order, or an <c>fnmatch</c> pattern with == and !=.</summary>
        private bool CompareVersion(string actual, PpToken op, PpToken right)
        {
            if (right.Type != PpTokenType.String) return Fail(right, ErrorCode.ERR_PPExpectedString);
            if (!IsComparison(op)) return Fail(op, ErrorCode.ERR_PPExpectedComparisonOperator);
            bool equality = op.Kind is SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken;
            if (PreprocessorTextMatching.HasWildcard(right.Text))
            {
                if (!equality) return Fail(op, ErrorCode.ERR_PPWildcardWithOrderOperator);
                return Equality(op, PreprocessorTextMatching.Match(right.Text, actual));
            }
            return Order(op, PreprocessorTextMatching.VersionCompare(actual, right.Text));
        }

        private bool CompareConfig(PpToken left, PpToken op, PpToken right)
        {
            string value = ConfigValue(left.Text);
            if (right.Type == PpTokenType.String)
                return Equality(op, PreprocessorTextMatching.Match(right.Text, value));
            if (right.Type == PpTokenType.Number)
            {
                if (!TryParseSignedNumber(value, out long number)) return Fail(left, ErrorCode.ERR_PPConfigValueNotNumber);
                return Order(op, number.CompareTo(right.Number));
            }
            if (right.Type == PpTokenType.Identifier && right.Text.StartsWith("CONFIG_", StringComparison.Ordinal))
            {
                string other = ConfigValue(right.Text);
                if (TryParseSignedNumber(value, out long leftNumber) && TryParseSignedNumber(other, out long rightNumber))
                    return Order(op, leftNumber.CompareTo(rightNumber));
                return Order(op, string.CompareOrdinal(value, other));
            }
            return Fail(right, ErrorCode.ERR_PPExpectedConfigOperand);
        }

        private string ConfigValue(string name) =>
            _options.KernelConfig.TryGetValue(name, out var value) ? value : string.Empty;

        /// <summary><c>strtoll(text, base 0)</c> that must consume everything (the empty string is 0, as in stap).</summary>
        private static bool TryParseSignedNumber(string text, out long value)
        {
            value = 0;
            int start = 0;
            while (start < text.Length && (text[start] == ' ' || (text[start] >= '\t' && text[start] <= '\r'))) start++;
            if (start == text.Length) return text.Length == 0;
            bool negative = text[start] == '-';
            if (negative || text[start] == '+') start++;
            if (!Lexer.TryParseNumber(text, start, text.Length - start, out ulong magnitude)) return false;
            if (negative)
            {
                if (magnitude > 9223372036854775808UL) return false;
                value = unchecked(-(long)magnitude);
                return true;
            }
            if (magnitude > long.MaxValue) return false;
            value = (long)magnitude;
            return true;
        }

        private static bool IsComparison(PpToken op) => op.Type == PpTokenType.Operator && SyntaxFacts.IsComparisonOperator(op.Kind);

        private bool Equality(PpToken op, bool equal)
        {
            if (op.IsOperator(SyntaxKind.EqualsEqualsToken)) return equal;
            if (op.IsOperator(SyntaxKind.ExclamationEqualsToken)) return !equal;
            return Fail(op, ErrorCode.ERR_PPExpectedEqualityOperator);
        }

        private bool Order(PpToken op, int comparison)
        {
            if (!IsComparison(op)) return Fail(op, ErrorCode.ERR_PPExpectedComparisonOperator);
            return op.Kind switch
            {
                SyntaxKind.EqualsEqualsToken => comparison == 0,
                SyntaxKind.ExclamationEqualsToken => comparison != 0,
                SyntaxKind.LessThanToken => comparison < 0,
                SyntaxKind.LessThanEqualsToken => comparison <= 0,
                SyntaxKind.GreaterThanToken => comparison > 0,
                _ => comparison >= 0,
            };
        }

        private bool Fail(PpToken at, ErrorCode code)
        {
            Report(at.Origin, code);
            return false;
        }

        private enum PpTokenType : byte
        {
            Identifier,
            Keyword,
            String,
            Number,
            /// <summary>A number stap's decimal <c>lex_cast</c> rejects in a condition (hex, octal-looking is decimal, overflow).</summary>
            BadNumber,
            Operator,
            Other,
            /// <summary>A command-line argument that was not supplied: comparisons with it are false, silently.</summary>
            Unknown,
        }

        /// <summary>A token after macro and argument expansion, typed the way stap's evaluator sees it.</summary>
        private readonly struct PpToken
        {
            private PpToken(PpTokenType type, SyntaxKind kind, string text, long number, int origin)
            {
                Type = type;
                Kind = kind;
                Text = text;
                Number = number;
                Origin = origin;
            }

            public PpTokenType Type { get; }
            public SyntaxKind Kind { get; }
            /// <summary>The identifier text, or the string value.</summary>
            public string Text { get; }
            public long Number { get; }
            /// <summary>The index of the condition token this came from (diagnostics go there).</summary>
            public int Origin { get; }

            public bool IsOperator(SyntaxKind kind) => Type == PpTokenType.Operator && Kind == kind;

            public static PpToken FromNumber(long value, int origin) =>
                new(PpTokenType.Number, SyntaxKind.NumericLiteralToken, string.Empty, value, origin);

            public static PpToken FromString(string value, int origin) =>
                new(PpTokenType.String, SyntaxKind.StringLiteralToken, value, 0, origin);

            public static PpToken CreateUnknown(int origin) => new(PpTokenType.Unknown, SyntaxKind.None, string.Empty, 0, origin);

            public static PpToken From(GreenToken token, int origin)
            {
                var kind = token.Kind;
                if (kind == SyntaxKind.IdentifierToken || kind == SyntaxKind.DollarIdentifierToken)
                    return new(PpTokenType.Identifier, kind, token.Text, 0, origin);
                if (kind == SyntaxKind.StringLiteralToken)
                    return FromString(token.ValueText, origin);
                if (kind == SyntaxKind.NumericLiteralToken)
                {
                    // Conditions convert numbers with lex_cast<int64_t>: decimal only ("010" is ten, "0x10" is an error).
                    return long.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number)
                        ? new(PpTokenType.Number, kind, token.Text, number, origin)
                        : new(PpTokenType.BadNumber, kind, token.Text, 0, origin);
                }
                if (SyntaxFacts.IsKeyword(kind))
                    return new(PpTokenType.Keyword, kind, token.Text, 0, origin);
                if (SyntaxFacts.IsPunctuation(kind) || SyntaxFacts.IsAtKeyword(kind))
                    return new(PpTokenType.Operator, kind, token.Text, 0, origin);
                return new(PpTokenType.Other, kind, token.Text, 0, origin);
            }
        }
    }
}
