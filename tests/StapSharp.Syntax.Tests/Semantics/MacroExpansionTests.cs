using System.Linq;
using StapSharp.Semantics;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    public sealed class MacroExpansionTests : SemanticTestBase
    {
        [Fact]
        public void ExpansionIsTypedInPlace()
        {
            var compilation = CompileWithoutTapsets("@define twice(x) %( (@x) * 2 %)\nglobal g\nprobe begin { g = @twice(21) }");
            Assert.Empty(SemanticErrors(compilation));
            Assert.Equal("g:long", compilation.Globals.Single().ToString());
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var invocation = FindNode<MacroInvocationExpressionSyntax>(tree);
            var macro = Assert.IsType<MacroSymbol>(model.GetSymbolInfo(invocation).Symbol);
            Assert.Equal(new[] { "x" }, macro.ParameterNames.ToArray());
            Assert.Equal(StapType.Long, model.GetTypeInfo(invocation).Type);
        }

        [Fact]
        public void ErrorsInsideAnExpansionPointAtTheInvocationWithTheChain()
        {
            var diagnostics = SemanticDiagnostics(CompileWithoutTapsets("@define m(a) %( @a + \"x\" %)\nprobe begin { print(@m(1)) }"));
            Assert.Equal(new[]
            {
                "STP2008 (2,21): type mismatch: expected long but found string",
                "STP2024 (2,21): in expansion of macro @m",
            }, diagnostics);
        }

        [Fact]
        public void NestedMacrosExpand()
        {
            var compilation = CompileWithoutTapsets("@define inner(v) %( @v . \"!\" %)\n@define outer(w) %( @inner(@w) %)\nglobal s\nprobe begin { s = @outer(\"a\") }");
            Assert.Empty(SemanticErrors(compilation));
            Assert.Equal("s:string", compilation.Globals.Single().ToString());
        }

        [Fact]
        public void StatementMacrosExpand()
        {
            var compilation = CompileWithoutTapsets("@define bump(a) %( @a++ ; @a++ %)\nglobal n\nprobe begin { @bump(n) }");
            Assert.Empty(SemanticErrors(compilation));
            Assert.Equal("n:long", compilation.Globals.Single().ToString());
        }

        [Fact]
        public void UnknownMacro() =>
            Assert.Equal(new[] { "STP2022 (1,21): unknown macro @nosuch" },
                SemanticDiagnostics(CompileWithoutTapsets("probe begin { print(@nosuch(1)) }")));

        [Fact]
        public void MacroArgumentCount() =>
            Assert.Equal(new[] { "STP2023 (2,21): macro @m takes 1 arguments, 2 given" },
                SemanticDiagnostics(CompileWithoutTapsets("@define m(a) %( @a %)\nprobe begin { print(@m(1, 2)) }")));

        [RequiresFact(Needs.Tapsets)]
        public void TapsetMacrosComeFromStpmFiles()
        {
            Prerequisites.Require(Needs.Tapsets);
            var compilation = Compile("probe begin { x = 0; printf(\"%d\\n\", @choose_defined(x, 1)) }");
            Assert.Empty(SemanticErrors(compilation));
            var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
            var macro = Assert.IsType<MacroSymbol>(model.GetSymbolInfo(FindNode<MacroInvocationExpressionSyntax>(compilation.SyntaxTrees[0])).Symbol);
            Assert.EndsWith("choose_defined.stpm", macro.Locations.Single().GetLineSpan().Path);
        }
    }
}
