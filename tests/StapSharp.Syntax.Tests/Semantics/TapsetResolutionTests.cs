using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>Symbols defined by the installed tapsets (skipped when they are not installed).</summary>
    public sealed class TapsetResolutionTests : SemanticTestBase
    {
        private static bool TapsetsInstalled => System.IO.Directory.Exists(TapsetSearchPath.DefaultRoot);

        [Fact]
        public void ExecnameIsAStringFunctionDefinedInATapsetFile()
        {
            if (!TapsetsInstalled) return;
            var compilation = Compile("probe begin { printf(\"%s\\n\", execname()) }");
            Assert.Empty(SemanticErrors(compilation));
            var tree = compilation.SyntaxTrees[0];
            var call = FindNode<InvocationExpressionSyntax>(tree, n => n.Identifier.ValueText == "execname");
            var model = compilation.GetSemanticModel(tree);
            var symbol = Assert.IsType<FunctionSymbol>(model.GetSymbolInfo(call).Symbol);
            Assert.True(symbol.IsLibrary);
            Assert.Equal(StapType.String, symbol.ReturnType);
            Assert.Equal(StapType.String, model.GetTypeInfo(call).Type);
            Assert.True(symbol.IsEmbedded);
            var location = symbol.Locations.Single();
            Assert.Equal("/usr/share/systemtap/tapset/linux/context.stp", location.GetLineSpan().Path);
            Assert.Contains("function execname", symbol.DeclaringSyntax!.ToString());
        }

        [Fact]
        public void OnlyFilesDefiningUsedSymbolsArePulledIn()
        {
            if (!TapsetsInstalled) return;
            var compilation = Compile("probe begin { print(strlen(\"abc\")) }");
            Assert.Empty(SemanticErrors(compilation));
            var files = compilation.LibrarySyntaxTrees.Select(t => t.FilePath).ToList();
            Assert.Contains("/usr/share/systemtap/tapset/string.stp", files);
            Assert.DoesNotContain(files, f => f.Contains("sysc_"));
            Assert.True(files.Count < 20, string.Join(", ", files));
        }

        [Fact]
        public void AliasLocalsAreVisibleInTheProbeBody()
        {
            if (!TapsetsInstalled) return;
            var compilation = Compile("probe syscall.openat { printf(\"%s %s\\n\", name, filename) }");
            Assert.Empty(SemanticErrors(compilation));
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var point = FindNode<ProbePointSyntax>(tree);
            var alias = Assert.IsType<ProbeAliasSymbol>(model.GetSymbolInfo(point).Symbol);
            Assert.Equal("syscall.openat", alias.Name);
            Assert.True(alias.IsLibrary);
        }

        [Fact]
        public void WildcardAliasesMatchManyAliases()
        {
            if (!TapsetsInstalled) return;
            var compilation = Compile("probe syscall.read* { print(name) }");
            Assert.Empty(SemanticErrors(compilation));
            var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
            var info = model.GetSymbolInfo(FindNode<ProbePointSyntax>(compilation.SyntaxTrees[0]));
            Assert.Contains(info.CandidateSymbols, s => s.Name == "syscall.readv");
            Assert.Contains(info.CandidateSymbols, s => s.Name == "syscall.readlink");
        }

        [Fact]
        public void UnknownTapsetFunctionSuggestsSimilarOnes()
        {
            if (!TapsetsInstalled) return;
            var errors = SemanticErrors(Compile("probe begin { print(execnam()) }"));
            Assert.StartsWith("STP2001 (1,21): unresolved function execnam (similar: execname", errors.Single());
        }

        [Fact]
        public void SharedLibraryParsesEachFileOnce()
        {
            if (!TapsetsInstalled) return;
            var library = TapsetLibrary.Create(new[] { TapsetSearchPath.DefaultRoot });
            var options = StapCompilationOptions.Default.WithTapsetLibrary(library);
            var tree = StapSyntaxTree.ParseText("probe begin { print(execname()) }", path: "a.stp");
            Assert.Empty(StapCompilation.Create(new[] { tree }, options).GetSemanticDiagnostics());
            int parsed = library.ParsedFileCount;
            Assert.True(parsed > 0);
            Assert.Empty(StapCompilation.Create(new[] { tree }, options).GetSemanticDiagnostics());
            Assert.Equal(parsed, library.ParsedFileCount);
        }

        [Fact]
        public void NoTapsetsMeansLibraryFunctionsAreUnresolved()
        {
            var errors = SemanticErrors(CompileWithoutTapsets("probe begin { print(execname()) }"));
            Assert.Equal(new[] { "STP2001 (1,21): unresolved function execname" }, errors);
        }
    }
}
