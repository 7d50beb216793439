using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    public sealed class SemanticModelTests : SemanticTestBase
    {
        private const string Source = "global counts\nfunction bump(key) { counts[key]++ }\nprobe begin { k = \"x\"; bump(k); foreach (c in counts) print(c) }\n";

        [Fact]
        public void SymbolInfoOfNamesAndCalls()
        {
            var compilation = CompileWithoutTapsets(Source);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var counts = FindNode<IdentifierNameSyntax>(tree, n => n.Identifier.ValueText == "counts");
            var global = Assert.IsType<GlobalSymbol>(model.GetSymbolInfo(counts).Symbol);
            Assert.Equal("counts:long [string]", global.ToString());

            var call = FindNode<InvocationExpressionSyntax>(tree);
            var bump = Assert.IsType<FunctionSymbol>(model.GetSymbolInfo(call).Symbol);
            Assert.Equal("bump", bump.Name);
            Assert.False(bump.IsLibrary);

            var k = FindNode<IdentifierNameSyntax>(tree, n => n.Identifier.ValueText == "k");
            var local = Assert.IsType<LocalSymbol>(model.GetSymbolInfo(k).Symbol);
            Assert.Equal(StapType.String, local.Type);
            Assert.IsType<ProbeSymbol>(local.ContainingSymbol);
        }

        [Fact]
        public void DeclaredSymbols()
        {
            var compilation = CompileWithoutTapsets(Source);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            Assert.IsType<GlobalSymbol>(model.GetDeclaredSymbol(FindNode<GlobalVariableSyntax>(tree)));
            var function = Assert.IsType<FunctionSymbol>(model.GetDeclaredSymbol(FindNode<FunctionDeclarationSyntax>(tree)));
            var parameter = Assert.IsType<ParameterSymbol>(model.GetDeclaredSymbol(FindNode<ParameterSyntax>(tree)));
            Assert.Same(function, parameter.ContainingFunction);
            Assert.Equal(StapType.String, parameter.Type);
            var probe = Assert.IsType<ProbeSymbol>(model.GetDeclaredSymbol(FindNode<ProbeDeclarationSyntax>(tree)));
            Assert.Equal("begin", probe.ResolvedPoints.Single().Name);
            Assert.IsType<LocalSymbol>(model.GetDeclaredSymbol(FindNode<ForeachKeySyntax>(tree)));
        }

        [Fact]
        public void TypeInfoOfExpressions()
        {
            var compilation = CompileWithoutTapsets(Source);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var literal = FindNode<LiteralExpressionSyntax>(tree);
            Assert.Equal(StapType.String, model.GetTypeInfo(literal).Type);
            var element = FindNode<ElementAccessExpressionSyntax>(tree);
            Assert.Equal(StapType.Long, model.GetTypeInfo(element).Type);
        }

        [Fact]
        public void LookupSymbolsAtAPosition()
        {
            var compilation = CompileWithoutTapsets(Source);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            int inProbe = tree.GetText().ToString().IndexOf("bump(k)", System.StringComparison.Ordinal);
            var names = model.LookupSymbols(inProbe).Select(s => s.Kind + ":" + s.Name).ToList();
            Assert.Equal(new[] { "Local:c", "Local:k", "Global:counts", "Function:bump" }, names);

            int inFunction = tree.GetText().ToString().IndexOf("counts[key]", System.StringComparison.Ordinal);
            Assert.Contains(model.LookupSymbols(inFunction), s => s is ParameterSymbol { Name: "key" });
            Assert.Single(model.LookupSymbols(inProbe, "counts"));
        }

        [Fact]
        public void PrivateGlobalsAreFileScoped()
        {
            var first = StapSyntaxTree.ParseText("private global p\nprobe begin { p = 1 }\n", path: "a.stp");
            var second = StapSyntaxTree.ParseText("probe end { p = \"other\"; print(p) }\n", path: "b.stp");
            var compilation = StapCompilation.Create(new[] { first, second }, StapCompilationOptions.Default.WithUseTapsets(false));
            Assert.Empty(SemanticErrors(compilation));
            var model = compilation.GetSemanticModel(second);
            var use = FindNode<IdentifierNameSyntax>(second);
            Assert.IsType<LocalSymbol>(model.GetSymbolInfo(use).Symbol);
        }
    }
}
