using System;
using StapSharp.Diagnostics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Top-level declarations (docs/grammar.md, "Declarations"): globals, private, functions, embedded C, macro definitions and macro modifiers.</summary>
    public class DeclarationParsingTests : ParsingTestBase
    {
        public DeclarationParsingTests(ITestOutputHelper output) : base(output)
        {
        }

        [Fact]
        public void GlobalsWithSizesWrapAndInitializers()
        {
            UsingTree("global a, b[100], c%, d%[5], s = \"x\" \"y\", n = -5;");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "a");
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "b");
                        N(SyntaxKind.ArraySize);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "100");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "c");
                        N(SyntaxKind.PercentToken);
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "d");
                        N(SyntaxKind.PercentToken);
                        N(SyntaxKind.ArraySize);
                        {
                            N(SyntaxKind.OpenBracketToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "5");
                            }
                            N(SyntaxKind.CloseBracketToken);
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "s");
                        N(SyntaxKind.Initializer);
                        {
                            N(SyntaxKind.EqualsToken);
                            N(SyntaxKind.StringLiteralExpression);
                            {
                                N(SyntaxKind.StringLiteralToken, "\"x\"");
                                N(SyntaxKind.StringLiteralToken, "\"y\"");
                            }
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "n");
                        N(SyntaxKind.Initializer);
                        {
                            N(SyntaxKind.EqualsToken);
                            N(SyntaxKind.UnaryMinusExpression);
                            {
                                N(SyntaxKind.MinusToken);
                                N(SyntaxKind.NumericLiteralExpression);
                                {
                                    N(SyntaxKind.NumericLiteralToken, "5");
                                }
                            }
                        }
                    }
                    N(SyntaxKind.SemicolonToken);
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void PrivateGlobalForms()
        {
            UsingTree("private global x\nprivate y = 1, z");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.PrivateKeyword);
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "x");
                    }
                }
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.PrivateKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "y");
                        N(SyntaxKind.Initializer);
                        {
                            N(SyntaxKind.EqualsToken);
                            N(SyntaxKind.NumericLiteralExpression);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                        }
                    }
                    N(SyntaxKind.CommaToken);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "z");
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MacroModifierBeforeGlobal()
        {
            UsingTree("@__private30 global _line = \"\"");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.AtIdentifierToken, "@__private30");
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "_line");
                        N(SyntaxKind.Initializer);
                        {
                            N(SyntaxKind.EqualsToken);
                            N(SyntaxKind.StringLiteralExpression);
                            {
                                N(SyntaxKind.StringLiteralToken, "\"\"");
                            }
                        }
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void PrivateIsAnIdentifierBeforeLevel30()
        {
            Options = StapParseOptions.Default.WithLanguageVersion(new Version(2,9));
            UsingTree("global private");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.GlobalDeclaration);
                {
                    N(SyntaxKind.GlobalKeyword);
                    N(SyntaxKind.GlobalVariable);
                    {
                        N(SyntaxKind.IdentifierToken, "private");
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void FunctionWithTypesAndPriority()
        {
            UsingTree("function f:string (a:long, b:string) : 2 { return b }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "f");
                    N(SyntaxKind.TypeClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.StringKeyword);
                    }
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.Parameter);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                            N(SyntaxKind.TypeClause);
                            {
                                N(SyntaxKind.ColonToken);
                                N(SyntaxKind.LongKeyword);
                            }
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.Parameter);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                            N(SyntaxKind.TypeClause);
                            {
                                N(SyntaxKind.ColonToken);
                                N(SyntaxKind.StringKeyword);
                            }
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.PriorityClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.NumericLiteralExpression);
                        {
                            N(SyntaxKind.NumericLiteralToken, "2");
                        }
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.ReturnStatement);
                        {
                            N(SyntaxKind.ReturnKeyword);
                            N(SyntaxKind.IdentifierName);
                            {
                                N(SyntaxKind.IdentifierToken, "b");
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
        public void FunctionsNamedStringAndLong()
        {
            UsingTree("function string() {}\nfunction long() {}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.StringKeyword);
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
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.LongKeyword);
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
        public void PrivateFunctionFromMacro()
        {
            UsingTree("@__private30 function g() { next }");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.AtIdentifierToken, "@__private30");
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "g");
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.Block);
                    {
                        N(SyntaxKind.OpenBraceToken);
                        N(SyntaxKind.NextStatement);
                        {
                            N(SyntaxKind.NextKeyword);
                        }
                        N(SyntaxKind.CloseBraceToken);
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void EmbeddedCFunctionInTapset()
        {
            Options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            UsingTree("function g:long () %{ STAP_RETVALUE = 1; %}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "g");
                    N(SyntaxKind.TypeClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.LongKeyword);
                    }
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.EmbeddedCodeToken, "%{ STAP_RETVALUE = 1; %}");
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void EmbeddedCFunctionInScript()
        {
            UsingTree("function g:long () %{ STAP_RETVALUE = 1; %}",
                // (1,20): error STP1025: %{ %} is only allowed in guru mode (-g) or in tapset files
                Diagnostic(ErrorCode.ERR_PrivilegedConstruct, "%{ STAP_RETVALUE = 1; %}").WithLocation(1, 20));
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.FunctionDeclaration);
                {
                    N(SyntaxKind.FunctionKeyword);
                    N(SyntaxKind.IdentifierToken, "g");
                    N(SyntaxKind.TypeClause);
                    {
                        N(SyntaxKind.ColonToken);
                        N(SyntaxKind.LongKeyword);
                    }
                    N(SyntaxKind.ParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.EmbeddedCodeToken, "%{ STAP_RETVALUE = 1; %}");
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void TopLevelEmbeddedCodeInGuruMode()
        {
            Options = StapParseOptions.Default.WithGuruMode(true);
            UsingTree("%{\n#include <linux/sched.h>\n%}");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.EmbeddedCodeDeclaration);
                {
                    N(SyntaxKind.EmbeddedCodeToken, "%{\n#include <linux/sched.h>\n%}");
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MacroDefinitionWithParameters()
        {
            // A file of macro definitions only is a library (.stpm) file: as a script stap refuses it as empty.
            Options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            UsingTree("@define add(a, b) %( @a + @b %)");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroDefinition);
                {
                    N(SyntaxKind.AtDefineKeyword);
                    N(SyntaxKind.IdentifierToken, "add");
                    N(SyntaxKind.MacroParameterList);
                    {
                        N(SyntaxKind.OpenParenToken);
                        N(SyntaxKind.MacroParameter);
                        {
                            N(SyntaxKind.IdentifierToken, "a");
                        }
                        N(SyntaxKind.CommaToken);
                        N(SyntaxKind.MacroParameter);
                        {
                            N(SyntaxKind.IdentifierToken, "b");
                        }
                        N(SyntaxKind.CloseParenToken);
                    }
                    N(SyntaxKind.PercentOpenParenToken);
                    N(SyntaxKind.AtIdentifierToken, "@a");
                    N(SyntaxKind.PlusToken);
                    N(SyntaxKind.AtIdentifierToken, "@b");
                    N(SyntaxKind.PercentCloseParenToken);
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MacroBodyKeepsNestedConditional()
        {
            // A file of macro definitions only is a library (.stpm) file: as a script stap refuses it as empty.
            Options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            UsingTree("@define m %( %( arch == \"x86_64\" %? 1 %: 2 %) %)");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroDefinition);
                {
                    N(SyntaxKind.AtDefineKeyword);
                    N(SyntaxKind.IdentifierToken, "m");
                    N(SyntaxKind.PercentOpenParenToken);
                    N(SyntaxKind.PercentOpenParenToken);
                    N(SyntaxKind.IdentifierToken, "arch");
                    N(SyntaxKind.EqualsEqualsToken);
                    N(SyntaxKind.StringLiteralToken, "\"x86_64\"");
                    N(SyntaxKind.PercentQuestionToken);
                    N(SyntaxKind.NumericLiteralToken, "1");
                    N(SyntaxKind.PercentColonToken);
                    N(SyntaxKind.NumericLiteralToken, "2");
                    N(SyntaxKind.PercentCloseParenToken);
                    N(SyntaxKind.PercentCloseParenToken);
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }

        [Fact]
        public void MacroInvocationAtTopLevel()
        {
            UsingTree("@foo(1)");
            N(SyntaxKind.CompilationUnit);
            {
                N(SyntaxKind.MacroInvocationDeclaration);
                {
                    N(SyntaxKind.MacroInvocationExpression);
                    {
                        N(SyntaxKind.AtIdentifierToken, "@foo");
                        N(SyntaxKind.MacroArgumentList);
                        {
                            N(SyntaxKind.OpenParenToken);
                            N(SyntaxKind.MacroArgument);
                            {
                                N(SyntaxKind.NumericLiteralToken, "1");
                            }
                            N(SyntaxKind.CloseParenToken);
                        }
                    }
                }
                N(SyntaxKind.EndOfFileToken);
            }
            EOF();
        }
    }
}
