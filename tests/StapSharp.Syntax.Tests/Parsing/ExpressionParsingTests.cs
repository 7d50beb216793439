using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Expressions: precedence and associativity (docs/grammar.md, "Expressions"), calls, arrays, target chains, @-operators, print family and macro uses.</summary>
    public class ExpressionParsingTests : ParsingTestBase
    {
        public ExpressionParsingTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void LogicalAndBitwiseLadder()
        {
            UsingExpression("a || b && c | d ^ e & f");
            N(SyntaxKind.LogicalOrExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.BarBarToken);
                N(SyntaxKind.LogicalAndExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                    N(SyntaxKind.AmpersandAmpersandToken);
                    N(SyntaxKind.BitwiseOrExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                        N(SyntaxKind.BarToken);
                        N(SyntaxKind.ExclusiveOrExpression);
                        {
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "d");
                            }
                            N(SyntaxKind.CaretToken);
                            N(SyntaxKind.BitwiseAndExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "e");
                                }
                                N(SyntaxKind.AmpersandToken);
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "f");
                                }
                            }
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ShiftsAreLeftAssociative()
        {
            UsingExpression("a << b >> c >>> d");
            N(SyntaxKind.UnsignedRightShiftExpression);
            {
                N(SyntaxKind.RightShiftExpression);
                {
                    N(SyntaxKind.LeftShiftExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                        N(SyntaxKind.LessThanLessThanToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                    }
                    N(SyntaxKind.GreaterThanGreaterThanToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                    }
                }
                N(SyntaxKind.GreaterThanGreaterThanGreaterThanToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "d");
                }
            }
            EOF();
        }

        [Fact]
        public void MultiplicativeBindsTighterThanAdditive()
        {
            UsingExpression("a + b * c - d / e % f");
            N(SyntaxKind.SubtractExpression);
            {
                N(SyntaxKind.AddExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.MultiplyExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                        N(SyntaxKind.AsteriskToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                    }
                }
                N(SyntaxKind.MinusToken);
                N(SyntaxKind.ModuloExpression);
                {
                    N(SyntaxKind.DivideExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "d");
                        }
                        N(SyntaxKind.SlashToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "e");
                        }
                    }
                    N(SyntaxKind.PercentToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "f");
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void UnaryOperatorsNest()
        {
            UsingExpression("-~!a");
            N(SyntaxKind.UnaryMinusExpression);
            {
                N(SyntaxKind.MinusToken);
                N(SyntaxKind.BitwiseNotExpression);
                {
                    N(SyntaxKind.TildeToken);
                    N(SyntaxKind.LogicalNotExpression);
                    {
                        N(SyntaxKind.ExclamationToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void PostfixAndPrefixCrements()
        {
            UsingExpression("a++ + --b");
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.PostIncrementExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.PlusPlusToken);
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.PreDecrementExpression);
                {
                    N(SyntaxKind.MinusMinusToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void AssignmentIsRightAssociative()
        {
            UsingExpression("p = q .= r <<< s");
            N(SyntaxKind.SimpleAssignmentExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "p");
                }
                N(SyntaxKind.EqualsToken);
                N(SyntaxKind.ConcatenateAssignmentExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "q");
                    }
                    N(SyntaxKind.DotEqualsToken);
                    N(SyntaxKind.AggregateAssignmentExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "r");
                        }
                        N(SyntaxKind.LessThanLessThanLessThanToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "s");
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void TernaryIsRightAssociative()
        {
            UsingExpression("a ? b : c ? d : e");
            N(SyntaxKind.ConditionalExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.QuestionToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
                N(SyntaxKind.ColonToken);
                N(SyntaxKind.ConditionalExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                    }
                    N(SyntaxKind.QuestionToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "d");
                    }
                    N(SyntaxKind.ColonToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "e");
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void TernaryMiddleIsAFullExpression()
        {
            UsingExpression("a ? b = 1 : c");
            N(SyntaxKind.ConditionalExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.QuestionToken);
                N(SyntaxKind.SimpleAssignmentExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                    N(SyntaxKind.EqualsToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                }
                N(SyntaxKind.ColonToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "c");
                }
            }
            EOF();
        }

        [Fact]
        public void CallWithArguments()
        {
            UsingExpression("f(1, \"a\", g())");
            N(SyntaxKind.InvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "f");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"a\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.InvocationExpression);
                    {
                        N(SyntaxKind.IdentifierToken, "g");
                        N(SyntaxKind.ArgumentList);
                        {
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void ArrayElementWithWildcard()
        {
            UsingExpression("a[1, \"x\", *]");
            N(SyntaxKind.ElementAccessExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.BracketedArgumentList);
                {
                    N(SyntaxKind.OpenBracketToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"x\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.WildcardExpression);
                    {
                        N(SyntaxKind.AsteriskToken);
                    }
                    N(SyntaxKind.CloseBracketToken);
                }
            }
            EOF();
        }

        [Fact]
        public void BracketMembership()
        {
            UsingExpression("[a, *] in arr");
            N(SyntaxKind.MembershipExpression);
            {
                N(SyntaxKind.TupleExpression);
                {
                    N(SyntaxKind.OpenBracketToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.WildcardExpression);
                    {
                        N(SyntaxKind.AsteriskToken);
                    }
                    N(SyntaxKind.CloseBracketToken);
                }
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "arr");
                }
            }
            EOF();
        }

        [Fact]
        public void MembershipInHistogram()
        {
            UsingExpression("k in @hist_log(x)");
            N(SyntaxKind.MembershipExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "k");
                }
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.LogHistogramExpression);
                {
                    N(SyntaxKind.AtHistLogKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void GluedStringLiteral()
        {
            UsingExpression("\"a\" \"b\" \"c\"");
            N(SyntaxKind.StringLiteralExpression);
            {
                N(SyntaxKind.StringLiteralToken, "\"a\"");
                N(SyntaxKind.StringLiteralToken, "\"b\"");
                N(SyntaxKind.StringLiteralToken, "\"c\"");
            }
            EOF();
        }

        [Fact]
        public void CommandLineArguments()
        {
            UsingExpression("$1 + @2");
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.ArgumentExpression);
                {
                    N(SyntaxKind.DollarArgumentToken, "$1");
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.ArgumentExpression);
                {
                    N(SyntaxKind.AtArgumentToken, "@2");
                }
            }
            EOF();
        }

        [Fact]
        public void ArgumentNamesAFunction()
        {
            UsingExpression("$3(acc[i])");
            N(SyntaxKind.InvocationExpression);
            {
                N(SyntaxKind.DollarArgumentToken, "$3");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.ElementAccessExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "acc");
                        }
                        N(SyntaxKind.BracketedArgumentList);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "i");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void TargetChainWithPrettySuffix()
        {
            UsingExpression("&$a->b[1]->c$$");
            N(SyntaxKind.AddressOfExpression);
            {
                N(SyntaxKind.AmpersandToken);
                N(SyntaxKind.MemberAccessExpression);
                {
                    N(SyntaxKind.TargetIndexExpression);
                    {
                        N(SyntaxKind.MemberAccessExpression);
                        {
                            N(SyntaxKind.TargetSymbolExpression);
                            {
                                N(SyntaxKind.DollarIdentifierToken, "$a");
                            }
                            N(SyntaxKind.MinusGreaterThanToken);
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                        N(SyntaxKind.BracketedArgumentList);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                    N(SyntaxKind.MinusGreaterThanToken);
                    N(SyntaxKind.IdentifierToken, "c$$");
                }
            }
            EOF();
        }

        [Fact]
        public void AttachedPrettySuffix()
        {
            UsingExpression("$$parms$");
            N(SyntaxKind.TargetSymbolExpression);
            {
                N(SyntaxKind.DollarIdentifierToken, "$$parms$");
            }
            EOF();
        }

        [Fact]
        public void DetachedPrettySuffix()
        {
            UsingExpression("$foo[i] $");
            N(SyntaxKind.PrettyPrintExpression);
            {
                N(SyntaxKind.TargetIndexExpression);
                {
                    N(SyntaxKind.TargetSymbolExpression);
                    {
                        N(SyntaxKind.DollarIdentifierToken, "$foo");
                    }
                    N(SyntaxKind.BracketedArgumentList);
                    {
                        N(SyntaxKind.OpenBracketToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "i");
                        }
                        N(SyntaxKind.CloseBracketToken);
                    }
                }
                N(SyntaxKind.DollarIdentifierToken, "$");
            }
            EOF();
        }

        [Fact]
        public void KeywordAsMemberName()
        {
            UsingExpression("$t->function");
            N(SyntaxKind.MemberAccessExpression);
            {
                N(SyntaxKind.TargetSymbolExpression);
                {
                    N(SyntaxKind.DollarIdentifierToken, "$t");
                }
                N(SyntaxKind.MinusGreaterThanToken);
                N(SyntaxKind.FunctionKeyword);
            }
            EOF();
        }

        [Fact]
        public void CastWithModuleAndMember()
        {
            UsingExpression("@cast(t, \"task_struct\", \"kernel<linux/sched.h>\")->tgid");
            N(SyntaxKind.MemberAccessExpression);
            {
                N(SyntaxKind.CastExpression);
                {
                    N(SyntaxKind.AtCastKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "t");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"task_struct\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"kernel<linux/sched.h>\"");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
                N(SyntaxKind.MinusGreaterThanToken);
                N(SyntaxKind.IdentifierToken, "tgid");
            }
            EOF();
        }

        [Fact]
        public void AtVarWithModule()
        {
            UsingExpression("@var(\"x@file.c\", \"mod\")->y");
            N(SyntaxKind.MemberAccessExpression);
            {
                N(SyntaxKind.AtVarExpression);
                {
                    N(SyntaxKind.AtVarKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"x@file.c\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"mod\"");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
                N(SyntaxKind.MinusGreaterThanToken);
                N(SyntaxKind.IdentifierToken, "y");
            }
            EOF();
        }

        [Fact]
        public void DefinedEntryProbewrite()
        {
            UsingExpression("@defined($x) && @entry($y) && @probewrite($z)");
            N(SyntaxKind.LogicalAndExpression);
            {
                N(SyntaxKind.LogicalAndExpression);
                {
                    N(SyntaxKind.DefinedExpression);
                    {
                        N(SyntaxKind.AtDefinedKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.TargetSymbolExpression);
                        {
                            N(SyntaxKind.DollarIdentifierToken, "$x");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.AmpersandAmpersandToken);
                    N(SyntaxKind.EntryExpression);
                    {
                        N(SyntaxKind.AtEntryKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.TargetSymbolExpression);
                        {
                            N(SyntaxKind.DollarIdentifierToken, "$y");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.AmpersandAmpersandToken);
                N(SyntaxKind.ProbewriteExpression);
                {
                    N(SyntaxKind.AtProbewriteKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.TargetSymbolExpression);
                    {
                        N(SyntaxKind.DollarIdentifierToken, "$z");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PerfOperator()
        {
            UsingExpression("@perf(\"cycles\")");
            N(SyntaxKind.PerfExpression);
            {
                N(SyntaxKind.AtPerfKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.StringLiteralExpression);
                {
                    N(SyntaxKind.StringLiteralToken, "\"cycles\"");
                }
                N(SyntaxKind.CloseParenToken);
            }
            EOF();
        }

        [Fact]
        public void UserRegisterAndDeref()
        {
            UsingExpression("@uregister(3) + @uderef(8, p)");
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.UserRegisterExpression);
                {
                    N(SyntaxKind.AtUregisterKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "3");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.UserDerefExpression);
                {
                    N(SyntaxKind.AtUderefKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "8");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "p");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrivilegedOperatorsInTapsets()
        {
            Options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            UsingExpression("@const(\"X\") + @kregister(0) + @kderef(4, p)");
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.AddExpression);
                {
                    N(SyntaxKind.ConstExpression);
                    {
                        N(SyntaxKind.AtConstKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"X\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.KernelRegisterExpression);
                    {
                        N(SyntaxKind.AtKregisterKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "0");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.KernelDerefExpression);
                {
                    N(SyntaxKind.AtKderefKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "4");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "p");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrivilegedOperatorsInScripts()
        {
            UsingExpression("@const(\"X\") + @kregister(0) + @kderef(4, p)",
                // (1,1): error STP1025: @const is only allowed in guru mode (-g) or in tapset files
                Diagnostic(ErrorCode.ERR_PrivilegedConstruct, "@const").WithLocation(1, 1),
                // (1,15): error STP1025: @kregister is only allowed in guru mode (-g) or in tapset files
                Diagnostic(ErrorCode.ERR_PrivilegedConstruct, "@kregister").WithLocation(1, 15),
                // (1,31): error STP1025: @kderef is only allowed in guru mode (-g) or in tapset files
                Diagnostic(ErrorCode.ERR_PrivilegedConstruct, "@kderef").WithLocation(1, 31));
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.AddExpression);
                {
                    N(SyntaxKind.ConstExpression);
                    {
                        N(SyntaxKind.AtConstKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"X\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.KernelRegisterExpression);
                    {
                        N(SyntaxKind.AtKregisterKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "0");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.KernelDerefExpression);
                {
                    N(SyntaxKind.AtKderefKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "4");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "p");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void StatisticOperators()
        {
            UsingExpression("@count(x) + @sum(x) + @min(x) + @max(x) + @avg(x) + @variance(x, 2)");
            N(SyntaxKind.AddExpression);
            {
                N(SyntaxKind.AddExpression);
                {
                    N(SyntaxKind.AddExpression);
                    {
                        N(SyntaxKind.AddExpression);
                        {
                            N(SyntaxKind.AddExpression);
                            {
                                N(SyntaxKind.CountExpression);
                                {
                                    N(SyntaxKind.AtCountKeyword);
                                    N(SyntaxKind.OpenParenToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "x");
                                    }
                                    N(SyntaxKind.CloseParenToken);
                                }
                                N(SyntaxKind.PlusToken);
                                N(SyntaxKind.SumExpression);
                                {
                                    N(SyntaxKind.AtSumKeyword);
                                    N(SyntaxKind.OpenParenToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "x");
                                    }
                                    N(SyntaxKind.CloseParenToken);
                                }
                            }
                            N(SyntaxKind.PlusToken);
                            N(SyntaxKind.MinExpression);
                            {
                                N(SyntaxKind.AtMinKeyword);
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.PlusToken);
                        N(SyntaxKind.MaxExpression);
                        {
                            N(SyntaxKind.AtMaxKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "x");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.AverageExpression);
                    {
                        N(SyntaxKind.AtAvgKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "x");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.PlusToken);
                N(SyntaxKind.VarianceExpression);
                {
                    N(SyntaxKind.AtVarianceKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "2");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void LinearHistogramBucket()
        {
            UsingExpression("@hist_linear(x, -10, 100, 10)[3]");
            N(SyntaxKind.ElementAccessExpression);
            {
                N(SyntaxKind.LinearHistogramExpression);
                {
                    N(SyntaxKind.AtHistLinearKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
                    N(SyntaxKind.HistogramBounds);
                    {
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.UnaryMinusExpression);
                        {
                            N(SyntaxKind.MinusToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "10");
                            }
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "100");
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "10");
                        }
                    }
                    N(SyntaxKind.CloseParenToken);
                }
                N(SyntaxKind.BracketedArgumentList);
                {
                    N(SyntaxKind.OpenBracketToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "3");
                    }
                    N(SyntaxKind.CloseBracketToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintHistogram()
        {
            UsingExpression("print(@hist_log(x))");
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "print");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.LogHistogramExpression);
                    {
                        N(SyntaxKind.AtHistLogKeyword);
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "x");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintWithoutValue()
        {
            UsingExpression("print()",
                // (1,1): error STP1013: 'print' needs at least one value
                Diagnostic(ErrorCode.ERR_PrintNeedsValue, "print()").WithLocation(1, 1));
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "print");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintlnWithoutValue()
        {
            UsingExpression("println()");
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "println");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void SprintfWithFormat()
        {
            UsingExpression("sprintf(\"%d-%s\", n, s)");
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "sprintf");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\"%d-%s\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "n");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "s");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintfFormatFromArgument()
        {
            UsingExpression("printf(@1, x)");
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "printf");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.ArgumentExpression);
                    {
                        N(SyntaxKind.AtArgumentToken, "@1");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintdlnWithValues()
        {
            UsingExpression("printdln(\",\", a, b)");
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "printdln");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\",\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void PrintFamilyNameNeedsParentheses()
        {
            UsingExpression("print",
                // (1,6): error STP1003: '(' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 6));
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "print");
                N(SyntaxKind.ArgumentList);
                {
                    M(SyntaxKind.OpenParenToken);
                    M(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void AutocastOnCall()
        {
            UsingExpression("f(x)->y");
            N(SyntaxKind.MemberAccessExpression);
            {
                N(SyntaxKind.InvocationExpression);
                {
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.ArgumentList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "x");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.MinusGreaterThanToken);
                N(SyntaxKind.IdentifierToken, "y");
            }
            EOF();
        }

        [Fact]
        public void EmbeddedExpressionInGuruMode()
        {
            Options = StapParseOptions.Default.WithGuruMode(true);
            UsingExpression("%{ 1 %}");
            N(SyntaxKind.EmbeddedCodeExpression);
            {
                N(SyntaxKind.EmbeddedCodeToken, "%{ 1 %}");
            }
            EOF();
        }

        [Fact]
        public void EmbeddedExpressionInScript()
        {
            UsingExpression("%{ 1 %}",
                // (1,1): error STP1025: %{ %} is only allowed in guru mode (-g) or in tapset files
                Diagnostic(ErrorCode.ERR_PrivilegedConstruct, "%{ 1 %}").WithLocation(1, 1));
            N(SyntaxKind.EmbeddedCodeExpression);
            {
                N(SyntaxKind.EmbeddedCodeToken, "%{ 1 %}");
            }
            EOF();
        }

        [Fact]
        public void MacroInvocationWithTokenArguments()
        {
            UsingExpression("@m(a[1,2], f(x,y))");
            N(SyntaxKind.MacroInvocationExpression);
            {
                N(SyntaxKind.AtIdentifierToken, "@m");
                N(SyntaxKind.MacroArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.MacroArgument);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                        N(SyntaxKind.OpenBracketToken);
                        N(SyntaxKind.NumericLiteralToken, "1");
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.NumericLiteralToken, "2");
                        N(SyntaxKind.CloseBracketToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.MacroArgument);
                    {
                        N(SyntaxKind.IdentifierToken, "f");
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.IdentifierToken, "x");
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.IdentifierToken, "y");
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void MacroInvocationWithoutArguments()
        {
            UsingExpression("@m()");
            N(SyntaxKind.MacroInvocationExpression);
            {
                N(SyntaxKind.AtIdentifierToken, "@m");
                N(SyntaxKind.MacroArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void MacroGluedIntoString()
        {
            UsingExpression("@prefix \"sys_open\"");
            N(SyntaxKind.StringLiteralExpression);
            {
                N(SyntaxKind.AtIdentifierToken, "@prefix");
                N(SyntaxKind.StringLiteralToken, "\"sys_open\"");
            }
            EOF();
        }

        [Fact]
        public void RegexNotMatch()
        {
            UsingExpression("s !~ \"^a\"");
            N(SyntaxKind.RegexNotMatchExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "s");
                }
                N(SyntaxKind.ExclamationTildeToken);
                N(SyntaxKind.StringLiteralExpression);
                {
                    N(SyntaxKind.StringLiteralToken, "\"^a\"");
                }
            }
            EOF();
        }

        [Fact]
        public void ChainedComparisonWithParenthesizedRegex()
        {
            UsingExpression("(s =~ \"a\") == 1");
            N(SyntaxKind.EqualsExpression);
            {
                N(SyntaxKind.ParenthesizedExpression);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.RegexMatchExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "s");
                        }
                        N(SyntaxKind.EqualsTildeToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"a\"");
                        }
                    }
                    N(SyntaxKind.CloseParenToken);
                }
                N(SyntaxKind.EqualsEqualsToken);
                N(SyntaxKind.NumericLiteralExpression);
                {
                    N(SyntaxKind.NumericLiteralToken, "1");
                }
            }
            EOF();
        }
    }
}
