using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenExpression = StapSharp.Syntax.InternalSyntax.ExpressionSyntax;

namespace StapSharp.Syntax
{
    // Literals where the grammar wants them (docs/grammar.md, "Literals"): glued strings, signed numbers.
    internal sealed partial class LanguageParser
    {
        /// <summary>
        /// One or more adjacent string literals, glued into one value. An <c>@1</c> argument is a string literal too,
        /// and a parameterless macro next to a string (<c>@arch_syscall_prefix "sys_open"</c>) is taken as one
        /// of the glued pieces. A lone <c>@1</c> is an argument expression. Reports a missing string when there is none.
        /// </summary>
        private InternalSyntax.ExpressionSyntax ParseStringRun()
        {
            if (!IsStringRunPiece(0))
            {
                var missing = CreateMissingToken(SyntaxKind.StringLiteralToken, ErrorCode.ERR_StringLiteralExpected);
                return Green.LiteralExpression(SyntaxKind.StringLiteralExpression, GreenList.CreateList(new GreenNode[] { missing }));
            }
            var previous = EatToken();
            if (!IsStringRunPiece(0))
            {
                // One piece, the usual case: no list builder.
                return previous.Kind == SyntaxKind.AtArgumentToken
                    ? Green.ArgumentExpression(previous)
                    : Green.LiteralExpression(SyntaxKind.StringLiteralExpression, previous.AsSingletonList);
            }
            var tokens = RentList();
            tokens.Add(previous);
            while (IsStringRunPiece(0))
            {
                // Before level 2.0 a comment between two strings stopped the gluing.
                if (_commentStopsStringGluing && (ContainsComment(previous.GetTrailingTrivia()) || ContainsComment(CurrentToken.GetLeadingTrivia())))
                    break;
                previous = EatToken();
                tokens.Add(previous);
            }
            if (tokens.Count == 1 && previous.Kind == SyntaxKind.AtArgumentToken)
                return Green.ArgumentExpression(previous);
            return Green.LiteralExpression(SyntaxKind.StringLiteralExpression, ToGreenList(tokens));
        }

        /// <summary>
        /// A string, an @N argument, or a macro name directly followed by one of those (a macro standing alone is
        /// an invocation, and may expand to anything).
        /// </summary>
        private bool IsStringRunPiece(int offset)
        {
            var kind = PeekKind(offset);
            if (kind is SyntaxKind.StringLiteralToken or SyntaxKind.AtArgumentToken) return true;
            return kind == SyntaxKind.AtIdentifierToken
                && PeekKind(offset + 1) is SyntaxKind.StringLiteralToken or SyntaxKind.AtArgumentToken or SyntaxKind.AtIdentifierToken
                && IsStringRunPiece(offset + 1);
        }

        private static bool ContainsComment(GreenNode? trivia)
        {
            if (trivia == null) return false;
            if (!trivia.IsList) return SyntaxFacts.IsComment(trivia.Kind);
            for (int i = 0; i < trivia.SlotCount; i++)
            {
                var item = trivia.GetSlot(i);
                if (item != null && SyntaxFacts.IsComment(item.Kind)) return true;
            }
            return false;
        }

        /// <summary>
        /// literal = STRING {STRING} | [-] NUMBER, as in global initialisers and probe-point arguments; command-line
        /// arguments and macros are accepted because they become literals before stap parses them.
        /// </summary>
        private GreenExpression ParseLiteralValue()
        {
            switch (CurrentKind)
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.AtArgumentToken:
                    return ParseStringRun();
                case SyntaxKind.AtIdentifierToken when IsStringRunPiece(0):
                    return ParseStringRun();
                default:
                    return ParseNumberLike(ErrorCode.ERR_LiteralExpected);
            }
        }

        /// <summary>[-] NUMBER where stap wants an integer literal (array size, priority, histogram bounds, ...).</summary>
        private GreenExpression ParseSignedIntegerLiteral() => ParseNumberLike(ErrorCode.ERR_IntegerLiteralExpected);

        private GreenExpression ParseNumberLike(ErrorCode errorIfMissing)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.NumericLiteralToken:
                    return NumericLiteral(EatToken());
                case SyntaxKind.MinusToken when PeekKind(1) == SyntaxKind.NumericLiteralToken:
                {
                    var minus = EatToken();
                    return Green.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, minus, NumericLiteral(EatToken()));
                }
                case SyntaxKind.DollarArgumentToken:
                    return Green.ArgumentExpression(EatToken());
                case SyntaxKind.AtIdentifierToken:
                    return ParseMacroInvocation();
                default:
                    return NumericLiteral(CreateMissingToken(SyntaxKind.NumericLiteralToken, errorIfMissing, DisplayText(CurrentToken)));
            }
        }

        private InternalSyntax.LiteralExpressionSyntax NumericLiteral(GreenToken token)
            => Green.LiteralExpression(SyntaxKind.NumericLiteralExpression, token.AsSingletonList);

        /// <summary>
        /// @name [( token-run {, token-run} )]. Whether parentheses belong to the macro depends on its definition:
        /// a macro defined without parameters earlier in this file leaves them alone (@pi(7) is @pi then (7)).
        /// </summary>
        private InternalSyntax.MacroInvocationExpressionSyntax ParseMacroInvocation()
        {
            var name = CheckMacroName(EatToken(SyntaxKind.AtIdentifierToken));
            if (CurrentKind != SyntaxKind.OpenParenToken || IsKnownParameterlessMacro(name))
                return Green.MacroInvocationExpression(name, null);

            var open = EatToken();
            var arguments = RentList();
            if (CurrentKind != SyntaxKind.CloseParenToken)
            {
                while (true)
                {
                    arguments.Add(ParseMacroArgument());
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    arguments.Add(EatToken());
                }
            }
            var close = EatToken(SyntaxKind.CloseParenToken);
            return Green.MacroInvocationExpression(name, Green.MacroArgumentList(open, ToGreenList(arguments), close));
        }

        /// <summary>
        /// A macro defined without parameters, earlier in this file or in the library macros (.stpm) of the options.
        /// File-local definitions win, as in stap's name resolution.
        /// </summary>
        private bool IsKnownParameterlessMacro(GreenToken name)
        {
            if (name.IsMissing || name.Text.Length < 2) return false;
            string macro = name.Text.Substring(1);
            if (_macroTakesParameters.TryGetValue(macro, out bool takesParameters)) return !takesParameters;
            var parameters = _options.LibraryMacros?.GetParameters(macro);
            return parameters != null && parameters.Count == 0;
        }

        /// <summary>A token run up to a ',' or ')' outside nested () and [].</summary>
        private InternalSyntax.MacroArgumentSyntax ParseMacroArgument()
        {
            var tokens = RentList();
            int nesting = 0;
            while (CurrentKind != SyntaxKind.EndOfFileToken)
            {
                var kind = CurrentKind;
                if (nesting == 0 && kind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken) break;
                if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken) nesting++;
                else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken && nesting > 0) nesting--;
                tokens.Add(EatToken());
            }
            return Green.MacroArgument(ToGreenList(tokens));
        }
    }
}
