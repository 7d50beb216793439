using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Probes, probe aliases and probe points (docs/grammar.md, "Probes and probe points"): gluing, markers, conditions, brace expansion, arguments.</summary>
    public class ProbeParsingTests : ParsingTestBase
    {
        public ProbeParsingTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void PlainProbeWithSeveralPoints()
        {
            UsingTree("probe begin, end { }");
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
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "end");
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
        public void PrologueAlias()
        {
            UsingTree("probe syscall.x = kernel.function(\"x\") ?, kernel.function(\"y\") { name = \"x\" }");
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
                                N(SyntaxKind.IdentifierToken, "syscall");
                            }
                            N(SyntaxKind.DotToken);
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
                            N(SyntaxKind.IdentifierToken, "kernel");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.FunctionKeyword);
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"x\"");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.QuestionToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "kernel");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.FunctionKeyword);
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"y\"");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
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
                                    N(SyntaxKind.IdentifierToken, "name");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"x\"");
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
        public void EpilogueAlias()
        {
            UsingTree("probe syscall.x.return += kernel.function(\"x\").return { retstr = \"\" }");
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
                                N(SyntaxKind.IdentifierToken, "syscall");
                            }
                            N(SyntaxKind.DotToken);
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.IdentifierToken, "x");
                            }
                            N(SyntaxKind.DotToken);
                            N(SyntaxKind.ProbePointComponent);
                            {
                                N(SyntaxKind.ReturnKeyword);
                            }
                        }
                        N(SyntaxKind.PlusEqualsToken);
                    }
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "kernel");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.FunctionKeyword);
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"x\"");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.ReturnKeyword);
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
                                    N(SyntaxKind.IdentifierToken, "retstr");
                                }
                                N(SyntaxKind.EqualsToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"\"");
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
        public void CombinedPrologueEpilogueAlias()
        {
            UsingTree("probe a = b { x = 1 } , { y = 2 }");
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
                            N(SyntaxKind.IdentifierToken, "b");
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
                        N(SyntaxKind.CloseBraceToken);
                    }
                    N(SyntaxKind.CommaToken);
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
        public void GluedWildcardPieces()
        {
            UsingProbePoint("sys**open*");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "sys");
                    N(SyntaxKind.AsteriskToken);
                    N(SyntaxKind.AsteriskToken);
                    N(SyntaxKind.IdentifierToken, "open");
                    N(SyntaxKind.AsteriskToken);
                }
            }
            EOF();
        }

        [Fact]
        public void KernelFunctionReturn()
        {
            UsingProbePoint("kernel.function(\"vfs_read\").return");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "kernel");
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"vfs_read\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.ReturnKeyword);
                }
            }
            EOF();
        }

        [Fact]
        public void SpacesAroundDotsAndParentheses()
        {
            UsingProbePoint("kernel . function ( \"a\" \"b\" )");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "kernel");
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"a\"");
                            N(SyntaxKind.StringLiteralToken, "\"b\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void ProcessStatementWithFileLine()
        {
            UsingProbePoint("process(\"/bin/ls\").statement(\"*@main.c:10\")");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "process");
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"/bin/ls\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "statement");
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.StringLiteralToken, "\"*@main.c:10\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void NegativeNumericArgument()
        {
            UsingProbePoint("timer.ms(-5)");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "timer");
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "ms");
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.UnaryMinusExpression);
                        {
                            N(SyntaxKind.MinusToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "5");
                            }
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
            }
            EOF();
        }

        [Fact]
        public void OptionalAndSufficientMarkers()
        {
            UsingTree("probe a ?, b !, c ? if (x > 1), d if (y) { }");
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
                        N(SyntaxKind.QuestionToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                        N(SyntaxKind.ExclamationToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                        N(SyntaxKind.QuestionToken);
                        N(SyntaxKind.ProbePointCondition);
                        {
                            N(SyntaxKind.IfKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.GreaterThanExpression);
                            {
                                N(SyntaxKind.IdentifierName);
                                {
                                    N(SyntaxKind.IdentifierToken, "x");
                                }
                                N(SyntaxKind.GreaterThanToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "1");
                                }
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "d");
                        }
                        N(SyntaxKind.ProbePointCondition);
                        {
                            N(SyntaxKind.IfKeyword);
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "y");
                            }
                            N(SyntaxKind.CloseParenToken);
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
        public void BraceExpansionNests()
        {
            UsingProbePoint("{a,b}.{c,{d,e}}.f!");
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
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
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
                            N(SyntaxKind.IdentifierToken, "c");
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponentGroup);
                        {
                            N(SyntaxKind.OpenBraceToken);
                            N(SyntaxKind.ProbePoint);
                            {
                                N(SyntaxKind.ProbePointComponent);
                                {
                                    N(SyntaxKind.IdentifierToken, "d");
                                }
                            }
                            N(SyntaxKind.CommaToken);
                            N(SyntaxKind.ProbePoint);
                            {
                                N(SyntaxKind.ProbePointComponent);
                                {
                                    N(SyntaxKind.IdentifierToken, "e");
                                }
                            }
                            N(SyntaxKind.CloseBraceToken);
                        }
                    }
                    N(SyntaxKind.CloseBraceToken);
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "f");
                }
                N(SyntaxKind.ExclamationToken);
            }
            EOF();
        }

        [Fact]
        public void KeywordsAreComponentNames()
        {
            UsingTree("probe if {}\nprobe kernel.function(\"x\").return.call {}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IfKeyword);
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
                            N(SyntaxKind.IdentifierToken, "kernel");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.FunctionKeyword);
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.StringLiteralToken, "\"x\"");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.ReturnKeyword);
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "call");
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
        public void ArgumentsInProbePoints()
        {
            UsingTree("probe $1.return, kernel.function(@1).call, timer.s($2), process(@2 \"@*:*\") {}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.ProbeDeclaration);
                {
                    N(SyntaxKind.ProbeKeyword);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.DollarArgumentToken, "$1");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.ReturnKeyword);
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "kernel");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.FunctionKeyword);
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.ArgumentExpression);
                                {
                                    N(SyntaxKind.AtArgumentToken, "@1");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "call");
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "timer");
                        }
                        N(SyntaxKind.DotToken);
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "s");
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.ArgumentExpression);
                                {
                                    N(SyntaxKind.DollarArgumentToken, "$2");
                                }
                                N(SyntaxKind.CloseParenToken);
                            }
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.ProbePoint);
                    {
                        N(SyntaxKind.ProbePointComponent);
                        {
                            N(SyntaxKind.IdentifierToken, "process");
                            N(SyntaxKind.ProbePointArgument);
                            {
                                N(SyntaxKind.OpenParenToken);
                                N(SyntaxKind.StringLiteralExpression);
                                {
                                    N(SyntaxKind.AtArgumentToken, "@2");
                                    N(SyntaxKind.StringLiteralToken, "\"@*:*\"");
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
        public void MacroGluedInProbePointArgument()
        {
            UsingProbePoint("kprobe.function(@arch_syscall_prefix \"sys_accept\").call");
            N(SyntaxKind.ProbePoint);
            {
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "kprobe");
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.ProbePointArgument);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.StringLiteralExpression);
                        {
                            N(SyntaxKind.AtIdentifierToken, "@arch_syscall_prefix");
                            N(SyntaxKind.StringLiteralToken, "\"sys_accept\"");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                }
                N(SyntaxKind.DotToken);
                N(SyntaxKind.ProbePointComponent);
                {
                    N(SyntaxKind.IdentifierToken, "call");
                }
            }
            EOF();
        }
    }
}
