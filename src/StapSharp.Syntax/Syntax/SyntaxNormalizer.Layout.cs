using System.Collections.Generic;
namespace StapSharp.Syntax
{
    internal sealed partial class SyntaxNormalizer
    {
        private Layout GetLayout(SyntaxToken a, SyntaxToken b)
        {
            if (b.Kind == SyntaxKind.EndOfFileToken) return Layout.NewLine;

            // Probe-point name pieces (IDENT, keyword, '*') glue when nothing separates them: keep that exactly.
            if (IsProbePointNamePair(a, b))
                return a.TrailingTrivia.Count == 0 && b.LeadingTrivia.Count == 0 ? Layout.None : Layout.Space;

            if (IsBlockBrace(a, SyntaxKind.OpenBraceToken) || IsBlockBrace(b, SyntaxKind.CloseBraceToken)) return Layout.NewLine;
            if (b.Kind == SyntaxKind.ElseKeyword) return a.Kind == SyntaxKind.CloseBraceToken ? Layout.Space : Layout.NewLine;
            if (b.Kind == SyntaxKind.CatchKeyword) return Layout.Space;

            var endedMember = EndedMember(a);
            if (endedMember != null)
            {
                var nextMember = StartedMember(b);
                return IsLargeMember(endedMember) || (nextMember != null && IsLargeMember(nextMember)) ? Layout.BlankLine : Layout.NewLine;
            }
            if (EndsListedStatement(a) || StartsEmbeddedStatement(b)) return Layout.NewLine;

            // $var$ / $var$$: the pretty-print dollars must touch the expression.
            if (b.Parent is PrettyPrintExpressionSyntax pretty && pretty.DollarToken == b) return Layout.None;
            return WantsNoSpace(a, b) && !WouldGlue(a, b) ? Layout.None : Layout.Space;
        }

        /// <summary>
        /// Inside a macro body (<c>%(</c> ... <c>%)</c> of <c>@define</c>) or a macro argument the original trivia is kept:
        /// the tokens are re-lexed wherever the macro is used, where their spacing may matter.
        /// </summary>
        private static bool IsVerbatimGap(SyntaxToken a, SyntaxToken b)
        {
            if (a.Parent is MacroDefinitionSyntax definition && ReferenceEquals(definition, b.Parent))
                return a.Kind != SyntaxKind.AtDefineKeyword && b.Kind != SyntaxKind.AtDefineKeyword
                    && a.SpanStart >= definition.OpenToken.SpanStart && b.SpanStart <= definition.CloseToken.SpanStart
                    && !(a == definition.Identifier || b == definition.Identifier);
            return a.Parent is MacroArgumentSyntax argument && ReferenceEquals(argument, b.Parent);
        }

        private static bool IsProbePointNamePair(SyntaxToken a, SyntaxToken b) =>
            a.Parent is ProbePointComponentSyntax pa && ReferenceEquals(pa, b.Parent)
            && a.Kind != SyntaxKind.OpenParenToken && b.Kind != SyntaxKind.OpenParenToken;

        private static bool IsBlockBrace(SyntaxToken token, SyntaxKind kind) => token.Kind == kind && token.Parent is BlockSyntax;

        /// <summary>The top-level member that <paramref name="token"/> ends, if any.</summary>
        private static StapSyntaxNode? EndedMember(SyntaxToken token)
        {
            for (var node = token.Parent; node != null && node.FullSpan.End == token.FullSpan.End; node = node.Parent)
                if (node is MemberDeclarationSyntax && node.Parent is CompilationUnitSyntax) return node;
            return null;
        }

        private static StapSyntaxNode? StartedMember(SyntaxToken token)
        {
            for (var node = token.Parent; node != null && node.Position == token.Position; node = node.Parent)
                if (node is MemberDeclarationSyntax && node.Parent is CompilationUnitSyntax) return node;
            return null;
        }

        /// <summary>Members with a body get a blank line around them.</summary>
        private static bool IsLargeMember(StapSyntaxNode member) =>
            member is ProbeDeclarationSyntax or ProbeAliasDeclarationSyntax or FunctionDeclarationSyntax or EmbeddedCodeDeclarationSyntax;

        /// <summary>True if <paramref name="token"/> is the last token of a statement in a block.</summary>
        private static bool EndsListedStatement(SyntaxToken token)
        {
            for (var node = token.Parent; node != null && node.FullSpan.End == token.FullSpan.End; node = node.Parent)
                if (node is StatementSyntax && node.Parent is BlockSyntax) return true;
            return false;
        }

        /// <summary>True if <paramref name="token"/> starts the non-block body of if/while/for/foreach/else (except <c>else if</c>).</summary>
        private static bool StartsEmbeddedStatement(SyntaxToken token)
        {
            for (var node = token.Parent; node != null && node.Position == token.Position; node = node.Parent)
                if (IsEmbeddedStatement(node)) return true;
            return false;
        }

        private static bool IsEmbeddedStatement(StapSyntaxNode node) =>
            node is StatementSyntax and not BlockSyntax
            && (node.Parent is IfStatementSyntax or WhileStatementSyntax or ForStatementSyntax or ForeachStatementSyntax
                || (node.Parent is ElseClauseSyntax && node is not IfStatementSyntax));

        /// <summary>Indentation: one level per enclosing block (its braces excluded) and per embedded statement.</summary>
        private int GetIndentLevel(SyntaxToken token)
        {
            if (token.Parent is not { } parent) return 0;
            int level = GetNodeIndentLevel(parent);
            if (parent is BlockSyntax && token.Kind is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken) level--;
            return level;
        }

        /// <summary>
        /// The levels <paramref name="node"/> and its ancestors (up to the normalized node) add, remembered per node:
        /// walking all ancestors for every token would be quadratic in the nesting depth.
        /// </summary>
        private int GetNodeIndentLevel(StapSyntaxNode node)
        {
            var path = new List<StapSyntaxNode>();
            int level = 0;
            for (var current = node; current != null; current = ReferenceEquals(current, _node) ? null : current.Parent)
            {
                if (_indentLevels.TryGetValue(current, out level)) break;
                path.Add(current);
                level = 0;
            }
            for (int i = path.Count - 1; i >= 0; i--)
            {
                if (path[i] is BlockSyntax || IsEmbeddedStatement(path[i])) level++;
                _indentLevels[path[i]] = level;
            }
            return level;
        }

        /// <summary>Same-line spacing: true where stap style writes the tokens together.</summary>
        private static bool WantsNoSpace(SyntaxToken a, SyntaxToken b)
        {
            var ak = a.Kind;
            var bk = b.Kind;
            if (ak is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken) return true;
            if (bk is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CommaToken or SyntaxKind.SemicolonToken) return true;
            if (bk == SyntaxKind.OpenParenToken)
                return b.Parent is ArgumentListSyntax or ParameterListSyntax or MacroParameterListSyntax or MacroArgumentListSyntax
                    or ProbePointArgumentSyntax or CastExpressionSyntax or AtVarExpressionSyntax or AtOperatorExpressionSyntax
                    or DerefExpressionSyntax or EnumnameExpressionSyntax or StatisticExpressionSyntax or HistogramExpressionSyntax;
            if (bk == SyntaxKind.OpenBracketToken) return b.Parent is BracketedArgumentListSyntax or ArraySizeSyntax;
            if (ak == SyntaxKind.DotToken || bk == SyntaxKind.DotToken)
                return !(ak == SyntaxKind.DotToken ? a.Parent is BinaryExpressionSyntax : b.Parent is BinaryExpressionSyntax);
            if (ak == SyntaxKind.MinusGreaterThanToken || bk == SyntaxKind.MinusGreaterThanToken) return true;
            if (a.Parent is PrefixUnaryExpressionSyntax prefix && prefix.OperatorToken == a) return true;
            if (b.Parent is PostfixUnaryExpressionSyntax postfix && postfix.OperatorToken == b) return true;
            if ((ak == SyntaxKind.ColonToken && a.Parent is TypeClauseSyntax or PriorityClauseSyntax)
                || (bk == SyntaxKind.ColonToken && b.Parent is TypeClauseSyntax or PriorityClauseSyntax)) return true;
            if (b.Parent is ProbePointSyntax point && point.MarkerToken == b) return true;
            if (b.Parent is ForeachValueSyntax or ForeachKeySyntax or ForeachSortSyntax && b.Kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken) return true;
            if ((ak == SyntaxKind.PercentToken && a.Parent is GlobalVariableSyntax) || (bk == SyntaxKind.PercentToken && b.Parent is GlobalVariableSyntax)) return true;
            if ((ak == SyntaxKind.OpenBraceToken && a.Parent is ProbePointComponentGroupSyntax)
                || (b.Parent is ProbePointComponentGroupSyntax && bk is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken)) return true;
            return false;
        }

        /// <summary>True if writing the two tokens together would lex as something else (checked with the lexer).</summary>
        private bool WouldGlue(SyntaxToken a, SyntaxToken b)
        {
            if (a.Text.Length == 0 || b.Text.Length == 0) return false;
            var key = (a.Text, b.Text);
            if (_glueCache.TryGetValue(key, out var glues)) return glues;
            var tokens = Lexer.LexAll(a.Text + b.Text, _options);
            glues = !(tokens.Count == 3
                && tokens[0].Kind == a.Kind && tokens[0].Text == a.Text && tokens[0].FullWidth == a.Text.Length
                && tokens[1].Kind == b.Kind && tokens[1].Text == b.Text && tokens[1].FullWidth == b.Text.Length);
            _glueCache[key] = glues;
            return glues;
        }
    }
}
