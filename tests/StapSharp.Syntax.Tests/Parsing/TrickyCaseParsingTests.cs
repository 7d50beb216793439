using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>The parse-level tricky cases (docs/grammar.md, "Tricky cases"); expectations come from stap 4.8 -p1 (case numbers in the names).</summary>
    public class TrickyCaseParsingTests : ParsingTestBase
    {
        public TrickyCaseParsingTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void Case01_StatementsNeedNoSeparator()
        {
            UsingTree("probe begin { a = b c = d }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "a");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "b");
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "c");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "d");
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case02_NewlineIsNotATerminator()
        {
            UsingTree("probe begin { a = b\n++c }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "a");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.PostIncrementExpression);
                                {
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "b");
                                    }
                                    N(SyntaxKind.PlusPlusToken);
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "c");
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case03_CallNeedsAnIdentifier()
        {
            UsingTree("probe begin { x = 1 (-1) }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "1");
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.ParenthesizedExpression);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.UnaryMinusExpression);
                                {
                                    N(SyntaxKind.MinusToken);
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "1");
                                    }
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case04_ParameterlessMacroLeavesParentheses()
        {
            UsingTree("@define pi %( 3 %)\nprobe begin { y = @pi(7) }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroDefinition);
                {
                    N(SyntaxKind.AtDefineKeyword);
                    N(SyntaxKind.IdentifierToken, "pi");
                    N(SyntaxKind.PercentOpenParenToken);
                    N(SyntaxKind.NumericLiteralToken, "3");
                    N(SyntaxKind.PercentCloseParenToken);
                }
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "y");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.MacroInvocationExpression);
                                {
                                    N(SyntaxKind.AtIdentifierToken, "@pi");
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.ParenthesizedExpression);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "7");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case05_BracketTupleEndsTheExpression()
        {
            UsingTree("probe begin { x = [5] + 1 }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.TupleExpression);
                                {
                                    N(SyntaxKind.OpenBracketToken);
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "5");
                                    }
                                    N(SyntaxKind.CloseBracketToken);
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.UnaryPlusExpression);
                            {
                                N(SyntaxKind.PlusToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "1");
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case06_NotBindsTighterThanIn()
        {
            UsingExpression("!x in arr");
            N(SyntaxKind.MembershipExpression);
            {
                N(SyntaxKind.LogicalNotExpression);
                {
                    N(SyntaxKind.ExclamationToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
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
        public void Case07_NoComparisonAfterRegexMatch()
        {
            UsingTree("probe begin { s =~ \"a\" == 1 }",
                // (1,24): error STP1001: unexpected '=='
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "==").WithLocation(1, 24));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
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
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case08_RegexPatternMustBeLiteral()
        {
            UsingExpression("s =~ re",
                // (1,6): error STP1008: the right side of a regular expression match must be a string literal
                Diagnostic(ErrorCode.ERR_RegexPatternNotLiteral, "re").WithLocation(1, 6));
            N(SyntaxKind.RegexMatchExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "s");
                }
                N(SyntaxKind.EqualsTildeToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "re");
                }
            }
            EOF();
        }

        [Fact]
        public void Case09_AssignmentTakesTheWholeTernary()
        {
            UsingExpression("a ? b : c = 5");
            N(SyntaxKind.SimpleAssignmentExpression);
            {
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
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                    }
                }
                N(SyntaxKind.EqualsToken);
                N(SyntaxKind.NumericLiteralExpression);
                {
                    N(SyntaxKind.NumericLiteralToken, "5");
                }
            }
            EOF();
        }

        [Fact]
        public void Case09_OldLevelsEndTheTernaryWithAnExpression()
        {
            Options = StapParseOptions.Default.WithLanguageVersion(new Version(3,3));
            UsingExpression("a ? b : c = 5");
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
                N(SyntaxKind.SimpleAssignmentExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                    }
                    N(SyntaxKind.EqualsToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "5");
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void Case10_ConcatenationIsLooserThanAddition()
        {
            UsingExpression("a . b + c");
            N(SyntaxKind.ConcatenateExpression);
            {
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.AddExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void Case11_ComparisonsChainLeftAssociative()
        {
            UsingExpression("a == b == c");
            N(SyntaxKind.EqualsExpression);
            {
                N(SyntaxKind.EqualsExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.EqualsEqualsToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                }
                N(SyntaxKind.EqualsEqualsToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "c");
                }
            }
            EOF();
        }

        [Fact]
        public void Case11_RelationalOperatorsShareALevel()
        {
            UsingExpression("a < b > c");
            N(SyntaxKind.GreaterThanExpression);
            {
                N(SyntaxKind.LessThanExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.LessThanToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                }
                N(SyntaxKind.GreaterThanToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "c");
                }
            }
            EOF();
        }

        [Fact]
        public void Case12_MembershipDoesNotChain()
        {
            UsingExpression("1 in a in b",
                // (1,1): error STP1009: 'in' tests cannot be chained; use parentheses
                Diagnostic(ErrorCode.ERR_MembershipNotChainable, "1 in a in b").WithLocation(1, 1));
            N(SyntaxKind.MembershipExpression);
            {
                N(SyntaxKind.MembershipExpression);
                {
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                    N(SyntaxKind.InKeyword);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                }
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
            }
            EOF();
        }

        [Fact]
        public void Case13_SecondIndexIsAnAutocast()
        {
            UsingExpression("a[1][2] = 3");
            N(SyntaxKind.SimpleAssignmentExpression);
            {
                N(SyntaxKind.TargetIndexExpression);
                {
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
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                    N(SyntaxKind.BracketedArgumentList);
                    {
                        N(SyntaxKind.OpenBracketToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "2");
                        }
                        N(SyntaxKind.CloseBracketToken);
                    }
                }
                N(SyntaxKind.EqualsToken);
                N(SyntaxKind.NumericLiteralExpression);
                {
                    N(SyntaxKind.NumericLiteralToken, "3");
                }
            }
            EOF();
        }

        [Fact]
        public void Case14_AutocastThenMembership()
        {
            UsingExpression("(foo)[1] in bar");
            N(SyntaxKind.MembershipExpression);
            {
                N(SyntaxKind.TargetIndexExpression);
                {
                    N(SyntaxKind.ParenthesizedExpression);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "foo");
                        }
                        N(SyntaxKind.CloseParenToken);
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
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "bar");
                }
            }
            EOF();
        }

        [Fact]
        public void Case14_AutocastNeedsLevel26()
        {
            Options = StapParseOptions.Default.WithLanguageVersion(new Version(2,5));
            UsingExpression("(foo)[1] in bar",
                // (1,6): error STP1001: unexpected '['
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "[").WithLocation(1, 6));
            N(SyntaxKind.ParenthesizedExpression);
            {
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "foo");
                }
                N(SyntaxKind.CloseParenToken);
            }
            EOF();
        }

        [Fact]
        public void Case15_ReturnOutsideFunction()
        {
            UsingTree("probe begin { return }",
                // (1,15): error STP1007: 'return' is only allowed inside a function
                Diagnostic(ErrorCode.ERR_ReturnOutsideFunction, "return").WithLocation(1, 15));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ReturnStatement);
                        {
                            N(SyntaxKind.ReturnKeyword);
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case16_BreakOutsideLoopParses()
        {
            UsingTree("probe begin { break }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.BreakStatement);
                        {
                            N(SyntaxKind.BreakKeyword);
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case17_PrintfFormatMustBeLiteral()
        {
            UsingExpression("printf(fmt, x)",
                // (1,1): error STP1011: the first argument of 'printf' must be a string literal
                Diagnostic(ErrorCode.ERR_FormatNotLiteral, "printf(fmt, x)").WithLocation(1, 1));
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "printf");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "fmt");
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
        public void Case18_PrintdNeedsTwoValues()
        {
            UsingExpression("printd(\",\", 1)",
                // (1,1): error STP1012: 'printd' needs a delimiter string and at least two values
                Diagnostic(ErrorCode.ERR_PrintdNeedsTwoValues, "printd(\",\", 1)").WithLocation(1, 1));
            N(SyntaxKind.PrintInvocationExpression);
            {
                N(SyntaxKind.IdentifierToken, "printd");
                N(SyntaxKind.ArgumentList);
                {
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.StringLiteralExpression);
                    {
                        N(SyntaxKind.StringLiteralToken, "\",\"");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void Case19_StringIsAKeyword()
        {
            UsingTree("probe begin { x = string(5) }",
                // (1,19): error STP1004: expression expected, found 'string'
                Diagnostic(ErrorCode.ERR_ExpressionExpected, "").WithLocation(1, 19));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.IdentifierName);
                                {
                                    M(SyntaxKind.IdentifierToken);
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.ParenthesizedExpression);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "5");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case20_ColonAfterParametersIsAPriority()
        {
            UsingTree("function f():long {}",
                // (1,14): error STP1003: '{' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 14),
                // (1,14): error STP1017: integer literal expected, found 'long'
                Diagnostic(ErrorCode.ERR_IntegerLiteralExpected, "").WithLocation(1, 14));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.PriorityClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            M(SyntaxKind.NumericLiteralToken);
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        M(SyntaxKind.OpenBraceToken);
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case21_WrapMarkerAfterSize()
        {
            UsingTree("global w[10]%",
                // (1,13): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found '%'
                Diagnostic(ErrorCode.ERR_MemberExpected, "%").WithLocation(1, 13));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "w");
                        N(SyntaxKind.ArraySize);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "10");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case21_WrapMarkerBeforeSize()
        {
            UsingTree("global w%[10]");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "w");
                        N(SyntaxKind.PercentToken);
                        N(SyntaxKind.ArraySize);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "10");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case22_InitializerMustBeLiteral()
        {
            UsingTree("global x = 1+2",
                // (1,13): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found '+'
                Diagnostic(ErrorCode.ERR_MemberExpected, "+").WithLocation(1, 13));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                        N(SyntaxKind.Initializer);
                        {
                            N(SyntaxKind.EqualsToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                        }
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case27_ArgumentCountThenComment()
        {
            UsingExpression("$#  # comment");
            N(SyntaxKind.ArgumentExpression);
            {
                N(SyntaxKind.DollarArgumentToken, "$#");
            }
            EOF();
        }

        [Fact]
        public void Case28_SpacedWildcardIsNotGlued()
        {
            UsingTree("probe a * b {}",
                // (1,9): error STP1003: '{' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 9));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        M(SyntaxKind.OpenBraceToken);
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case28_TouchingWildcardIsGlued()
        {
            UsingTree("probe a*b {}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                            N(SyntaxKind.AsteriskToken);
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case29_ComponentArgumentIsALiteral()
        {
            UsingTree("probe foo(1+2) {}",
                // (1,12): error STP1024: a probe point argument must be a single literal, found '+'
                Diagnostic(ErrorCode.ERR_ProbePointArgumentNotLiteral, "+").WithLocation(1, 12));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "foo");
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "1");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case30_MarkerBeforeCondition()
        {
            UsingTree("probe a.b if (x) ? {}",
                // (1,18): error STP1003: '{' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 18));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                        N(SyntaxKind.ProbePointCondition);
                        {
                            N(SyntaxKind.IfKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "x");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        M(SyntaxKind.OpenBraceToken);
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case31_MarkerOnlyOnLastGroup()
        {
            UsingTree("probe {a!}.{b,c} {}",
                // (1,7): error STP1023: '?', '!' and 'if' are only allowed in the last component group of a probe point
                Diagnostic(ErrorCode.ERR_MarkerNotOnLastGroup, "{a!}").WithLocation(1, 7));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponentGroup);
                        {
                            N(SyntaxKind.OpenBraceToken);
                            N(SyntaxKind.ProbePoint);
                            {
                                N(SyntaxKind.ProbePointComponent);
                                {
                                    N(SyntaxKind.IdentifierToken, "a");
                                }
                                N(SyntaxKind.ExclamationToken);
                            }
                            N(SyntaxKind.CloseBraceToken);
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponentGroup);
                        {
                            N(SyntaxKind.OpenBraceToken);
                            N(SyntaxKind.ProbePoint);
                            {
                                N(SyntaxKind.ProbePointComponent);
                                {
                                    N(SyntaxKind.IdentifierToken, "b");
                                }
                            }
                            N(SyntaxKind.CommaToken);
                            N(SyntaxKind.ProbePoint);
                            {
                                N(SyntaxKind.ProbePointComponent);
                                {
                                    N(SyntaxKind.IdentifierToken, "c");
                                }
                            }
                            N(SyntaxKind.CloseBraceToken);
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case32_AliasNeedsOneName()
        {
            UsingTree("probe a, b = c {}",
                // (1,8): error STP1020: a probe alias must have exactly one name
                Diagnostic(ErrorCode.ERR_AliasNameNotSingle, ",").WithLocation(1, 8),
                // (1,10): error STP1020: a probe alias must have exactly one name
                Diagnostic(ErrorCode.ERR_AliasNameNotSingle, "b").WithLocation(1, 10));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeAliasDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbeAliasHead);
                    {
                        N(SyntaxKind.ProbePoint);
                        {
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "a");
                            }
                        }
                        N(SyntaxKind.EqualsToken);
                    }
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case32_ChainedAliasNames()
        {
            UsingTree("probe a = b = c {}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeAliasDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbeAliasHead);
                    {
                        N(SyntaxKind.ProbePoint);
                        {
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "a");
                            }
                        }
                        N(SyntaxKind.EqualsToken);
                    }
                    N(SyntaxKind.ProbeAliasHead);
                    {
                        N(SyntaxKind.ProbePoint);
                        {
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "b");
                            }
                        }
                        N(SyntaxKind.EqualsToken);
                    }
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case33_AliasNameCannotBeOptional()
        {
            UsingTree("probe foo ? = begin {}",
                // (1,7): error STP1021: a probe alias name cannot be optional ('?', '!') or conditional
                Diagnostic(ErrorCode.ERR_AliasNameDecorated, "foo ?").WithLocation(1, 7));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeAliasDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbeAliasHead);
                    {
                        N(SyntaxKind.ProbePoint);
                        {
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "foo");
                            }
                            N(SyntaxKind.QuestionToken);
                        }
                        N(SyntaxKind.EqualsToken);
                    }
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case34_CombinedAliasNeedsEquals()
        {
            UsingTree("probe x += y {} , {}",
                // (1,17): error STP1022: a combined prologue/epilogue alias must use '=', not '+='
                Diagnostic(ErrorCode.ERR_CombinedAliasNeedsEquals, ",").WithLocation(1, 17));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeAliasDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbeAliasHead);
                    {
                        N(SyntaxKind.ProbePoint);
                        {
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "x");
                            }
                        }
                        N(SyntaxKind.PlusEqualsToken);
                    }
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "y");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case38_OneCrementOnly()
        {
            UsingTree("probe begin { ++a++ }",
                // (1,18): error STP1010: only one '++' or '--' may apply to an operand
                Diagnostic(ErrorCode.ERR_OnlyOneCrement, "++").WithLocation(1, 18));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.PostIncrementExpression);
                            {
                                N(SyntaxKind.PreIncrementExpression);
                                {
                                    N(SyntaxKind.PlusPlusToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "a");
                                    }
                                }
                                N(SyntaxKind.PlusPlusToken);
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case39_NothingAfterPrettySuffix()
        {
            UsingTree("probe begin { x = $a$->b }",
                // (1,22): error STP1029: nothing may follow a pretty-print suffix ('$' or '$$')
                Diagnostic(ErrorCode.ERR_SuffixAfterPrettyPrint, "->").WithLocation(1, 22));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.MemberAccessExpression);
                                {
                                    N(SyntaxKind.TargetSymbolExpression);
                                    {
                                        N(SyntaxKind.DollarIdentifierToken, "$a$");
                                    }
                                    N(SyntaxKind.MinusGreaterThanToken);
                                    N(SyntaxKind.IdentifierToken, "b");
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case40_MaximalMunch()
        {
            UsingExpression("a---b");
            N(SyntaxKind.SubtractExpression);
            {
                N(SyntaxKind.PostDecrementExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.MinusMinusToken);
                }
                N(SyntaxKind.MinusToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
            }
            EOF();
        }

        [Fact]
        public void Case41_UnclosedCommentAtEnd()
        {
            UsingTree("probe begin {} /* never closed");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case42_CommentBetweenStringsGlues()
        {
            UsingExpression("\"a\" /* c */ \"b\"");
            N(SyntaxKind.StringLiteralExpression);
            {
                N(SyntaxKind.StringLiteralToken, "\"a\"");
                N(SyntaxKind.StringLiteralToken, "\"b\"");
            }
            EOF();
        }

        [Fact]
        public void Case42_CommentStopsGluingBeforeLevel20()
        {
            Options = StapParseOptions.Default.WithLanguageVersion(new Version(1,8));
            UsingTree("probe begin { x = \"a\" /* c */ \"b\" }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"a\"");
                                }
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.StringLiteralExpression);
                            {
                                N(SyntaxKind.StringLiteralToken, "\"b\"");
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case43_InIsAKeyword()
        {
            UsingTree("probe begin { in = 1 }",
                // (1,15): error STP1001: unexpected 'in'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "in").WithLocation(1, 15));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case43_LimitIsAKeyword()
        {
            UsingTree("probe begin { limit = 1 }",
                // (1,15): error STP1001: unexpected 'limit'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "limit").WithLocation(1, 15));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case44_NoUnsignedShiftAssignment()
        {
            UsingTree("probe begin { x >>>= 1 }",
                // (1,20): error STP1004: expression expected, found '='
                Diagnostic(ErrorCode.ERR_ExpressionExpected, "").WithLocation(1, 20));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.UnsignedRightShiftExpression);
                                {
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "x");
                                    }
                                    N(SyntaxKind.GreaterThanGreaterThanGreaterThanToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        M(SyntaxKind.IdentifierToken);
                                    }
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "1");
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case45_SemicolonAfterFunction()
        {
            UsingTree("function f() {};",
                // (1,16): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found ';'
                Diagnostic(ErrorCode.ERR_MemberExpected, ";").WithLocation(1, 16));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case47_LoneWildcardTuple()
        {
            UsingTree("probe begin { x = [*] }",
                // (1,19): error STP1026: '*' is only allowed in an index list before 'in'
                Diagnostic(ErrorCode.ERR_WildcardOutsideIndexList, "[*]").WithLocation(1, 19));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.TupleExpression);
                                {
                                    N(SyntaxKind.OpenBracketToken);
                                    N(SyntaxKind.WildcardExpression);
                                    {
                                        N(SyntaxKind.AsteriskToken);
                                    }
                                    N(SyntaxKind.CloseBracketToken);
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void Case46_TextAfterNulIsIgnored()
        {
            UsingTree("probe begin {}\u0000(((");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "begin");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }
    }
}
