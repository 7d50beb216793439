using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenExpression = StapSharp.Syntax.InternalSyntax.ExpressionSyntax;

namespace StapSharp.Syntax
{
    // The built-in @-operators (docs/grammar.md, "Target variables and @-operators"). The lexer only returns their keywords at language
    // levels that know them; @const, @kregister and @kderef are privileged (§8).
    internal sealed partial class LanguageParser
    {
        private GreenExpression ParseAtOperator()
        {
            switch (CurrentKind)
            {
                case SyntaxKind.AtCastKeyword:
                    return ParseCast();
                case SyntaxKind.AtVarKeyword:
                    return ParseAtVar();
                case SyntaxKind.AtDefinedKeyword:
                    return ParseSingleOperand(SyntaxKind.DefinedExpression, OperandShape.Expression);
                case SyntaxKind.AtEntryKeyword:
                    return ParseSingleOperand(SyntaxKind.EntryExpression, OperandShape.Expression);
                case SyntaxKind.AtProbewriteKeyword:
                    return ParseSingleOperand(SyntaxKind.ProbewriteExpression, OperandShape.Name);
                case SyntaxKind.AtPerfKeyword:
                    return ParseSingleOperand(SyntaxKind.PerfExpression, OperandShape.NonEmptyString);
                case SyntaxKind.AtConstKeyword:
                    return ParseSingleOperand(SyntaxKind.ConstExpression, OperandShape.String);
                case SyntaxKind.AtEnumKeyword:
                    return ParseSingleOperand(SyntaxKind.EnumExpression, OperandShape.String);
                case SyntaxKind.AtKregisterKeyword:
                    return ParseSingleOperand(SyntaxKind.KernelRegisterExpression, OperandShape.Integer);
                case SyntaxKind.AtUregisterKeyword:
                    return ParseSingleOperand(SyntaxKind.UserRegisterExpression, OperandShape.Integer);
                case SyntaxKind.AtKderefKeyword:
                case SyntaxKind.AtUderefKeyword:
                    return ParseDeref();
                case SyntaxKind.AtEnumnameKeyword:
                    return ParseEnumname();
                case SyntaxKind.AtHistLinearKeyword:
                case SyntaxKind.AtHistLogKeyword:
                    return ParseHistogram();
                default:
                    return ParseStatistic();
            }
        }

        private enum OperandShape
        {
            Expression,
            Name,
            String,
            /// <summary>A string stap refuses when empty (<c>@perf</c>).</summary>
            NonEmptyString,
            Integer,
        }

        /// <summary>Eats an @-keyword, reporting it when it is privileged and the file is not.</summary>
        private GreenToken EatAtKeyword()
        {
            var keyword = EatToken();
            bool privileged = keyword.Kind is SyntaxKind.AtConstKeyword or SyntaxKind.AtKregisterKeyword or SyntaxKind.AtKderefKeyword;
            return privileged ? CheckPrivileged(keyword, keyword.Text) : keyword;
        }

        private InternalSyntax.AtOperatorExpressionSyntax ParseSingleOperand(SyntaxKind kind, OperandShape shape)
        {
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            GreenExpression operand = shape switch
            {
                OperandShape.Name => ParseProbewriteOperand(),
                OperandShape.String => ParseStringRun(),
                OperandShape.NonEmptyString => CheckNonEmptyString(ParseStringRun(), keyword.Text),
                OperandShape.Integer => ParseSignedIntegerLiteral(),
                _ => ParseExpressionCore(),
            };
            return Green.AtOperatorExpression(kind, keyword, open, operand, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@probewrite takes a plain or target variable name only.</summary>
        private GreenExpression ParseProbewriteOperand() => CurrentKind switch
        {
            SyntaxKind.IdentifierToken => Green.IdentifierName(EatToken()),
            SyntaxKind.DollarIdentifierToken => Green.TargetSymbolExpression(EatToken()),
            _ => Green.IdentifierName(CreateMissingIdentifier()),
        };

        /// <summary>@cast(expression, "type" [, "module"]).</summary>
        private InternalSyntax.CastExpressionSyntax ParseCast()
        {
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var expression = ParseExpressionCore();
            var comma = EatToken(SyntaxKind.CommaToken);
            var typeName = CheckNonEmptyString(ParseStringRun(), "the type name of @cast");
            GreenToken? moduleComma = EatOptionalToken(SyntaxKind.CommaToken);
            var module = moduleComma != null ? ParseStringRun() : null;
            return Green.CastExpression(keyword, open, expression, comma, typeName, moduleComma, module, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@var("name[@file]" [, "module"]).</summary>
        private InternalSyntax.AtVarExpressionSyntax ParseAtVar()
        {
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var name = ParseStringRun();
            GreenToken? moduleComma = EatOptionalToken(SyntaxKind.CommaToken);
            var module = moduleComma != null ? ParseStringRun() : null;
            return Green.AtVarExpression(keyword, open, name, moduleComma, module, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@kderef(size, address) / @uderef(size, address).</summary>
        private InternalSyntax.DerefExpressionSyntax ParseDeref()
        {
            var kind = CurrentKind == SyntaxKind.AtKderefKeyword ? SyntaxKind.KernelDerefExpression : SyntaxKind.UserDerefExpression;
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var size = ParseSignedIntegerLiteral();
            var comma = EatToken(SyntaxKind.CommaToken);
            var address = ParseExpressionCore();
            return Green.DerefExpression(kind, keyword, open, size, comma, address, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@enumname(expression [, "type" [, "module"]]).</summary>
        private InternalSyntax.EnumnameExpressionSyntax ParseEnumname()
        {
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var expression = ParseExpressionCore();
            GreenToken? typeComma = EatOptionalToken(SyntaxKind.CommaToken);
            GreenExpression? typeName = null, module = null;
            GreenToken? moduleComma = null;
            if (typeComma != null)
            {
                typeName = ParseStringRun();
                moduleComma = EatOptionalToken(SyntaxKind.CommaToken);
                if (moduleComma != null) module = ParseStringRun();
            }
            return Green.EnumnameExpression(keyword, open, expression, typeComma, typeName, moduleComma, module, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@count/@sum/@min/@max/@avg(x) and @variance(x [, shift]).</summary>
        private InternalSyntax.StatisticExpressionSyntax ParseStatistic()
        {
            var kind = CurrentKind switch
            {
                SyntaxKind.AtCountKeyword => SyntaxKind.CountExpression,
                SyntaxKind.AtSumKeyword => SyntaxKind.SumExpression,
                SyntaxKind.AtMinKeyword => SyntaxKind.MinExpression,
                SyntaxKind.AtMaxKeyword => SyntaxKind.MaxExpression,
                SyntaxKind.AtAvgKeyword => SyntaxKind.AverageExpression,
                _ => SyntaxKind.VarianceExpression,
            };
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var operand = ParseExpressionCore();
            GreenToken? comma = EatOptionalToken(SyntaxKind.CommaToken);
            GreenExpression? shift = null;
            if (comma != null)
            {
                if (kind != SyntaxKind.VarianceExpression)
                    comma = WithError(comma, ErrorCode.ERR_TooManyOperands, keyword.Text);
                shift = ParseSignedIntegerLiteral();
            }
            return Green.StatisticExpression(kind, keyword, open, operand, comma, shift, EatToken(SyntaxKind.CloseParenToken));
        }

        /// <summary>@hist_linear(x, low, high, step) with integer literal bounds, or @hist_log(x).</summary>
        private InternalSyntax.HistogramExpressionSyntax ParseHistogram()
        {
            bool linear = CurrentKind == SyntaxKind.AtHistLinearKeyword;
            var keyword = EatAtKeyword();
            var open = EatToken(SyntaxKind.OpenParenToken);
            var operand = ParseExpressionCore();
            InternalSyntax.HistogramBoundsSyntax? bounds = null;
            if (linear)
            {
                var firstComma = EatToken(SyntaxKind.CommaToken);
                var low = ParseSignedIntegerLiteral();
                var secondComma = EatToken(SyntaxKind.CommaToken);
                var high = ParseSignedIntegerLiteral();
                var thirdComma = EatToken(SyntaxKind.CommaToken);
                bounds = Green.HistogramBounds(firstComma, low, secondComma, high, thirdComma, ParseSignedIntegerLiteral());
            }
            var kind = linear ? SyntaxKind.LinearHistogramExpression : SyntaxKind.LogHistogramExpression;
            return Green.HistogramExpression(kind, keyword, open, operand, bounds, EatToken(SyntaxKind.CloseParenToken));
        }
    }
}
