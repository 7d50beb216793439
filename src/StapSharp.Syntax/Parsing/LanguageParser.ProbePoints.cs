using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenMember = StapSharp.Syntax.InternalSyntax.MemberDeclarationSyntax;

namespace StapSharp.Syntax
{
    // Probes, probe aliases and probe points (docs/grammar.md, "Probes and probe points").
    internal sealed partial class LanguageParser
    {
        /// <summary>probe points { body }, or an alias: probe name = (or +=) points { body } [, { epilogue }].</summary>
        private GreenMember ParseProbeDeclaration()
        {
            var probeKeyword = EatToken(SyntaxKind.ProbeKeyword);
            var points = RentList();
            ParseProbePointList(points, out bool firstDecorated, out _);
            if (CurrentKind is not (SyntaxKind.EqualsToken or SyntaxKind.PlusEqualsToken))
                return Green.ProbeDeclaration(probeKeyword, ToGreenList(points), ParseBlock());

            var heads = RentList();
            bool anyEpilogueHead = false;
            while (CurrentKind is SyntaxKind.EqualsToken or SyntaxKind.PlusEqualsToken)
            {
                var name = (InternalSyntax.ProbePointSyntax)points[0];
                if (firstDecorated)
                    name = WithError(name, ErrorCode.ERR_AliasNameDecorated);
                // probe a, b = c: only one name point; the rest is kept as skipped text before the '='.
                for (int i = 1; i < points.Count; i++)
                    SkipNode(points[i], ErrorCode.ERR_AliasNameNotSingle);
                var op = EatToken();
                anyEpilogueHead |= op.Kind == SyntaxKind.PlusEqualsToken;
                heads.Add(Green.ProbeAliasHead(name, op));
                points = RentList();
                ParseProbePointList(points, out firstDecorated, out _);
            }
            var body = ParseBlock();
            GreenToken? comma = null;
            InternalSyntax.BlockSyntax? epilogue = null;
            if (CurrentKind == SyntaxKind.CommaToken && PeekKind(1) == SyntaxKind.OpenBraceToken)
            {
                comma = EatToken();
                if (anyEpilogueHead)
                    comma = WithError(comma, ErrorCode.ERR_CombinedAliasNeedsEquals);
                epilogue = ParseBlock();
            }
            return Green.ProbeAliasDeclaration(probeKeyword, ToGreenList(heads), ToGreenList(points), body, comma, epilogue);
        }

        /// <summary>point {, point}; whether the first point and whether any point has ?, ! or if (...).</summary>
        private void ParseProbePointList(GreenNodeListBuilder items, out bool firstDecorated, out bool anyDecorated)
        {
            firstDecorated = false;
            anyDecorated = false;
            while (true)
            {
                items.Add(ParseProbePointCore(out bool isDecorated));
                if (items.Count == 1) firstDecorated = isDecorated;
                anyDecorated |= isDecorated;
                if (CurrentKind != SyntaxKind.CommaToken) break;
                items.Add(EatToken());
            }
        }

        /// <summary>component {. component} [? | !] [if (condition)].</summary>
        private InternalSyntax.ProbePointSyntax ParseProbePointCore(out bool decorated)
        {
            var components = RentList();
            while (true)
            {
                var component = ParseProbePointComponent(out bool groupDecorated);
                if (CurrentKind == SyntaxKind.DotToken && groupDecorated)
                    component = WithError(component, ErrorCode.ERR_MarkerNotOnLastGroup);
                components.Add(component);
                if (CurrentKind != SyntaxKind.DotToken) break;
                components.Add(EatToken());
            }
            var marker = CurrentKind is SyntaxKind.QuestionToken or SyntaxKind.ExclamationToken ? EatToken() : null;
            InternalSyntax.ProbePointConditionSyntax? condition = null;
            if (CurrentKind == SyntaxKind.IfKeyword)
            {
                var ifKeyword = EatToken();
                var open = EatToken(SyntaxKind.OpenParenToken);
                var expression = ParseExpressionCore();
                condition = Green.ProbePointCondition(ifKeyword, open, expression, EatToken(SyntaxKind.CloseParenToken));
            }
            decorated = marker != null || condition != null;
            return Green.ProbePoint(ToGreenList(components), marker, condition);
        }

        private InternalSyntax.BaseProbePointComponentSyntax ParseProbePointComponent(out bool groupDecorated)
        {
            groupDecorated = false;
            if (CurrentKind == SyntaxKind.OpenBraceToken && IsStackLow())
            {
                bool decorated = false;
                var component = StackGuard.RunOnNewStack(() => ParseProbePointComponent(out decorated));
                groupDecorated = decorated;
                return component;
            }
            if (CurrentKind == SyntaxKind.OpenBraceToken && TryEnterNesting())
            {
                try
                {
                    var open = EatToken();
                    var points = RentList();
                    ParseProbePointList(points, out _, out groupDecorated);
                    return Green.ProbePointComponentGroup(open, ToGreenList(points), EatToken(SyntaxKind.CloseBraceToken));
                }
                finally
                {
                    ExitNesting();
                }
            }

            // The name is rebuilt from identifier, keyword and * pieces that touch (no trivia between): sys*open.
            // Most names are one token, which needs no list builder.
            GreenList nameTokens;
            if (IsComponentNamePiece(CurrentKind))
            {
                var previous = EatToken();
                if (IsComponentNamePiece(CurrentKind) && IsGluedToPrevious(previous))
                {
                    var pieces = RentList();
                    pieces.Add(previous);
                    do
                    {
                        previous = EatToken();
                        pieces.Add(previous);
                    }
                    while (IsComponentNamePiece(CurrentKind) && IsGluedToPrevious(previous));
                    nameTokens = ToGreenList(pieces);
                }
                else
                {
                    nameTokens = previous.AsSingletonList;
                }
            }
            else
            {
                nameTokens = CreateMissingIdentifier().AsSingletonList;
            }
            var argument = CurrentKind == SyntaxKind.OpenParenToken ? ParseProbePointArgument() : null;
            return Green.ProbePointComponent(nameTokens, argument);
        }

        private static bool IsComponentNamePiece(SyntaxKind kind) => kind is SyntaxKind.IdentifierToken
            or SyntaxKind.AsteriskToken or SyntaxKind.DollarArgumentToken || SyntaxFacts.IsKeyword(kind);

        /// <summary>( literal ): a single (glued) string, a possibly negated number, or a command-line argument.</summary>
        private InternalSyntax.ProbePointArgumentSyntax ParseProbePointArgument()
        {
            var open = EatToken(SyntaxKind.OpenParenToken);
            var value = ParseLiteralValue();
            if (CurrentKind != SyntaxKind.CloseParenToken)
            {
                // foo(1+2): stap accepts literals only; skip the rest of the argument (reported once).
                bool first = value.FullWidth > 0;
                while (CurrentKind is not (SyntaxKind.CloseParenToken or SyntaxKind.EndOfFileToken
                    or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken or SyntaxKind.CommaToken))
                {
                    SkipToken(first ? ErrorCode.ERR_ProbePointArgumentNotLiteral : null);
                    first = false;
                }
            }
            return Green.ProbePointArgument(open, value, EatToken(SyntaxKind.CloseParenToken));
        }
    }
}
