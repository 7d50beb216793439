using System.Linq;
using StapSharp.Codegen.Ir;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>
    /// Language constructs that need more than a statement-for-statement lowering: assignments and increments used as
    /// values, wrapping arrays, probe point conditions, @define macros, and the stap token names in runtime errors.
    /// </summary>
    public sealed class LowererLanguageTests
    {
        [Fact]
        public void Assignments_and_increments_used_as_values_become_expressions()
        {
            IrModule module = LowerOrFail("global a\nprobe begin { y = x++; z = (w = 3) + --y; a[y++] = 1; a[y++]++; println(z, w, a[1]) }");
            IrStatement[] statements = Statements(module.Probes[0]);

            var postfix = Assert.IsType<IrIncrementExpression>(Assert.IsType<IrAssignment>(statements[0]).Value);
            Assert.True(postfix.Increment);
            Assert.True(postfix.Postfix);
            Assert.Equal("x", Assert.IsType<IrLocalReference>(postfix.Target).Variable.Name);

            var sum = Assert.IsType<IrBinaryExpression>(Assert.IsType<IrAssignment>(statements[1]).Value);
            var inner = Assert.IsType<IrAssignmentExpression>(sum.Left);
            Assert.Equal("w", Assert.IsType<IrLocalReference>(inner.Target).Variable.Name);
            Assert.Equal(3, Assert.IsType<IrLongLiteral>(inner.Value).Value);
            var prefix = Assert.IsType<IrIncrementExpression>(sum.Right);
            Assert.False(prefix.Increment);
            Assert.False(prefix.Postfix);

            var element = Assert.IsType<IrArrayElement>(Assert.IsType<IrAssignment>(statements[2]).Target);
            Assert.IsType<IrIncrementExpression>(Assert.Single(element.Keys));

            // An increment of an element whose key has side effects reads and writes through keys evaluated once.
            var once = Assert.IsType<IrIncrementExpression>(Assert.IsType<IrExpressionStatement>(statements[3]).Expression);
            Assert.IsType<IrArrayElement>(once.Target);
        }

        [Fact]
        public void A_compound_assignment_used_as_a_value_stores_the_combined_value()
        {
            IrModule module = LowerOrFail("probe begin { x = 2; y = (x *= 5); println(y) }");
            var assignment = Assert.IsType<IrAssignmentExpression>(Assert.IsType<IrAssignment>(Statements(module.Probes[0])[1]).Value);
            var product = Assert.IsType<IrBinaryExpression>(assignment.Value);
            Assert.Equal(IrBinaryOperator.Multiply, product.Operator);
            Assert.Equal("x", Assert.IsType<IrLocalReference>(product.Left).Variable.Name);
        }

        [Fact]
        public void Wrapping_arrays_keep_their_size_and_wrap_flag()
        {
            IrModule module = LowerOrFail("global ring%[3], log%, plain[2]\nprobe begin { ring[1] = 1; log[\"a\"] = \"b\"; plain[1] = 2; println(ring[1], log[\"a\"], plain[1]) }");
            IrGlobal ring = module.Globals.Single(g => g.Name == "ring");
            Assert.True(ring.Wraps);
            Assert.Equal(3, ring.MaxEntries);
            Assert.True(module.Globals.Single(g => g.Name == "log").Wraps);
            Assert.Null(module.Globals.Single(g => g.Name == "log").MaxEntries);
            Assert.False(module.Globals.Single(g => g.Name == "plain").Wraps);
        }

        [Fact]
        public void Probe_point_conditions_guard_the_whole_body()
        {
            IrModule module = LowerOrFail("global on = 1, off\nprobe begin if (on), end if (off) { println(\"x\") }");
            Assert.Equal(2, module.Probes.Length);
            var guard = Assert.IsType<IrIf>(Assert.Single(Statements(module.Probes[0])));
            Assert.Equal("on", Assert.IsType<IrGlobalReference>(guard.Condition).Global.Name);
            Assert.Null(guard.Else);
            var second = Assert.IsType<IrIf>(Assert.Single(Statements(module.Probes[1])));
            Assert.Equal("off", Assert.IsType<IrGlobalReference>(second.Condition).Global.Name);
        }

        [Fact]
        public void Macros_lower_to_their_expansion_as_values_and_as_statements()
        {
            IrModule module = LowerOrFail("@define TWICE(x) %( (2 * @x) %)\n@define SAY(m) %( println(@m) %)\n@define STEP %( n++ %)\n"
                + "probe begin { n = @TWICE(21); @SAY(\"hi\"); @STEP }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var product = Assert.IsType<IrBinaryExpression>(Assert.IsType<IrAssignment>(statements[0]).Value);
            Assert.Equal(IrBinaryOperator.Multiply, product.Operator);
            Assert.Equal(21, Assert.IsType<IrLongLiteral>(product.Right).Value);
            var print = Assert.IsType<IrFormat>(Assert.IsType<IrExpressionStatement>(statements[1]).Expression);
            Assert.Equal("%s\n", print.Format);
            Assert.IsType<IrAssignment>(statements[2]);
        }

        [Fact]
        public void Locations_name_the_token_stap_names_in_runtime_errors()
        {
            IrModule module = LowerOrFail("global a\nfunction f() { return 1 }\nprobe begin {\n  c = 10 / n\n  a[1] = c\n  while (1) c++\n  c += f()\n}");
            Assert.Equal(new IrSourceLocation("test.stp", 2, 10) { Token = "identifier 'f'" }, module.Functions[0].Location);
            IrStatement[] statements = Statements(module.Probes[0]);
            var division = Assert.IsType<IrBinaryExpression>(Assert.IsType<IrAssignment>(statements[0]).Value);
            Assert.Equal(new IrSourceLocation("test.stp", 4, 10) { Token = "operator '/'" }, division.Location);
            Assert.Equal("operator '/'", division.Location!.Token);
            var element = Assert.IsType<IrAssignment>(statements[1]).Target;
            Assert.Equal("identifier 'a'", element.Location!.Token);
            Assert.Equal(5, element.Location.Line);
            Assert.Equal("keyword", statements[2].Location!.Token);
            Assert.Equal("identifier 'c'", Assert.IsType<IrWhile>(statements[2]).Body.Location!.Token);
        }

        [Fact]
        public void Generated_c_reports_errors_as_stap_does()
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile(
                "global small[3], ring%[2]\nprobe begin {\n  small[1] = 1\n  ring[1] = 2\n  x = 1 / small[1]\n  while (1) x++\n  println(x, ring[1])\n}"),
                new ModuleGeneratorOptions { ModuleName = "stap_lang" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            string c = generated.GetFile(generated.SourceFileName)!.Text;
            Assert.Contains("\"Array overflow, check size limit (3)\"", c);
            Assert.Contains("\"identifier 'small' at test.stp:3:3\"", c);
            Assert.Contains("_stp_map_new_ii (KEY_MAPENTRIES, 2, KEY_STAT_WRAP, NULL)", c);
            Assert.Contains("\"operator '/' at test.stp:5:9\"", c);
            Assert.Contains("\"identifier 'x' at test.stp:6:13\"", c);
        }

        [Fact]
        public void Wildcard_keys_lower_to_slices_in_membership_delete_and_foreach()
        {
            IrModule module = LowerOrFail("global m\nprobe begin { m[1, \"a\"] = 1; x = [*, \"a\"] in m; delete m[1, *]; foreach ([i, s] in m[*, \"b\"]) println(i, s, x) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var contains = Assert.IsType<IrArrayContains>(Assert.IsType<IrAssignment>(statements[1]).Value);
            Assert.Equal(new IrWildcard(IrType.Long), contains.Keys[0] with { Location = null });
            var deleted = Assert.IsType<IrArrayElement>(Assert.IsType<IrDelete>(statements[2]).Target);
            Assert.Equal(new IrWildcard(IrType.String), deleted.Keys[1] with { Location = null });
            var loop = Assert.IsType<IrForeach>(statements[3]);
            Assert.Equal(2, loop.Slice.Length);
            Assert.IsType<IrWildcard>(loop.Slice[0]);
            Assert.Equal("b", Assert.IsType<IrStringLiteral>(loop.Slice[1]).Value);
        }

        [Fact]
        public void Slices_walk_the_map_comparing_the_given_keys()
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile(
                "global m\nprobe begin { m[1, \"a\"] = 1; println([*, \"a\"] in m); delete m[2, *]; foreach ([i, s] in m[*, \"a\"]) println(i, s) }"),
                new ModuleGeneratorOptions { ModuleName = "stap_slices" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            string c = generated.GetFile(generated.SourceFileName)!.Text;
            Assert.Contains("strncmp ((_stp_map_key_get_str_isi (", c);
            Assert.Contains("_stp_map_key_get_int64_isi (", c);
            Assert.Contains("_stp_map_iterdel (global(s___global_m), ", c);
        }
    }
}
