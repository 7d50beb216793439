using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StapSharp.Codegen.Tests
{
    /// <summary>gcc errors in the generated source map back to the script position of the statement that produced them.</summary>
    public sealed class CompilerErrorMappingTests
    {
        private static GeneratedModule ModuleWithSource(string source) =>
            new("m", ImmutableArray.Create(new GeneratedFile("m_src.c", source)), ImmutableArray<Diagnostic>.Empty);

        [Fact]
        public void ErrorInTheSourceMapsToTheNearestPrecedingMarker()
        {
            string source = "static void probe_0 (struct context * __restrict__ c) {\n"
                + "  /* stap: probes/x.stp:3:5 */\n"
                + "  a = 1;\n"
                + "  /* stap: probes/x.stp:4:9 */\n"
                + "  b = undefined_thing;\n"
                + "}\n";
            string output = "  CC [M]  /tmp/build/m_src.o\n/tmp/build/m_src.c:5:7: error: 'undefined_thing' undeclared (first use in this function)\nmake[2]: *** Error 1\n";
            Diagnostic d = Assert.Single(ModuleBuilder.MapErrors(ModuleWithSource(source), output, 2));
            Assert.Equal("STP3013", d.Id);
            FileLinePositionSpan span = d.Location.GetLineSpan();
            Assert.Equal("probes/x.stp", span.Path);
            Assert.Equal(3, span.StartLinePosition.Line);
            Assert.Equal(8, span.StartLinePosition.Character);
            Assert.Contains("m_src.c:5:7: 'undefined_thing' undeclared", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void MarkersOfAnotherFunctionAreNotUsed()
        {
            string source = "  /* stap: x.stp:1:1 */\nstatic void systemtap_module_init (void) {\n  bad;\n}\n";
            Diagnostic d = Assert.Single(ModuleBuilder.MapErrors(ModuleWithSource(source), "/b/m_src.c:3:3: error: bad\n", 2));
            Assert.Equal(Location.None, d.Location);
        }

        [Fact]
        public void FailureWithoutCompilerErrorsReportsTheExitCodeAndTheLastLines()
        {
            Diagnostic d = Assert.Single(ModuleBuilder.MapErrors(ModuleWithSource(""), "line one\nmake: *** No rule to make target 'modules'.  Stop.\n", 2));
            Assert.Equal("STP3012", d.Id);
            Assert.Contains("No rule to make target", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
