namespace StapSharp.Codegen.Tests
{
    public sealed class CWriterTests
    {
        [Fact]
        public void IndentsBlocksAndKeepsDirectivesAtColumnZero()
        {
            var w = new CWriter();
            w.OpenBlock("static void f (void)");
            w.Directive("#ifdef X");
            w.Line("x();");
            w.Directive("#endif");
            w.OpenBlock("if (y)");
            w.Line("y();");
            w.CloseBlock();
            w.Label("out");
            w.CloseBlock();
            Assert.Equal("static void f (void) {\n#ifdef X\n  x();\n#endif\n  if (y) {\n    y();\n  }\nout: ;\n}\n", w.ToString());
        }

        [Fact]
        public void LinesReindentsAnotherWritersOutput()
        {
            var inner = new CWriter();
            inner.OpenBlock("if (a)");
            inner.Line("b();");
            inner.CloseBlock();
            var outer = new CWriter();
            outer.OpenBlock();
            outer.Lines(inner.ToString());
            outer.CloseBlock();
            Assert.Equal("{\n  if (a) {\n    b();\n  }\n}\n", outer.ToString());
        }

        [Fact]
        public void RejectsEmbeddedLineBreaks()
        {
            Assert.Throws<System.ArgumentException>(() => new CWriter().Line("a\nb"));
        }
    }
}
