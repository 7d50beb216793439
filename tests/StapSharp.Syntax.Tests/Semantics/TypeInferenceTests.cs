using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>Type inference rules and their propagation to a fixed point across functions and arrays.</summary>
    public sealed class TypeInferenceTests : SemanticTestBase
    {
        private static string Global(StapCompilation compilation, string name) =>
            compilation.Globals.Single(g => g.Name == name).ToString();

        private static string Function(StapCompilation compilation, string name) =>
            compilation.Functions.Single(f => f.Name == name).ToString();

        [Fact]
        public void LiteralsAndOperatorsDecideTypes()
        {
            var c = CompileWithoutTapsets("global n, s, t, b\nprobe begin { n = 1 + 2; s = \"a\" . \"b\"; t <<< 3; b = s == \"x\" }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("n:long", Global(c, "n"));
            Assert.Equal("s:string", Global(c, "s"));
            Assert.Equal("t:stats", Global(c, "t"));
            Assert.Equal("b:long", Global(c, "b"));
        }

        [Fact]
        public void ArrayKeyAndValueTypes()
        {
            var c = CompileWithoutTapsets("global a, h\nprobe begin { a[1, \"k\"] = \"v\"; h[\"x\"] <<< 1 }");
            Assert.Equal("a:string [long, string]", Global(c, "a"));
            Assert.Equal("h:stats [string]", Global(c, "h"));
        }

        [Fact]
        public void PropagatesBackwardsThroughFunctionsToFixedPoint()
        {
            // g's parameter is only typed by the use of its result in f, which is only typed by the caller.
            var c = CompileWithoutTapsets(
                "global out\nfunction g(p) { return p }\nfunction f(q) { return g(q) }\nprobe begin { out = f(\"s\") . \"!\" }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("g:string (p:string)", Function(c, "g"));
            Assert.Equal("f:string (q:string)", Function(c, "f"));
            Assert.Equal("out:string", Global(c, "out"));
        }

        [Fact]
        public void PropagatesThroughArraysAndForeach()
        {
            var c = CompileWithoutTapsets(
                "global src, dst\nprobe begin { src[\"k\"] = 1 }\nprobe end { foreach (k in src) dst[src[k]] = k }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("dst:string [long]", Global(c, "dst"));
        }

        [Fact]
        public void DeclaredTypesAreRespected()
        {
            var c = CompileWithoutTapsets("function f:string (x:long) { return sprint(x) }\nprobe begin { print(f(1)) }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("f:string (x:long)", Function(c, "f"));
        }

        [Fact]
        public void PrintfDirectivesTypeArguments()
        {
            var c = CompileWithoutTapsets("global a, b\nprobe begin { printf(\"%s %d\\n\", a, b) }\nprobe end { a = \"\"; b = 0 }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("a:string", Global(c, "a"));
            Assert.Equal("b:long", Global(c, "b"));
        }

        [Fact]
        public void TargetValuesTakeTheTypeTheirUseNeeds()
        {
            var c = CompileWithoutTapsets("global t\nprobe kernel.function(\"f\") { t = $count + 1 }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal("t:long", Global(c, "t"));
        }

        [Fact]
        public void UndecidedTargetValueReadsAsTarget()
        {
            var c = CompileWithoutTapsets("global t\nprobe kernel.function(\"f\") { t = $count }\nprobe end { print(t) }");
            Assert.Empty(SemanticErrors(c));
            Assert.Equal(StapType.Target, c.Globals.Single().Type);
        }

        [Fact]
        public void OverloadsOfSameArityShareTheirSignature()
        {
            var c = CompileWithoutTapsets("function f(a) { return a }\nfunction f(a) { next }\nprobe begin { print(f(1) + 1) }");
            Assert.Empty(SemanticErrors(c));
            Assert.All(c.Functions.Where(f => f.Name == "f"), f => Assert.Equal(StapType.Long, f.Parameters[0].Type));
        }
    }
}
