using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Statements (docs/grammar.md, "Statements"): blocks, the optional-semicolon rules, loops, foreach headers, try/catch, jumps and macro statements.</summary>
    public class StatementParsingTests : ParsingTestBase
    {
        public StatementParsingTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void BlockWithStatements()
        {
            UsingStatement("{ x = 1; y = 2 }");
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
                    N(SyntaxKind.SemicolonToken);
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
            EOF();
        }

        [Fact]
        public void EmptyStatement()
        {
            UsingStatement(";");
            N(SyntaxKind.EmptyStatement);
            {
                N(SyntaxKind.SemicolonToken);
            }
            EOF();
        }

        [Fact]
        public void SemicolonAfterSimpleStatementIsSwallowedOnce()
        {
            UsingTree("probe begin { x = 1;; }");
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
                            N(SyntaxKind.SemicolonToken);
                        }
                        N(SyntaxKind.EmptyStatement);
                        {
                            N(SyntaxKind.SemicolonToken);
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void SemicolonAfterBlockIsAnEmptyStatement()
        {
            UsingTree("probe begin { if (x) {}; }");
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
                            N(SyntaxKind.CloseParenToken);
                            N(SyntaxKind.Block);
                            {
                                N(SyntaxKind.OpenBraceToken);
                                N(SyntaxKind.CloseBraceToken);
                            }
                        }
                        N(SyntaxKind.EmptyStatement);
                        {
                            N(SyntaxKind.SemicolonToken);
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void IfElse()
        {
            UsingStatement("if (a) x = 1 else y = 2");
            N(SyntaxKind.IfStatement);
            {
                N(SyntaxKind.IfKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CloseParenToken);
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
                N(SyntaxKind.ElseClause);
                {
                    N(SyntaxKind.ElseKeyword);
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
                }
            }
            EOF();
        }

        [Fact]
        public void ElseBindsToTheNearestIf()
        {
            UsingStatement("if (a) if (b) x = 1; else y = 2");
            N(SyntaxKind.IfStatement);
            {
                N(SyntaxKind.IfKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.IfStatement);
                {
                    N(SyntaxKind.IfKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                    }
                    N(SyntaxKind.CloseParenToken);
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
                        N(SyntaxKind.SemicolonToken);
                    }
                    N(SyntaxKind.ElseClause);
                    {
                        N(SyntaxKind.ElseKeyword);
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
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void WhileLoop()
        {
            UsingStatement("while (i < 10) i++");
            N(SyntaxKind.WhileStatement);
            {
                N(SyntaxKind.WhileKeyword);
                N(SyntaxKind.OpenParenToken);
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
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.ExpressionStatement);
                {
                    N(SyntaxKind.PostIncrementExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "i");
                        }
                        N(SyntaxKind.PlusPlusToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ForWithAllParts()
        {
            UsingStatement("for (i = 0; i < 10; i++) sum += i");
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
                N(SyntaxKind.SemicolonToken);
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
                N(SyntaxKind.ExpressionStatement);
                {
                    N(SyntaxKind.AddAssignmentExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "sum");
                        }
                        N(SyntaxKind.PlusEqualsToken);
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "i");
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ForWithNoParts()
        {
            UsingStatement("for (;;) break");
            N(SyntaxKind.ForStatement);
            {
                N(SyntaxKind.ForKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.SemicolonToken);
                N(SyntaxKind.SemicolonToken);
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.BreakStatement);
                {
                    N(SyntaxKind.BreakKeyword);
                }
            }
            EOF();
        }

        [Fact]
        public void ForeachWithValueKeysSliceAndLimit()
        {
            UsingStatement("foreach (v = [a, b-] in arr[*, 1] limit 5) print(v)");
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.ForeachValue);
                {
                    N(SyntaxKind.IdentifierToken, "v");
                    N(SyntaxKind.EqualsToken);
                }
                N(SyntaxKind.OpenBracketToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CommaToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                    N(SyntaxKind.MinusToken);
                }
                N(SyntaxKind.CloseBracketToken);
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "arr");
                }
                N(SyntaxKind.BracketedArgumentList);
                {
                    N(SyntaxKind.OpenBracketToken);
                    N(SyntaxKind.WildcardExpression);
                    {
                        N(SyntaxKind.AsteriskToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "1");
                    }
                    N(SyntaxKind.CloseBracketToken);
                }
                N(SyntaxKind.LimitClause);
                {
                    N(SyntaxKind.LimitKeyword);
                    N(SyntaxKind.NumericLiteralExpression);
                    {
                        N(SyntaxKind.NumericLiteralToken, "5");
                    }
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
                                N(SyntaxKind.IdentifierToken, "v");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ForeachSortedByAggregate()
        {
            UsingStatement("foreach (k in arr @sum+) print(k)");
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "k");
                }
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "arr");
                }
                N(SyntaxKind.ForeachSort);
                {
                    N(SyntaxKind.AtSumKeyword);
                    N(SyntaxKind.PlusToken);
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
        public void ForeachSortedAfterArray()
        {
            UsingStatement("foreach ([a, b] in arr-) next");
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.OpenBracketToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CommaToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
                N(SyntaxKind.CloseBracketToken);
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "arr");
                }
                N(SyntaxKind.ForeachSort);
                {
                    N(SyntaxKind.MinusToken);
                }
                N(SyntaxKind.CloseParenToken);
                N(SyntaxKind.NextStatement);
                {
                    N(SyntaxKind.NextKeyword);
                }
            }
            EOF();
        }

        [Fact]
        public void ForeachOverHistogram()
        {
            UsingStatement("foreach (b in @hist_log(s)) print(b)");
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.LogHistogramExpression);
                {
                    N(SyntaxKind.AtHistLogKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "s");
                    }
                    N(SyntaxKind.CloseParenToken);
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
                                N(SyntaxKind.IdentifierToken, "b");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ForeachWithTwoSortMarkers()
        {
            UsingStatement("foreach (v- = [a, b-] in arr) print(v)",
                // (1,20): error STP1014: multiple sort directives in one 'foreach'
                Diagnostic(ErrorCode.ERR_MultipleSortDirectives, "-").WithLocation(1, 20));
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.ForeachValue);
                {
                    N(SyntaxKind.IdentifierToken, "v");
                    N(SyntaxKind.MinusToken);
                    N(SyntaxKind.EqualsToken);
                }
                N(SyntaxKind.OpenBracketToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CommaToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                    N(SyntaxKind.MinusToken);
                }
                N(SyntaxKind.CloseBracketToken);
                N(SyntaxKind.InKeyword);
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
                                N(SyntaxKind.IdentifierToken, "v");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ForeachAggregateNeedsSortMarker()
        {
            UsingStatement("foreach ([a, b] in x @sum) print(a)",
                // (1,26): error STP1015: sort directive '+' or '-' expected after the aggregate
                Diagnostic(ErrorCode.ERR_SortDirectiveExpected, "").WithLocation(1, 26));
            N(SyntaxKind.ForeachStatement);
            {
                N(SyntaxKind.ForeachKeyword);
                N(SyntaxKind.OpenParenToken);
                N(SyntaxKind.OpenBracketToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "a");
                }
                N(SyntaxKind.CommaToken);
                N(SyntaxKind.ForeachKey);
                {
                    N(SyntaxKind.IdentifierToken, "b");
                }
                N(SyntaxKind.CloseBracketToken);
                N(SyntaxKind.InKeyword);
                N(SyntaxKind.IdentifierName);
                {
                    N(SyntaxKind.IdentifierToken, "x");
                }
                N(SyntaxKind.ForeachSort);
                {
                    N(SyntaxKind.AtSumKeyword);
                    M(SyntaxKind.PlusToken);
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
                                N(SyntaxKind.IdentifierToken, "a");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ReturnWithAndWithoutValue()
        {
            UsingTree("function f(x) { if (x) return x + 1; return }");
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
                            N(SyntaxKind.IdentifierToken, "x");
                        }
                        N(SyntaxKind.CloseParenToken);
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
                            N(SyntaxKind.CloseParenToken);
                            N(SyntaxKind.ReturnStatement);
                            {
                                N(SyntaxKind.ReturnKeyword);
                                N(SyntaxKind.AddExpression);
                                {
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "x");
                                    }
                                    N(SyntaxKind.PlusToken);
                                    N(SyntaxKind.NumericLiteralExpression);
                                    {
                                        N(SyntaxKind.NumericLiteralToken, "1");
                                    }
                                }
                                N(SyntaxKind.SemicolonToken);
                            }
                        }
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
        public void DeleteWithWildcard()
        {
            UsingStatement("delete a[*, 1];");
            N(SyntaxKind.DeleteStatement);
            {
                N(SyntaxKind.DeleteKeyword);
                N(SyntaxKind.ElementAccessExpression);
                {
                    N(SyntaxKind.IdentifierName);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.BracketedArgumentList);
                    {
                        N(SyntaxKind.OpenBracketToken);
                        N(SyntaxKind.WildcardExpression);
                        {
                            N(SyntaxKind.AsteriskToken);
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "1");
                        }
                        N(SyntaxKind.CloseBracketToken);
                    }
                }
                N(SyntaxKind.SemicolonToken);
            }
            EOF();
        }

        [Fact]
        public void BreakContinueNext()
        {
            UsingStatement("{ break; continue; next; }");
            N(SyntaxKind.Block);
            {
                N(SyntaxKind.OpenBraceToken);
                N(SyntaxKind.BreakStatement);
                {
                    N(SyntaxKind.BreakKeyword);
                    N(SyntaxKind.SemicolonToken);
                }
                N(SyntaxKind.ContinueStatement);
                {
                    N(SyntaxKind.ContinueKeyword);
                    N(SyntaxKind.SemicolonToken);
                }
                N(SyntaxKind.NextStatement);
                {
                    N(SyntaxKind.NextKeyword);
                    N(SyntaxKind.SemicolonToken);
                }
                N(SyntaxKind.CloseBraceToken);
            }
            EOF();
        }

        [Fact]
        public void TryCatchWithMessage()
        {
            UsingStatement("try { error(\"x\") } catch (msg) { println(msg) }");
            N(SyntaxKind.TryStatement);
            {
                N(SyntaxKind.TryKeyword);
                N(SyntaxKind.Block);
                {
                    N(SyntaxKind.OpenBraceToken);
                    N(SyntaxKind.ExpressionStatement);
                    {
                        N(SyntaxKind.InvocationExpression);
                        {
                            N(SyntaxKind.IdentifierToken, "error");
                            N(SyntaxKind.ArgumentList);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"x\"");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                    }
                    N(SyntaxKind.CloseBraceToken);
                }
                N(SyntaxKind.CatchClause);
                {
                    N(SyntaxKind.CatchKeyword);
                    N(SyntaxKind.OpenParenToken);
                    N(SyntaxKind.IdentifierToken, "msg");
                    N(SyntaxKind.CloseParenToken);
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.PrintInvocationExpression);
                            {
                                N(SyntaxKind.IdentifierToken, "println");
                                N(SyntaxKind.ArgumentList);
                                {
                                    N(SyntaxKind.OpenParenToken);
                                    N(SyntaxKind.IdentifierName);
                                    {
                                        N(SyntaxKind.IdentifierToken, "msg");
                                    }
                                    N(SyntaxKind.CloseParenToken);
                                }
                            }
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void TryCatchWithoutMessage()
        {
            UsingStatement("try { f() } catch { }");
            N(SyntaxKind.TryStatement);
            {
                N(SyntaxKind.TryKeyword);
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
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                    }
                    N(SyntaxKind.CloseBraceToken);
                }
                N(SyntaxKind.CatchClause);
                {
                    N(SyntaxKind.CatchKeyword);
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void MacroDefinitionInsideBlock()
        {
            UsingStatement("{ @define one %( 1 %) x = @one }");
            N(SyntaxKind.Block);
            {
                N(SyntaxKind.OpenBraceToken);
                N(SyntaxKind.MacroDefinitionStatement);
                {
                    N(SyntaxKind.MacroDefinition);
                    {
                        N(SyntaxKind.AtDefineKeyword);
                        N(SyntaxKind.IdentifierToken, "one");
                        N(SyntaxKind.PercentOpenParenToken);
                        N(SyntaxKind.NumericLiteralToken, "1");
                        N(SyntaxKind.PercentCloseParenToken);
                    }
                }
                N(SyntaxKind.ExpressionStatement);
                {
                    N(SyntaxKind.SimpleAssignmentExpression);
                    {
                        N(SyntaxKind.IdentifierName);
                        {
                            N(SyntaxKind.IdentifierToken, "x");
                        }
                        N(SyntaxKind.EqualsToken);
                        N(SyntaxKind.MacroInvocationExpression);
                        {
                            N(SyntaxKind.AtIdentifierToken, "@one");
                        }
                    }
                }
                N(SyntaxKind.CloseBraceToken);
            }
            EOF();
        }

        [Fact]
        public void EmbeddedCodeStatementInGuruMode()
        {
            Options = StapParseOptions.Default.WithGuruMode(true);
            UsingStatement("%{ STAP_RETVALUE = 1; %}");
            N(SyntaxKind.ExpressionStatement);
            {
                N(SyntaxKind.EmbeddedCodeExpression);
                {
                    N(SyntaxKind.EmbeddedCodeToken, "%{ STAP_RETVALUE = 1; %}");
                }
            }
            EOF();
        }

        [Fact]
        public void MacroStatementsFromTapsets()
        {
            UsingTree("@define _NAME %( name = \"stat\" %)\nprobe x = y { @_NAME\nasmlinkage() }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroDefinition);
                {
                    N(SyntaxKind.AtDefineKeyword);
                    N(SyntaxKind.IdentifierToken, "_NAME");
                    N(SyntaxKind.PercentOpenParenToken);
                    N(SyntaxKind.IdentifierToken, "name");
                    N(SyntaxKind.EqualsToken);
                    N(SyntaxKind.StringLiteralToken, "\"stat\"");
                    N(SyntaxKind.PercentCloseParenToken);
                }
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
                        N(SyntaxKind.EqualsToken);
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
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.MacroInvocationExpression);
                            {
                                N(SyntaxKind.AtIdentifierToken, "@_NAME");
                            }
                        }
                        N(SyntaxKind.ExpressionStatement);
                        {
                            N(SyntaxKind.InvocationExpression);
                            {
                                N(SyntaxKind.IdentifierToken, "asmlinkage");
                                N(SyntaxKind.ArgumentList);
                                {
                                    N(SyntaxKind.OpenParenToken);
                                    N(SyntaxKind.CloseParenToken);
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
    }
}
