using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenStatement = StapSharp.Syntax.InternalSyntax.StatementSyntax;

namespace StapSharp.Syntax
{
    // Statements (docs/grammar.md, "Statements"). Newlines mean nothing; one optional ';' ends a simple statement.
    internal sealed partial class LanguageParser
    {
        private InternalSyntax.BlockSyntax ParseBlock()
        {
            if (CurrentKind != SyntaxKind.OpenBraceToken)
            {
                var missingOpen = EatToken(SyntaxKind.OpenBraceToken);
                return Green.Block(missingOpen, GreenList.Empty, GreenToken.CreateMissing(SyntaxKind.CloseBraceToken));
            }
            var open = EatToken();
            var statements = RentList();
            bool skipping = false;
            while (CurrentKind is not (SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken))
            {
                // A top-level keyword inside a block most likely means a forgotten '}': end the block here.
                if (CurrentKind is SyntaxKind.ProbeKeyword or SyntaxKind.FunctionKeyword or SyntaxKind.GlobalKeyword or SyntaxKind.PrivateKeyword)
                    break;
                var statement = ParseStatementCore();
                if (statement != null)
                {
                    statements.Add(statement);
                    skipping = false;
                    continue;
                }
                // One error per run of unexpected tokens.
                SkipToken(skipping ? null : ErrorCode.ERR_UnexpectedToken);
                skipping = true;
            }
            var close = EatToken(SyntaxKind.CloseBraceToken);
            return Green.Block(open, ToGreenList(statements), close);
        }

        /// <summary>Parses a statement, or returns null (consuming nothing) when the current token cannot start one.</summary>
        private GreenStatement? ParseStatementCore()
        {
            if (IsStackLow()) return StackGuard.RunOnNewStack(ParseStatementCore);
            if (!TryEnterNesting()) return null;
            try
            {
                switch (CurrentKind)
                {
                    case SyntaxKind.SemicolonToken:
                        return Green.EmptyStatement(EatToken());
                    case SyntaxKind.OpenBraceToken:
                        return ParseBlock();
                    case SyntaxKind.IfKeyword:
                        return ParseIfStatement();
                    case SyntaxKind.WhileKeyword:
                        return ParseWhileStatement();
                    case SyntaxKind.ForKeyword:
                        return ParseForStatement();
                    case SyntaxKind.ForeachKeyword:
                        return ParseForeachStatement();
                    case SyntaxKind.TryKeyword:
                        return ParseTryStatement();
                    case SyntaxKind.ReturnKeyword:
                        return ParseReturnStatement();
                    case SyntaxKind.DeleteKeyword:
                    {
                        var delete = EatToken();
                        var target = ParseExpressionCore();
                        return Green.DeleteStatement(delete, target, EatOptionalToken(SyntaxKind.SemicolonToken));
                    }
                    case SyntaxKind.BreakKeyword:
                        return Green.BreakStatement(EatToken(), EatOptionalToken(SyntaxKind.SemicolonToken));
                    case SyntaxKind.ContinueKeyword:
                        return Green.ContinueStatement(EatToken(), EatOptionalToken(SyntaxKind.SemicolonToken));
                    case SyntaxKind.NextKeyword:
                        return Green.NextStatement(EatToken(), EatOptionalToken(SyntaxKind.SemicolonToken));
                    case SyntaxKind.AtDefineKeyword:
                        return Green.MacroDefinitionStatement(ParseMacroDefinition());
                    default:
                        if (!CanStartExpression(CurrentKind)) return null;
                        var expression = ParseExpressionCore();
                        return Green.ExpressionStatement(expression, EatOptionalToken(SyntaxKind.SemicolonToken));
                }
            }
            finally
            {
                ExitNesting();
            }
        }

        /// <summary>The body of if/else/while/for/foreach: a statement is required.</summary>
        private GreenStatement ParseEmbeddedStatement() => ParseStatementCore() ?? ParseUnexpectedStatement();

        /// <summary>A placeholder statement (a missing expression with an error) where a statement was required.</summary>
        private GreenStatement ParseUnexpectedStatement()
        {
            var missing = CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ERR_StatementExpected, DisplayText(CurrentToken));
            return Green.ExpressionStatement(Green.IdentifierName(missing), null);
        }

        private InternalSyntax.IfStatementSyntax ParseIfStatement()
        {
            var ifKeyword = EatToken();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var condition = ParseExpressionCore();
            var close = EatToken(SyntaxKind.CloseParenToken);
            var statement = ParseEmbeddedStatement();
            InternalSyntax.ElseClauseSyntax? elseClause = null;
            if (CurrentKind == SyntaxKind.ElseKeyword)
            {
                var elseKeyword = EatToken();
                elseClause = Green.ElseClause(elseKeyword, ParseEmbeddedStatement());
            }
            return Green.IfStatement(ifKeyword, open, condition, close, statement, elseClause);
        }

        private InternalSyntax.WhileStatementSyntax ParseWhileStatement()
        {
            var whileKeyword = EatToken();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var condition = ParseExpressionCore();
            var close = EatToken(SyntaxKind.CloseParenToken);
            return Green.WhileStatement(whileKeyword, open, condition, close, ParseEmbeddedStatement());
        }

        /// <summary>for ([init]; [condition]; [increment]) statement: all three parts are optional expressions.</summary>
        private InternalSyntax.ForStatementSyntax ParseForStatement()
        {
            var forKeyword = EatToken();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var initializer = CurrentKind == SyntaxKind.SemicolonToken ? null : ParseExpressionCore();
            var firstSemicolon = EatToken(SyntaxKind.SemicolonToken);
            var condition = CurrentKind == SyntaxKind.SemicolonToken ? null : ParseExpressionCore();
            var secondSemicolon = EatToken(SyntaxKind.SemicolonToken);
            var incrementor = CurrentKind == SyntaxKind.CloseParenToken ? null : ParseExpressionCore();
            var close = EatToken(SyntaxKind.CloseParenToken);
            return Green.ForStatement(forKeyword, open, initializer, firstSemicolon, condition, secondSemicolon,
                incrementor, close, ParseEmbeddedStatement());
        }

        /// <summary>
        /// foreach ([value [sort] =] keys in array [slice] [[aggregate] sort] [limit n]) statement, with at most one
        /// sort marker in the whole header (docs/grammar.md, "Statements").
        /// </summary>
        private InternalSyntax.ForeachStatementSyntax ParseForeachStatement()
        {
            var foreachKeyword = EatToken();
            var open = EatToken(SyntaxKind.OpenParenToken);
            int sortMarkers = 0;

            InternalSyntax.ForeachValueSyntax? value = null;
            if (CurrentKind == SyntaxKind.IdentifierToken
                && (PeekKind(1) == SyntaxKind.EqualsToken
                    || (PeekKind(1) is SyntaxKind.PlusToken or SyntaxKind.MinusToken && PeekKind(2) == SyntaxKind.EqualsToken)))
            {
                var identifier = EatToken();
                var sort = ParseOptionalSortMarker(ref sortMarkers);
                value = Green.ForeachValue(identifier, sort, EatToken());
            }

            GreenToken? openBracket = null, closeBracket = null;
            var keys = RentList();
            if (CurrentKind == SyntaxKind.OpenBracketToken)
            {
                openBracket = EatToken();
                while (true)
                {
                    keys.Add(ParseForeachKey(ref sortMarkers));
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    keys.Add(EatToken());
                }
                closeBracket = EatToken(SyntaxKind.CloseBracketToken);
            }
            else
            {
                keys.Add(ParseForeachKey(ref sortMarkers));
            }

            var inKeyword = EatToken(SyntaxKind.InKeyword);
            var array = ParseIndexable();
            var slice = CurrentKind == SyntaxKind.OpenBracketToken ? ParseBracketedArgumentList() : null;

            InternalSyntax.ForeachSortSyntax? sortClause = null;
            if (IsAggregateKeyword(CurrentKind))
            {
                var aggregate = EatToken();
                var sort = ParseOptionalSortMarker(ref sortMarkers)
                    ?? CreateMissingToken(SyntaxKind.PlusToken, ErrorCode.ERR_SortDirectiveExpected);
                sortClause = Green.ForeachSort(aggregate, sort);
            }
            else if (CurrentKind is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
            {
                sortClause = Green.ForeachSort(null, ParseOptionalSortMarker(ref sortMarkers)!);
            }

            InternalSyntax.LimitClauseSyntax? limit = null;
            if (CurrentKind == SyntaxKind.LimitKeyword)
            {
                var limitKeyword = EatToken();
                limit = Green.LimitClause(limitKeyword, ParseExpressionCore());
            }
            var close = EatToken(SyntaxKind.CloseParenToken);
            return Green.ForeachStatement(foreachKeyword, open, value, openBracket, ToGreenList(keys), closeBracket,
                inKeyword, array, slice, sortClause, limit, close, ParseEmbeddedStatement());
        }

        private InternalSyntax.ForeachKeySyntax ParseForeachKey(ref int sortMarkers)
        {
            var identifier = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : CreateMissingIdentifier();
            return Green.ForeachKey(identifier, ParseOptionalSortMarker(ref sortMarkers));
        }

        /// <summary>Eats a + or - sort marker if present; the second marker of a header is an error.</summary>
        private GreenToken? ParseOptionalSortMarker(ref int sortMarkers)
        {
            if (CurrentKind is not (SyntaxKind.PlusToken or SyntaxKind.MinusToken)) return null;
            var marker = EatToken();
            return ++sortMarkers > 1 ? WithError(marker, ErrorCode.ERR_MultipleSortDirectives) : marker;
        }

        private static bool IsAggregateKeyword(SyntaxKind kind) => kind is SyntaxKind.AtAvgKeyword or SyntaxKind.AtMinKeyword
            or SyntaxKind.AtMaxKeyword or SyntaxKind.AtCountKeyword or SyntaxKind.AtSumKeyword or SyntaxKind.AtVarianceKeyword;

        private InternalSyntax.TryStatementSyntax ParseTryStatement()
        {
            var tryKeyword = EatToken();
            var block = ParseBlock();
            var catchKeyword = EatToken(SyntaxKind.CatchKeyword);
            if (catchKeyword.IsMissing)
            {
                // No catch at all: one error is enough, the catch block is missing as a whole.
                var missingBlock = Green.Block(GreenToken.CreateMissing(SyntaxKind.OpenBraceToken), GreenList.Empty,
                    GreenToken.CreateMissing(SyntaxKind.CloseBraceToken));
                return Green.TryStatement(tryKeyword, block, Green.CatchClause(catchKeyword, null, null, null, missingBlock));
            }
            GreenToken? open = null, identifier = null, close = null;
            if (CurrentKind == SyntaxKind.OpenParenToken)
            {
                open = EatToken();
                identifier = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : CreateMissingIdentifier();
                close = EatToken(SyntaxKind.CloseParenToken);
            }
            var catchBlock = ParseBlock();
            return Green.TryStatement(tryKeyword, block, Green.CatchClause(catchKeyword, open, identifier, close, catchBlock));
        }

        /// <summary>return [value] [;]: the value is omitted exactly when ';' or '}' follows; functions only.</summary>
        private InternalSyntax.ReturnStatementSyntax ParseReturnStatement()
        {
            var returnKeyword = EatToken();
            if (!_inFunction)
                returnKeyword = WithError(returnKeyword, ErrorCode.ERR_ReturnOutsideFunction);
            var value = CurrentKind is SyntaxKind.SemicolonToken or SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken
                ? null
                : ParseExpressionCore();
            return Green.ReturnStatement(returnKeyword, value, EatOptionalToken(SyntaxKind.SemicolonToken));
        }
    }
}
