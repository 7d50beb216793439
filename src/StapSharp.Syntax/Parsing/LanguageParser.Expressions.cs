using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenExpression = StapSharp.Syntax.InternalSyntax.ExpressionSyntax;

namespace StapSharp.Syntax
{
    // Operators by precedence (docs/grammar.md, "Expressions"), lowest first:
    // assignment, ternary, || && | ^ &, membership (in and [..] tuples), comparison or one regex match,
    // shift, concatenation, additive, multiplicative, unary, crement, target suffixes / address-of, primary.
    internal sealed partial class LanguageParser
    {
        /// <summary>expr = assignment (right-associative; the left side is any ternary, checked later).</summary>
        private GreenExpression ParseExpressionCore()
        {
            if (TryParseLoneOperand() is { } operand) return operand;
            if (IsStackLow()) return StackGuard.RunOnNewStack(ParseExpressionCore);
            if (!TryEnterNesting())
                return Green.IdentifierName(CreateMissingIdentifier());
            try
            {
                var left = ParseTernary();
                var assignmentKind = GetAssignmentKind(CurrentKind);
                if (assignmentKind == SyntaxKind.None) return left;
                var op = EatToken();
                return Green.AssignmentExpression(assignmentKind, left, op, ParseExpressionCore());
            }
            finally
            {
                ExitNesting();
            }
        }

        /// <summary>
        /// A name, number or string that the end of the expression follows (<c>, ) ; ] }</c>): most call arguments,
        /// indexes and right-hand sides. Every precedence level would hand it through unchanged, so it is built
        /// here, as <see cref="ParsePrimary"/> would build it, without descending through them.
        /// </summary>
        private GreenExpression? TryParseLoneOperand()
        {
            var kind = CurrentKind;
            if (kind is not (SyntaxKind.IdentifierToken or SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken))
                return null;
            if (PeekKind(1) is not (SyntaxKind.CommaToken or SyntaxKind.CloseParenToken or SyntaxKind.SemicolonToken
                or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken))
                return null;
            switch (kind)
            {
                case SyntaxKind.NumericLiteralToken:
                    return NumericLiteral(EatToken());
                case SyntaxKind.StringLiteralToken:
                    return Green.LiteralExpression(SyntaxKind.StringLiteralExpression, EatToken().AsSingletonList);
                default:
                    // A print-family name without '(' is an error that ParseNameOrCall reports.
                    if (SyntaxFacts.IsPrintFamily(CurrentToken.Text)) return null;
                    return Green.IdentifierName(EatToken());
            }
        }

        /// <summary>cond ? expr : ternary (level 4.0+), or cond ? expr : expr before 4.0.</summary>
        private GreenExpression ParseTernary()
        {
            var condition = ParseLowBinary(LowestLowPrecedence);
            if (CurrentKind != SyntaxKind.QuestionToken) return condition;
            var question = EatToken();
            var whenTrue = ParseExpressionCore();
            var colon = EatToken(SyntaxKind.ColonToken);
            GreenExpression whenFalse;
            if (_ternaryElseIsTernary)
            {
                if (!TryEnterNesting())
                    return Green.ConditionalExpression(condition, question, whenTrue, colon, Green.IdentifierName(CreateMissingIdentifier()));
                try { whenFalse = IsStackLow() ? StackGuard.RunOnNewStack(ParseTernary) : ParseTernary(); }
                finally { ExitNesting(); }
            }
            else
            {
                whenFalse = ParseExpressionCore();
            }
            return Green.ConditionalExpression(condition, question, whenTrue, colon, whenFalse);
        }

        private const int LowestLowPrecedence = 1;

        /// <summary>|| (1), &amp;&amp; (2), | (3), ^ (4), &amp; (5): left-associative, operands are membership expressions.</summary>
        private static int GetLowPrecedence(SyntaxKind kind, out SyntaxKind expressionKind)
        {
            switch (kind)
            {
                case SyntaxKind.BarBarToken: expressionKind = SyntaxKind.LogicalOrExpression; return 1;
                case SyntaxKind.AmpersandAmpersandToken: expressionKind = SyntaxKind.LogicalAndExpression; return 2;
                case SyntaxKind.BarToken: expressionKind = SyntaxKind.BitwiseOrExpression; return 3;
                case SyntaxKind.CaretToken: expressionKind = SyntaxKind.ExclusiveOrExpression; return 4;
                case SyntaxKind.AmpersandToken: expressionKind = SyntaxKind.BitwiseAndExpression; return 5;
                default: expressionKind = SyntaxKind.None; return 0;
            }
        }

        /// <summary>&lt;&lt; &gt;&gt; &gt;&gt;&gt; (1), . (2), + - (3), * / % (4): left-associative, operands are unary expressions.</summary>
        private static int GetHighPrecedence(SyntaxKind kind, out SyntaxKind expressionKind)
        {
            switch (kind)
            {
                case SyntaxKind.LessThanLessThanToken: expressionKind = SyntaxKind.LeftShiftExpression; return 1;
                case SyntaxKind.GreaterThanGreaterThanToken: expressionKind = SyntaxKind.RightShiftExpression; return 1;
                case SyntaxKind.GreaterThanGreaterThanGreaterThanToken: expressionKind = SyntaxKind.UnsignedRightShiftExpression; return 1;
                case SyntaxKind.DotToken: expressionKind = SyntaxKind.ConcatenateExpression; return 2;
                case SyntaxKind.PlusToken: expressionKind = SyntaxKind.AddExpression; return 3;
                case SyntaxKind.MinusToken: expressionKind = SyntaxKind.SubtractExpression; return 3;
                case SyntaxKind.AsteriskToken: expressionKind = SyntaxKind.MultiplyExpression; return 4;
                case SyntaxKind.SlashToken: expressionKind = SyntaxKind.DivideExpression; return 4;
                case SyntaxKind.PercentToken: expressionKind = SyntaxKind.ModuloExpression; return 4;
                default: expressionKind = SyntaxKind.None; return 0;
            }
        }

        /// <summary>Precedence climbing over the logical and bitwise operators.</summary>
        private GreenExpression ParseLowBinary(int minimumPrecedence)
        {
            var left = ParseMembership();
            while (true)
            {
                int precedence = GetLowPrecedence(CurrentKind, out var kind);
                if (precedence == 0 || precedence < minimumPrecedence) return left;
                var op = EatToken();
                var right = ParseLowBinary(precedence + 1);
                left = Green.BinaryExpression(kind, left, op, right);
            }
        }

        /// <summary>Precedence climbing over shift, concatenation, additive and multiplicative operators.</summary>
        private GreenExpression ParseHighBinary(int minimumPrecedence)
        {
            var left = ParseUnary();
            while (true)
            {
                int precedence = GetHighPrecedence(CurrentKind, out var kind);
                if (precedence == 0 || precedence < minimumPrecedence) return left;
                var op = EatToken();
                var right = ParseHighBinary(precedence + 1);
                left = Green.BinaryExpression(kind, left, op, right);
            }
        }

        /// <summary>
        /// membership = ( "[" key {, key} "]" | comparison ) [ "in" indexable ]. Not chainable; a bracket tuple
        /// without "in" ends the expression ([5] + 1 is two statements) and may hold only one plain key.
        /// </summary>
        private GreenExpression ParseMembership()
        {
            GreenExpression keys;
            if (CurrentKind == SyntaxKind.OpenBracketToken)
            {
                var tuple = ParseTuple(out int elementCount, out bool hasWildcard);
                if (CurrentKind != SyntaxKind.InKeyword)
                {
                    if (elementCount > 1) return WithError(tuple, ErrorCode.ERR_TupleWithoutIn);
                    if (hasWildcard) return WithError(tuple, ErrorCode.ERR_WildcardOutsideIndexList);
                    return tuple;
                }
                keys = tuple;
            }
            else
            {
                keys = ParseComparison();
                if (CurrentKind != SyntaxKind.InKeyword) return keys;
            }
            var inKeyword = EatToken();
            GreenExpression membership = Green.MembershipExpression(keys, inKeyword, ParseIndexable());
            // 1 in a in b: stap stops after the first test; keep the rest in the tree with one error.
            bool chained = false;
            while (CurrentKind == SyntaxKind.InKeyword)
            {
                var next = EatToken();
                membership = Green.MembershipExpression(membership, next, ParseIndexable());
                chained = true;
            }
            return chained ? WithError(membership, ErrorCode.ERR_MembershipNotChainable) : membership;
        }

        private InternalSyntax.TupleExpressionSyntax ParseTuple(out int elementCount, out bool hasWildcard)
        {
            var open = EatToken(SyntaxKind.OpenBracketToken);
            var elements = RentList();
            elementCount = 0;
            hasWildcard = false;
            while (true)
            {
                if (IsWildcardIndex())
                {
                    elements.Add(Green.WildcardExpression(EatToken()));
                    hasWildcard = true;
                }
                else
                {
                    elements.Add(ParseComparison());
                }
                elementCount++;
                if (CurrentKind != SyntaxKind.CommaToken) break;
                elements.Add(EatToken());
            }
            return Green.TupleExpression(open, ToGreenList(elements), EatToken(SyntaxKind.CloseBracketToken));
        }

        /// <summary>A '*' standing alone as an index (followed by ',' or ']').</summary>
        private bool IsWildcardIndex() => CurrentKind == SyntaxKind.AsteriskToken
            && PeekKind(1) is SyntaxKind.CommaToken or SyntaxKind.CloseBracketToken;

        /// <summary>The right side of "in" and the foreach source: an array name or a histogram (or a macro).</summary>
        private GreenExpression ParseIndexable()
        {
            switch (CurrentKind)
            {
                case SyntaxKind.IdentifierToken:
                    return Green.IdentifierName(EatToken());
                case SyntaxKind.AtHistLinearKeyword:
                case SyntaxKind.AtHistLogKeyword:
                    return ParseHistogram();
                case SyntaxKind.AtIdentifierToken:
                    return ParseMacroInvocation();
                default:
                    return Green.IdentifierName(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ERR_ArrayExpected));
            }
        }

        /// <summary>shift { rel_op shift } | shift regex_op "string": after one =~ / !~ no comparison follows.</summary>
        private GreenExpression ParseComparison()
        {
            var left = ParseHighBinary(1);
            if (CurrentKind is SyntaxKind.EqualsTildeToken or SyntaxKind.ExclamationTildeToken)
            {
                var kind = CurrentKind == SyntaxKind.EqualsTildeToken ? SyntaxKind.RegexMatchExpression : SyntaxKind.RegexNotMatchExpression;
                var op = EatToken();
                GreenExpression pattern;
                if (CurrentKind is SyntaxKind.StringLiteralToken or SyntaxKind.AtArgumentToken)
                {
                    pattern = ParseStringRun();
                }
                else
                {
                    pattern = ParseHighBinary(1);
                    if (pattern.FullWidth > 0) pattern = WithError(pattern, ErrorCode.ERR_RegexPatternNotLiteral);
                }
                return Green.BinaryExpression(kind, left, op, pattern);
            }
            while (true)
            {
                var kind = GetRelationalKind(CurrentKind);
                if (kind == SyntaxKind.None) return left;
                var op = EatToken();
                left = Green.BinaryExpression(kind, left, op, ParseHighBinary(1));
            }
        }

        private static SyntaxKind GetRelationalKind(SyntaxKind kind) => kind switch
        {
            SyntaxKind.LessThanToken => SyntaxKind.LessThanExpression,
            SyntaxKind.LessThanEqualsToken => SyntaxKind.LessThanOrEqualExpression,
            SyntaxKind.GreaterThanToken => SyntaxKind.GreaterThanExpression,
            SyntaxKind.GreaterThanEqualsToken => SyntaxKind.GreaterThanOrEqualExpression,
            SyntaxKind.EqualsEqualsToken => SyntaxKind.EqualsExpression,
            SyntaxKind.ExclamationEqualsToken => SyntaxKind.NotEqualsExpression,
            _ => SyntaxKind.None,
        };

        private static SyntaxKind GetAssignmentKind(SyntaxKind kind) => kind switch
        {
            SyntaxKind.EqualsToken => SyntaxKind.SimpleAssignmentExpression,
            SyntaxKind.PlusEqualsToken => SyntaxKind.AddAssignmentExpression,
            SyntaxKind.MinusEqualsToken => SyntaxKind.SubtractAssignmentExpression,
            SyntaxKind.AsteriskEqualsToken => SyntaxKind.MultiplyAssignmentExpression,
            SyntaxKind.SlashEqualsToken => SyntaxKind.DivideAssignmentExpression,
            SyntaxKind.PercentEqualsToken => SyntaxKind.ModuloAssignmentExpression,
            SyntaxKind.LessThanLessThanEqualsToken => SyntaxKind.LeftShiftAssignmentExpression,
            SyntaxKind.GreaterThanGreaterThanEqualsToken => SyntaxKind.RightShiftAssignmentExpression,
            SyntaxKind.AmpersandEqualsToken => SyntaxKind.AndAssignmentExpression,
            SyntaxKind.CaretEqualsToken => SyntaxKind.ExclusiveOrAssignmentExpression,
            SyntaxKind.BarEqualsToken => SyntaxKind.OrAssignmentExpression,
            SyntaxKind.DotEqualsToken => SyntaxKind.ConcatenateAssignmentExpression,
            SyntaxKind.LessThanLessThanLessThanToken => SyntaxKind.AggregateAssignmentExpression,
            _ => SyntaxKind.None,
        };

        /// <summary>unary = ( + | - | ! | ~ ) unary | crement.</summary>
        private GreenExpression ParseUnary()
        {
            var kind = CurrentKind switch
            {
                SyntaxKind.PlusToken => SyntaxKind.UnaryPlusExpression,
                SyntaxKind.MinusToken => SyntaxKind.UnaryMinusExpression,
                SyntaxKind.ExclamationToken => SyntaxKind.LogicalNotExpression,
                SyntaxKind.TildeToken => SyntaxKind.BitwiseNotExpression,
                _ => SyntaxKind.None,
            };
            if (kind == SyntaxKind.None) return ParseCrement();
            var op = EatToken();
            if (!TryEnterNesting())
                return Green.PrefixUnaryExpression(kind, op, Green.IdentifierName(CreateMissingIdentifier()));
            try
            {
                return Green.PrefixUnaryExpression(kind, op, IsStackLow() ? StackGuard.RunOnNewStack(ParseUnary) : ParseUnary());
            }
            finally
            {
                ExitNesting();
            }
        }

        /// <summary>crement = ( ++ | -- ) value | value [ ++ | -- ]: one crement only (++a++ leaves the second for the caller).</summary>
        private GreenExpression ParseCrement()
        {
            if (CurrentKind is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
            {
                var kind = CurrentKind == SyntaxKind.PlusPlusToken ? SyntaxKind.PreIncrementExpression : SyntaxKind.PreDecrementExpression;
                var op = EatToken();
                var prefix = Green.PrefixUnaryExpression(kind, op, ParseTargetValue());
                if (CurrentKind is not (SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)) return prefix;
                // ++a++: only one crement; keep the second in the tree with an error.
                var postfixKind = CurrentKind == SyntaxKind.PlusPlusToken ? SyntaxKind.PostIncrementExpression : SyntaxKind.PostDecrementExpression;
                var second = WithError(EatToken(), ErrorCode.ERR_OnlyOneCrement);
                return Green.PostfixUnaryExpression(postfixKind, prefix, second);
            }
            var value = ParseTargetValue();
            if (CurrentKind is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
            {
                var kind = CurrentKind == SyntaxKind.PlusPlusToken ? SyntaxKind.PostIncrementExpression : SyntaxKind.PostDecrementExpression;
                return Green.PostfixUnaryExpression(kind, value, EatToken());
            }
            return value;
        }

        /// <summary>Tokens that can begin an expression (and so an expression statement).</summary>
        private static bool CanStartExpression(SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.NumericLiteralToken:
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.DollarArgumentToken:
                case SyntaxKind.AtArgumentToken:
                case SyntaxKind.IdentifierToken:
                case SyntaxKind.DollarIdentifierToken:
                case SyntaxKind.AtIdentifierToken:
                case SyntaxKind.EmbeddedCodeToken:
                case SyntaxKind.OpenParenToken:
                case SyntaxKind.OpenBracketToken:
                case SyntaxKind.PlusToken:
                case SyntaxKind.MinusToken:
                case SyntaxKind.ExclamationToken:
                case SyntaxKind.TildeToken:
                case SyntaxKind.AmpersandToken:
                case SyntaxKind.PlusPlusToken:
                case SyntaxKind.MinusMinusToken:
                    return true;
                default:
                    return SyntaxFacts.IsAtKeyword(kind) && kind != SyntaxKind.AtDefineKeyword;
            }
        }
    }
}
