using System.Linq;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>
    /// Which globals get stap's end-of-run display, and in what form. Every expectation is what stap 4.8 -p3 generates
    /// for the same script (the display probes' printf formats); the output itself is checked in the guest by
    /// tests/vm-scripts/globals_display.stp.
    /// </summary>
    public sealed class GlobalDisplayTests
    {
        /// <summary>The display formats in the generated C, in module order (they start with the global's name).</summary>
        private static string[] DisplayFormats(string script)
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile(script), new ModuleGeneratorOptions { ModuleName = "stap_display" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            string c = generated.GetFile(generated.SourceFileName)!.Text;
            // Every C string literal passed to _stp_printf, then those that start like a display line.
            return System.Text.RegularExpressions.Regex.Matches(c, "_stp_printf \\(\"((?:[^\"\\\\]|\\\\.)*)\"")
                .Select(m => m.Groups[1].Value)
                .Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, "^[a-z_]+(=|\\[| @count=%)"))
                .ToArray();
        }

        [Fact]
        public void Scalars_arrays_and_aggregates_in_declaration_order_with_stap_formats() =>
            Assert.Equal(
                new[]
                {
                    "x=%lld\\n",
                    "s=\\\"%#s\\\"\\n",
                    "a[%#lld,\\\"%#s\\\"]=%lld\\n",
                    "st @count=%#lld @min=%#lld @max=%#lld @sum=%#lld @avg=%#lld\\n",
                    "h[%#lld] @count=%#lld @min=%#lld @max=%#lld @sum=%#lld @avg=%#lld\\n",
                },
                DisplayFormats("global x, s, a, st, h\nprobe begin { x = 5; s = \"hi\"; a[1, \"k\"] = 7; st <<< 3; h[1] <<< 4; exit() }"));

        [Fact]
        public void Updates_are_writes_unless_their_value_is_used() =>
            Assert.Equal(
                new[] { "d=%lld\\n", "e=%lld\\n", "f=%lld\\n" },
                DisplayFormats("global d, e, f, g\nprobe begin { x = d++; y = (e += 2); f++; if (g-- > 0) next; exit() }"));

        [Fact]
        public void A_read_anywhere_suppresses_the_display() =>
            Assert.Empty(DisplayFormats("global d, t\nfunction get() { return t }\nprobe begin { for (d = 0; d < 3; d++) println(1); t = 2; println(get()); exit() }"));

        [Fact]
        public void A_read_in_a_function_nobody_calls_does_not_count() =>
            Assert.Equal(new[] { "c=%lld\\n" }, DisplayFormats("global c\nfunction f() { return c }\nprobe begin { c = 1; exit() }"));

        [Fact]
        public void Arrays_print_largest_value_first_as_stap_sorts_them()
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile("global a, h\nprobe begin { a[1] = 2; h[1] <<< 1; exit() }"),
                new ModuleGeneratorOptions { ModuleName = "stap_display" });
            string c = generated.GetFile(generated.SourceFileName)!.Text;
            Assert.Contains("_stp_map_sort_ii (global(s___global_a), 0, 1);", c);
            Assert.Contains("_stp_map_sort_ix (_stp_pmap_get_agg(global(s___global_h)), SORT_COUNT, 1);", c);
        }
    }
}
