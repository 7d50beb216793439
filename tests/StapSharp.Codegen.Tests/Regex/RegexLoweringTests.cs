using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using StapSharp.Semantics;
using StapSharp.Syntax;
using Xunit;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Regex
{
    /// <summary>Lowering of <c>=~</c>/<c>!~</c>, <c>matched()</c>, <c>ngroups()</c>, and the C emitted for them.</summary>
    public sealed class RegexLoweringTests
    {
        [Fact]
        public void Match_operators_keep_the_pattern_value_with_its_escapes()
        {
            IrModule module = LowerOrFail("probe begin { s = \"a.b\"; x = s =~ \"a\\\\.b\"; y = s !~ \"^x\" }");

            var matches = Descendants(module).OfType<IrRegexMatch>().ToArray();
            Assert.Equal(2, matches.Length);
            Assert.Equal("a\\\\.b", matches[0].Pattern);
            Assert.False(matches[0].Negated);
            Assert.Equal("^x", matches[1].Pattern);
            Assert.True(matches[1].Negated);
        }

        [Fact]
        public void Tapset_matched_and_ngroups_become_ir_nodes_and_matched_str_stays_a_script_function()
        {
            IrModule module = LowerOrFail("probe begin { if (\"abc\" =~ \"b(c)\") printf(\"%s %d %s\\n\", matched(1), ngroups(), matched_str()) }");

            Assert.Single(Descendants(module).OfType<IrRegexGroupCount>());
            Assert.Contains(Descendants(module).OfType<IrRegexSubexpression>(), s => s.Index is IrLongLiteral { Value: 1 });
            IrFunction matchedStr = Assert.Single(module.Functions, f => f.Name == "matched_str");
            Assert.Contains(IrWalker.Descendants(matchedStr.Body).OfType<IrRegexSubexpression>(), s => s.Index is IrLongLiteral { Value: 0 });
            Assert.DoesNotContain(module.Functions, f => f.Name is "matched" or "ngroups");
        }

        [Fact]
        public void A_script_argument_can_be_the_pattern()
        {
            var options = StapCompilationOptions.Default.WithParseOptions(StapParseOptions.Default.WithArguments(new[] { "b(c)", "(" }));
            var good = Lowerer.Lower(StapCompilation.Create(new[] { StapSyntaxTree.ParseText("probe begin { x = \"abc\" =~ @1 }", path: "t.stp") }, options));
            var bad = Lowerer.Lower(StapCompilation.Create(new[] { StapSyntaxTree.ParseText("probe begin { x = \"abc\" =~ @2 }", path: "t.stp") }, options));

            Assert.Equal("b(c)", Assert.Single(Descendants(good.Module!).OfType<IrRegexMatch>()).Pattern);
            Assert.Equal(new[] { "STP3020" }, ErrorIds(bad));
        }

        [Fact]
        public void Generated_c_has_one_table_per_pattern_the_matcher_once_and_stap_s_last_match()
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile(
                "probe begin { if (\"abc\" =~ \"b(c)\" && \"xbc\" =~ \"b(c)\" && \"z\" !~ \"[0-9]+\") println(matched(1)) }"),
                new ModuleGeneratorOptions { ModuleName = "stap_rx" });

            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            string c = generated.GetFile(generated.SourceFileName)!.Text;
            string common = generated.GetFile("stap_common.h")!.Text;
            Assert.Contains("#define STAP_NEED_CONTEXT_SUBEXPRESSION 1", c);
            Assert.Single(AllIndexesOf(c, "static int stp_rx_exec "));
            Assert.Contains("_stp_rx_prog_0 = {", c);
            Assert.Contains("_stp_rx_prog_1 = {", c);
            Assert.DoesNotContain("_stp_rx_prog_2", c);
            Assert.Equal(2, AllIndexesOf(c, "_stp_rx_match (c, &_stp_rx_prog_0, ").Length);
            Assert.Contains("((int64_t)!", c);
            Assert.Contains("struct stp_rx_work stp_rx_work;", c);
            Assert.Contains("_stp_rx_subexpression (c, ", c);
            Assert.Contains("#define STAPREGEX_MAX_TAG 4", common);
            Assert.Contains("#define STAPREGEX_MAX_MAP 1", common);
            Assert.True(c.IndexOf("#define STAP_NEED_CONTEXT_SUBEXPRESSION", System.StringComparison.Ordinal) < c.IndexOf("struct context {", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_module_without_regexes_has_no_matcher_and_stap_s_zero_sizes()
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile("probe begin { println(\"x\") }"), new ModuleGeneratorOptions { ModuleName = "stap_norx" });

            Assert.DoesNotContain("stp_rx", generated.GetFile(generated.SourceFileName)!.Text);
            Assert.Contains("#define STAPREGEX_MAX_TAG 0", generated.GetFile("stap_common.h")!.Text);
        }

        [Theory]
        [InlineData("a(", "STP3071")]
        [InlineData("(a{12344}){10}", "STP3070")]
        public void Hand_built_ir_with_a_bad_or_huge_pattern_is_refused(string pattern, string id)
        {
            var probe = new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin),
                IrBlock.Of(new IrExpressionStatement(new IrRegexMatch(new IrStringLiteral("a"), pattern, Negated: false))));
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty, ImmutableArray.Create(probe));

            GeneratedModule generated = ModuleGenerator.Generate(module, new ModuleGeneratorOptions { ModuleName = "stap_bad" });

            Assert.False(generated.Success);
            Assert.Contains(generated.Diagnostics, d => d.Id == id);
        }

        private static object[] Descendants(IrModule module) =>
            module.Probes.SelectMany(p => IrWalker.Descendants(p.Body))
                .Concat(module.Functions.SelectMany(f => IrWalker.Descendants(f.Body))).ToArray();

        private static int[] AllIndexesOf(string text, string value)
        {
            var found = new System.Collections.Generic.List<int>();
            for (int i = text.IndexOf(value, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, System.StringComparison.Ordinal))
                found.Add(i);
            return found.ToArray();
        }
    }
}
