using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenExpression = StapSharp.Syntax.InternalSyntax.ExpressionSyntax;

namespace StapSharp.Syntax
{
    // Primaries, target suffixes and address-of (docs/grammar.md, "Expressions" and "Target variables and @-operators").
    internal sealed partial class LanguageParser
    {
        /// <summary>
        /// dwarf_value = [ &amp; ] ( target_base suffixes | value [ suffixes ] ). Suffixes on a value that is not a
        /// target ($var, @cast, @var) are autocasts, available from language level 2.6.
        /// </summary>
        private GreenExpression ParseTargetValue()
        {
            if (CurrentKind != SyntaxKind.AmpersandToken)
                return ParseTargetValueWithoutAddressOf(out _);
            var ampersand = EatToken();
            var operand = ParseTargetValueWithoutAddressOf(out bool isTarget);
            if (!isTarget && !_autocast && operand.FullWidth > 0)
                operand = WithError(operand, ErrorCode.ERR_AutocastNotSupported);
            return Green.PrefixUnaryExpression(SyntaxKind.AddressOfExpression, ampersand, operand);
        }

        private GreenExpression ParseTargetValueWithoutAddressOf(out bool isTarget)
        {
            var value = ParsePrimary(out bool afterPrettySuffix);
            isTarget = value.Kind is SyntaxKind.TargetSymbolExpression or SyntaxKind.CastExpression or SyntaxKind.AtVarExpression;
            if (!isTarget && !_autocast) return value;

            bool reported = false;
            while (true)
            {
                var kind = CurrentKind;
                if (kind is not (SyntaxKind.MinusGreaterThanToken or SyntaxKind.OpenBracketToken)
                    && !(kind == SyntaxKind.DollarIdentifierToken && IsAllDollars(CurrentToken.Text) && !afterPrettySuffix))
                    return value;
                // $a$->b: a pretty-print suffix ends the chain; keep what follows in the tree with one error.
                bool misplaced = afterPrettySuffix && !reported;
                if (kind == SyntaxKind.MinusGreaterThanToken)
                {
                    var arrow = EatToken();
                    if (misplaced) arrow = WithError(arrow, ErrorCode.ERR_SuffixAfterPrettyPrint);
                    var name = IsMemberName(CurrentKind) ? EatToken() : CreateMissingIdentifier();
                    value = Green.MemberAccessExpression(value, arrow, name);
                    afterPrettySuffix |= name.Text.EndsWith("$", System.StringComparison.Ordinal);
                }
                else if (kind == SyntaxKind.OpenBracketToken)
                {
                    var index = ParseBracketedArgumentList();
                    if (misplaced) index = WithError(index, ErrorCode.ERR_SuffixAfterPrettyPrint);
                    value = Green.ElementAccessExpression(SyntaxKind.TargetIndexExpression, value, index);
                }
                else
                {
                    value = Green.PrettyPrintExpression(value, EatToken());
                    afterPrettySuffix = true;
                }
                reported |= misplaced;
            }
        }

        private static bool IsMemberName(SyntaxKind kind)
            => kind is SyntaxKind.IdentifierToken or SyntaxKind.DollarIdentifierToken || SyntaxFacts.IsKeyword(kind);

        private static bool IsAllDollars(string text)
        {
            if (text.Length == 0) return false;
            foreach (char c in text)
                if (c != '$') return false;
            return true;
        }

        private GreenExpression ParsePrimary(out bool endsWithPrettySuffix)
        {
            endsWithPrettySuffix = false;
            switch (CurrentKind)
            {
                case SyntaxKind.NumericLiteralToken:
                    return Green.LiteralExpression(SyntaxKind.NumericLiteralExpression, EatToken().AsSingletonList);
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.AtArgumentToken:
                    return ParseStringRun();
                case SyntaxKind.DollarArgumentToken:
                    // $N is raw text: followed by '(' it names the function being called.
                    if (PeekKind(1) == SyntaxKind.OpenParenToken)
                    {
                        var name = EatToken();
                        return Green.InvocationExpression(SyntaxKind.InvocationExpression, name, ParseArgumentList(out _, out _));
                    }
                    return Green.ArgumentExpression(EatToken());
                case SyntaxKind.EmbeddedCodeToken:
                    return Green.EmbeddedCodeExpression(CheckPrivileged(EatToken(), "%{ %}"));
                case SyntaxKind.OpenParenToken:
                {
                    var open = EatToken();
                    var expression = ParseExpressionCore();
                    return Green.ParenthesizedExpression(open, expression, EatToken(SyntaxKind.CloseParenToken));
                }
                case SyntaxKind.IdentifierToken:
                    return ParseNameOrCall();
                case SyntaxKind.DollarIdentifierToken:
                {
                    var token = EatToken();
                    // $var$ / $$parms$$: the pretty-print suffix is part of the name token.
                    endsWithPrettySuffix = token.Text.Length > 1 && token.Text.EndsWith("$", System.StringComparison.Ordinal)
                        && !IsAllDollars(token.Text);
                    return Green.TargetSymbolExpression(token);
                }
                case SyntaxKind.AtIdentifierToken:
                    return IsStringRunPiece(0) ? ParseStringRun() : ParseMacroInvocation();
                case SyntaxKind.AtHistLinearKeyword:
                case SyntaxKind.AtHistLogKeyword:
                {
                    var histogram = ParseHistogram();
                    return CurrentKind == SyntaxKind.OpenBracketToken
                        ? Green.ElementAccessExpression(SyntaxKind.ElementAccessExpression, histogram, ParseBracketedArgumentList())
                        : histogram;
                }
                default:
                    if (SyntaxFacts.IsAtKeyword(CurrentKind) && CurrentKind != SyntaxKind.AtDefineKeyword)
                        return ParseAtOperator();
                    return Green.IdentifierName(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ERR_ExpressionExpected, DisplayText(CurrentToken)));
            }
        }

        /// <summary>name, name(args) (a call; the print family by spelling), or name[index, ...] (an array element).</summary>
        private GreenExpression ParseNameOrCall()
        {
            var identifier = EatToken();
            bool isPrint = SyntaxFacts.IsPrintFamily(identifier.Text);
            if (CurrentKind == SyntaxKind.OpenParenToken)
            {
                var arguments = ParseArgumentList(out int count, out GreenExpression? first);
                if (!isPrint)
                    return Green.InvocationExpression(SyntaxKind.InvocationExpression, identifier, arguments);
                var call = Green.InvocationExpression(SyntaxKind.PrintInvocationExpression, identifier, arguments);
                return CheckPrintArguments(call, identifier.Text, count, first);
            }
            if (isPrint)
            {
                // stap never treats a print-family name as a variable: it expects '('.
                var missing = Green.ArgumentList(EatToken(SyntaxKind.OpenParenToken), GreenList.Empty,
                    GreenToken.CreateMissing(SyntaxKind.CloseParenToken));
                return Green.InvocationExpression(SyntaxKind.PrintInvocationExpression, identifier, missing);
            }
            if (CurrentKind == SyntaxKind.OpenBracketToken)
                return Green.ElementAccessExpression(SyntaxKind.ElementAccessExpression, Green.IdentifierName(identifier), ParseBracketedArgumentList());
            return Green.IdentifierName(identifier);
        }

        /// <summary>( [expr {, expr}] ): no trailing comma.</summary>
        private InternalSyntax.ArgumentListSyntax ParseArgumentList(out int count, out GreenExpression? first)
        {
            var open = EatToken(SyntaxKind.OpenParenToken);
            var arguments = RentList();
            count = 0;
            first = null;
            if (CurrentKind != SyntaxKind.CloseParenToken)
            {
                while (true)
                {
                    var argument = ParseExpressionCore();
                    first ??= argument;
                    arguments.Add(argument);
                    count++;
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    arguments.Add(EatToken());
                }
            }
            return Green.ArgumentList(open, ToGreenList(arguments), EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>[ index {, index} ] where an index is an expression or a lone '*'.</summary>
        private InternalSyntax.BracketedArgumentListSyntax ParseBracketedArgumentList()
        {
            var open = EatToken(SyntaxKind.OpenBracketToken);
            var arguments = RentList();
            while (true)
            {
                arguments.Add(IsWildcardIndex() ? Green.WildcardExpression(EatToken()) : ParseExpressionCore());
                if (CurrentKind != SyntaxKind.CommaToken) break;
                arguments.Add(EatToken());
            }
            return Green.BracketedArgumentList(open, ToGreenList(arguments), EatToken(SyntaxKind.CloseBracketToken));
        }

        /// <summary>
        /// Print-family rules (docs/grammar.md, "The print family"): printf/sprintf need a literal format, printd* a literal delimiter and
        /// two values, print/sprint/print_char one value; println/sprintln take anything.
        /// </summary>
        private static InternalSyntax.InvocationExpressionSyntax CheckPrintArguments(InternalSyntax.InvocationExpressionSyntax call, string name, int count, GreenExpression? first)
        {
            string shape = name.StartsWith("sprint", System.StringComparison.Ordinal) ? name.Substring(6) : name.Substring(5);
            switch (shape)
            {
                case "f":
                    if (first == null || !IsLiteralLike(first))
                        return WithError(call, ErrorCode.ERR_FormatNotLiteral, name);
                    return call;
                case "d":
                case "dln":
                    if (first == null || !IsLiteralLike(first))
                        return WithError(call, ErrorCode.ERR_FormatNotLiteral, name);
                    return count < 3 ? WithError(call, ErrorCode.ERR_PrintdNeedsTwoValues, name) : call;
                case "":
                case "_char":
                    return count < 1 ? WithError(call, ErrorCode.ERR_PrintNeedsValue, name) : call;
                default:
                    return call;
            }
        }

        /// <summary>A string literal, or something that becomes one before stap parses it (an argument or a macro).</summary>
        private static bool IsLiteralLike(GreenExpression expression) => expression.Kind is SyntaxKind.StringLiteralExpression
            or SyntaxKind.ArgumentExpression or SyntaxKind.MacroInvocationExpression;
    }
}
