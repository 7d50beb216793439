using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Error recovery: missing tokens are zero-width with one error, unexpected tokens become skipped-tokens trivia, and parsing resumes at the next statement or top-level item.</summary>
    public class ParserErrorRecoveryTests : ParsingTestBase
    {
        public ParserErrorRecoveryTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void MissingCloseParenInIf()
        {
            UsingTree("probe begin { if (x { y = 1 } }",
                // (1,21): error STP1003: ')' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 21));
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
                        N(SyntaxKind.IfStatement);
                        {
                            N(SyntaxKind.IfKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "x");
                            }
                            M(SyntaxKind.CloseParenToken);
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
                                        N(SyntaxKind.NumericLiteralExpression);
                                        {
                                            N(SyntaxKind.NumericLiteralToken, "1");
                                        }
                                    }
                                }
                                N(SyntaxKind.CloseBraceToken);
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
        public void MissingCloseBraceAtEndOfFile()
        {
            UsingTree("probe begin { x = 1",
                // (1,20): error STP1003: '}' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 20));
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
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MissingCloseBraceBeforeNextProbe()
        {
            UsingTree("probe a { x = 1\nprobe b { }",
                // (2,1): error STP1003: '}' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(2, 1));
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
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
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
        public void GarbageBetweenProbesIsSkippedToTheNextProbe()
        {
            UsingTree("probe a {} ) 123 ] probe b {}",
                // (1,12): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found ')'
                Diagnostic(ErrorCode.ERR_MemberExpected, ")").WithLocation(1, 12));
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
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
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
        public void UnexpectedTokensInsideBlock()
        {
            UsingTree("probe a { x = 1 ) ] y = 2 }",
                // (1,17): error STP1001: unexpected ')'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, ")").WithLocation(1, 17));
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
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "y");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "2");
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
        public void MissingRightOperand()
        {
            UsingTree("probe a { x = 1 + }",
                // (1,19): error STP1004: expression expected, found '}'
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
                            N(SyntaxKind.IdentifierToken, "a");
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
                                N(SyntaxKind.AddExpression);
                                {
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "1");
                                    }
                                    N(SyntaxKind.PlusToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        M(SyntaxKind.IdentifierToken);
                                    }
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
        public void MissingSemicolonInForHeader()
        {
            UsingTree("probe a { for (i = 0 i < 10; i++) {} }",
                // (1,22): error STP1003: ';' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 22));
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
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ForStatement);
                        {
                            N(SyntaxKind.ForKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "i");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "0");
                                }
                            }
                            M(SyntaxKind.SemicolonToken);
                            N(SyntaxKind.LessThanExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "i");
                                }
                                N(SyntaxKind.LessThanToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "10");
                                }
                            }
                            N(SyntaxKind.SemicolonToken);
                            N(SyntaxKind.PostIncrementExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "i");
                                }
                                N(SyntaxKind.PlusPlusToken);
                            }
                            N(SyntaxKind.CloseParenToken);
                            N(SyntaxKind.Block);
                            {
                                N(SyntaxKind.OpenBraceToken);
                                N(SyntaxKind.CloseBraceToken);
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
        public void UnclosedArgumentList()
        {
            UsingTree("probe a { f(1, 2 }",
                // (1,18): error STP1003: ')' expected
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
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
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
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "2");
                                    }
                                    M(SyntaxKind.CloseParenToken);
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
        public void TrailingCommaInArguments()
        {
            UsingExpression("f(1, )",
                // (1,6): error STP1004: expression expected, found ')'
                Diagnostic(ErrorCode.ERR_ExpressionExpected, "").WithLocation(1, 6));
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
                    N(SyntaxKind.IdentifierName);
                    {
                        M(SyntaxKind.IdentifierToken);
                    }
                    N(SyntaxKind.CloseParenToken);
                }
            }
            EOF();
        }

        [Fact]
        public void StrayCloseBraceAtTopLevel()
        {
            UsingTree("}\nprobe a {}",
                // (1,1): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found '}'
                Diagnostic(ErrorCode.ERR_MemberExpected, "}").WithLocation(1, 1));
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
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MissingProbePoint()
        {
            UsingTree("probe { }",
                // (1,9): error STP1002: identifier expected
                Diagnostic(ErrorCode.ERR_IdentifierExpected, "").WithLocation(1, 9),
                // (1,10): error STP1003: '{' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 10));
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
                                    M(SyntaxKind.IdentifierToken);
                                }
                            }
                            N(SyntaxKind.CloseBraceToken);
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
        public void MissingFunctionName()
        {
            UsingTree("function (x) { }",
                // (1,10): error STP1002: identifier expected
                Diagnostic(ErrorCode.ERR_IdentifierExpected, "").WithLocation(1, 10));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    M(SyntaxKind.IdentifierToken);
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.Parameter);
                        {
                            N(SyntaxKind.IdentifierToken, "x");
                        }
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
        public void MissingParameterName()
        {
            UsingTree("function f(a, ) { }",
                // (1,15): error STP1002: identifier expected
                Diagnostic(ErrorCode.ERR_IdentifierExpected, "").WithLocation(1, 15));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.Parameter);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.Parameter);
                        {
                            M(SyntaxKind.IdentifierToken);
                        }
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
        public void MissingForeachIn()
        {
            UsingStatement("foreach (k arr) print(k)",
                // (1,12): error STP1003: 'in' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 12));
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "k");
                }
                M(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "arr");
                }
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.ExpressionStatement);
                {
                    N(SyntaxKind.PrintInvocationExpression);
                    {
                        N(SyntaxKind.IdentifierToken, "print");
                        N(SyntaxKind.ArgumentList);
                        {
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "k");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void MissingCatch()
        {
            UsingStatement("try { }",
                // (1,8): error STP1003: 'catch' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(1, 8));
            N(SyntaxKind.TryStatement);
            {
                N(SyntaxKind.TryKeyword);
                N(SyntaxKind.Block);
                {
                    N(SyntaxKind.OpenBraceToken);
                    N(SyntaxKind.CloseBraceToken);
                }
                N(SyntaxKind.CatchClause);
                {
                    M(SyntaxKind.CatchKeyword);
                    N(SyntaxKind.Block);
                    {
                        M(SyntaxKind.OpenBraceToken);
                        M(SyntaxKind.CloseBraceToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void BadCharacterInBlock()
        {
            UsingTree("probe a { x = 1 ` y = 2 }",
                // (1,17): error STP1001: unexpected '`'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "`").WithLocation(1, 17));
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
                            N(SyntaxKind.SimpleAssignmentExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "y");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "2");
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
        public void LeftoverTokensAfterExpression()
        {
            UsingExpression("a b c",
                // (1,3): error STP1001: unexpected 'b'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "b").WithLocation(1, 3));
            N(SyntaxKind.IdentifierName);
            {
                N(SyntaxKind.IdentifierToken, "a");
            }
            EOF();
        }

        [Fact]
        public void LeftoverTokensAfterStatement()
        {
            UsingStatement("x = 1 }",
                // (1,7): error STP1001: unexpected '}'
                Diagnostic(ErrorCode.ERR_UnexpectedToken, "}").WithLocation(1, 7));
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
            EOF();
        }

        [Fact]
        public void EmptyExpression()
        {
            UsingExpression("",
                // (1,1): error STP1004: expression expected, found 'end of file'
                Diagnostic(ErrorCode.ERR_ExpressionExpected, "").WithLocation(1, 1));
            N(SyntaxKind.IdentifierName);
            {
                M(SyntaxKind.IdentifierToken);
            }
            EOF();
        }

        [Fact]
        public void MissingMacroBody()
        {
            UsingTree("@define m\nprobe a {}",
                // (2,1): error STP1003: '%(' expected
                Diagnostic(ErrorCode.ERR_TokenExpected, "").WithLocation(2, 1));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroDefinition);
                {
                    N(SyntaxKind.AtDefineKeyword);
                    N(SyntaxKind.IdentifierToken, "m");
                    M(SyntaxKind.PercentOpenParenToken);
                    M(SyntaxKind.PercentCloseParenToken);
                }
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
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void UnknownTypeAnnotation()
        {
            UsingTree("function f:int () {}",
                // (1,12): error STP1019: type 'string' or 'long' expected
                Diagnostic(ErrorCode.ERR_TypeExpected, "int").WithLocation(1, 12));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.TypeClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.IdentifierToken, "int");
                    }
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
        public void TupleWithSeveralKeysWithoutIn()
        {
            UsingTree("probe a { x = [1, 2] + 1 }",
                // (1,15): error STP1027: unexpected comma-separated expression list: 'in' expected
                Diagnostic(ErrorCode.ERR_TupleWithoutIn, "[1, 2]").WithLocation(1, 15));
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
                                        N(SyntaxKind.NumericLiteralToken, "1");
                                    }
                                    N(SyntaxKind.CommaToken);
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "2");
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
        public void ElseWithoutStatement()
        {
            UsingStatement("if (x) y = 1 else",
                // (1,18): error STP1005: statement expected, found 'end of file'
                Diagnostic(ErrorCode.ERR_StatementExpected, "").WithLocation(1, 18));
            N(SyntaxKind.IfStatement);
            {
                N(SyntaxKind.IfKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "x");
                }
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.ExpressionStatement);
                {
                    N(SyntaxKind.SimpleAssignmentExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "y");
                        }
                        N(SyntaxKind.EqualsToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "1");
                        }
                    }
                }
                N(SyntaxKind.ElseClause);
                {
                    N(SyntaxKind.ElseKeyword);
                    N(SyntaxKind.ExpressionStatement);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            M(SyntaxKind.IdentifierToken);
                        }
                    }
                }
            }
            EOF();
        }
    }
}
