using System;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using StapSharp.Semantics;
using StapSharp.Syntax;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>
    /// Embedded C: tapset functions with %{ %} bodies, top-level %{ %} blocks of pulled-in tapset files, @const, and the
    /// user's own embedded C in guru mode. The C shape is checked against what stap 4.8's pass 3 writes for the same
    /// constructs (its frame of #define/#undef around the verbatim body), the behaviour in tests/vm-scripts/tapset_*.stp.
    /// </summary>
    public sealed class EmbeddedCodeTests
    {
        [Fact]
        public void A_tapset_function_with_an_embedded_body_is_lowered_with_its_code_verbatim()
        {
            IrModule module = LowerOrFail("probe begin { printf(\"%d\\n\", strlen(\"abc\")) }");
            IrFunction strlen = Assert.Single(module.Functions);
            Assert.Equal("strlen", strlen.Name);
            Assert.Equal(IrType.Long, strlen.ReturnType);
            Assert.Equal(new[] { new IrVariable("s", IrType.String) }, strlen.Parameters.ToArray());
            Assert.Empty(strlen.Body.Statements);
            Assert.NotNull(strlen.EmbeddedCode);
            Assert.Contains("STAP_RETURN(strlen(STAP_ARG_s));", strlen.EmbeddedCode);
            Assert.Contains("/* pure */ /* unprivileged */ /* unmodified-fnargs */", strlen.EmbeddedCode);
            Assert.DoesNotContain("%{", strlen.EmbeddedCode);
            Assert.DoesNotContain("%}", strlen.EmbeddedCode);
            Assert.EndsWith("string.stp", strlen.Location!.Path);
        }

        [Fact]
        public void Functions_are_pulled_in_transitively_with_their_overloads_and_the_tapset_globals_they_use()
        {
            // tokenize(delim) is script-bodied and calls the embedded tokenize(input, delim); stopwatch.stp's
            // functions are script-bodied over its private global arrays and call the embedded gettimeofday_ns.
            IrModule module = LowerOrFail("probe begin { println(tokenize(\",\")); start_stopwatch(\"a\"); println(read_stopwatch_us(\"a\")) }");
            string[] names = module.Functions.Select(f => f.Name).ToArray();
            Assert.Contains("tokenize", names);
            Assert.Contains("tokenize__1", names);
            Assert.Equal(1, module.Functions.Count(f => f.Name.StartsWith("tokenize", StringComparison.Ordinal) && f.EmbeddedCode is not null));
            Assert.Contains(module.Functions, f => f.Name == "gettimeofday_ns" && f.EmbeddedCode is not null);
            Assert.Contains(module.Globals, g => g.Name == "_stopwatch_starttime" && g.KeyTypes.SequenceEqual(new[] { IrType.String }));
        }

        [Fact]
        public void Top_level_blocks_of_pulled_in_tapset_files_are_emitted_once_before_struct_context()
        {
            GeneratedModule generated = GenerateOrFail(Compile("probe begin { println(tokenize(\"a b\", \" \")); println(strlen(\"x\")) }"));
            string c = Source(generated);
            int define = c.IndexOf("#define STAP_NEED_CONTEXT_TOKENIZE 1", StringComparison.Ordinal);
            Assert.True(define > c.IndexOf("#include \"runtime.h\"", StringComparison.Ordinal), "after the runtime");
            Assert.True(define < c.IndexOf("struct context {", StringComparison.Ordinal), "before struct context, which reads it");
            Assert.Equal(define, c.LastIndexOf("#define STAP_NEED_CONTEXT_TOKENIZE 1", StringComparison.Ordinal));
        }

        [Fact]
        public void An_embedded_function_is_framed_by_stap_macros_defined_before_and_undefined_after_the_body()
        {
            string c = Source(GenerateOrFail(Compile("probe begin { printf(\"%d\\n\", strtol(\"12\", 10)) }")));
            string function = FunctionText(c, "function___global_strtol__overload_0");
            string[] expectedOrder =
            {
                "__label__ deref_fault;",
                "#define CONTEXT c",
                "#define THIS l",
                "#define STAP_ARG_str THIS->l_str",
                "#define STAP_ARG_base THIS->l_base",
                "#define STAP_RETVALUE THIS->__retvalue",
                "c->nesting ++;",
                "#define STAP_NEXT do { c->next = 1; goto out; } while(0)",
                "l->__retvalue = 0;",
                "#define STAP_RETURN(v) do { STAP_RETVALUE = (int64_t) (v); goto out; } while(0)",
                "#define STAP_PRINTF(fmt, ...)",
                "#define STAP_ERROR(...) do { snprintf(CONTEXT->error_buffer, MAXSTRINGLEN, __VA_ARGS__); CONTEXT->last_error = CONTEXT->error_buffer; goto out; } while (0)",
                "#define return goto out",
                "\tSTAP_RETURN(simple_strtol(STAP_ARG_str, NULL, STAP_ARG_base));",
                "#undef return",
                "#undef STAP_PRINTF",
                "#undef STAP_ERROR",
                "#undef STAP_RETURN",
                "deref_fault: __attribute__((unused));",
                "out: __attribute__((unused));",
                "c->nesting --;",
                "#undef CONTEXT",
                "#undef THIS",
                "#undef STAP_NEXT",
                "#undef STAP_ARG_str",
                "#undef STAP_ARG_base",
                "#undef STAP_RETVALUE",
            };
            int position = 0;
            foreach (string expected in expectedOrder)
            {
                int found = function.IndexOf(expected, position, StringComparison.Ordinal);
                Assert.True(found >= 0, "missing or out of order: " + expected + "\n" + function);
                position = found + expected.Length;
            }

            // The body is verbatim: its own tab indentation at column 0, not re-indented.
            Assert.Contains("\n\tSTAP_RETURN(simple_strtol(", function);
        }

        [Fact]
        public void String_and_void_functions_get_their_own_return_forms()
        {
            string c = Source(GenerateOrFail(Compile("probe begin { println(substr(\"hello\", 1, 2)); log(\"x\") }")));
            string substr = FunctionText(c, "function___global_substr__overload_0");
            Assert.Contains("l->__retvalue[0] = '\\0';", substr);
            Assert.Contains("#define STAP_RETURN(v) do { strlcpy(STAP_RETVALUE, (v), MAXSTRINGLEN); goto out; } while(0)", substr);
            string log = FunctionText(c, "function___global_log__overload_0");
            Assert.Contains("#define STAP_RETURN() do { goto out; } while(0)", log);
            Assert.DoesNotContain("STAP_RETVALUE", log);
        }

        [Fact]
        public void String_arguments_are_copies_unless_the_body_promises_unmodified_fnargs()
        {
            // str_replace writes into its first argument and has no /* unmodified-fnargs */; strlen has it.
            string c = Source(GenerateOrFail(Compile("probe begin { s = \"aXb\"; println(str_replace(s, \"X\", \"-\")); println(strlen(s)) }")));
            Assert.Contains("string_t l_prnt_str;", c);
            Assert.Contains("const char * l_s;", c);
            Assert.Matches(@"strlcpy \(c->locals\[c->nesting\+1\]\.function___global_str_replace__overload_0\.l_prnt_str, [^;]+, MAXSTRINGLEN\);", c);
            Assert.Matches(@"c->locals\[c->nesting\+1\]\.function___global_strlen__overload_0\.l_s = ", c);
        }

        [Fact]
        public void At_const_of_the_tapset_becomes_a_long_embedded_expression()
        {
            IrModule module = LowerOrFail("probe begin { printf(\"%d\\n\", pid()) }");
            IrFunction pid = Assert.Single(module.Functions, f => f.Name == "pid");
            var ret = Assert.IsType<IrReturn>(Assert.Single(pid.Body.Statements));
            var constant = Assert.IsType<IrEmbeddedExpression>(ret.Value);
            Assert.Equal(IrType.Long, constant.Type);
            Assert.EndsWith("current->tgid", constant.Code);
            Assert.Contains("((int64_t) (/* pure */ /* unprivileged */ /* stable */ current->tgid));", Source(GenerateOrFail(Compile("probe begin { printf(\"%d\\n\", pid()) }"))));
        }

        [Fact]
        public void A_function_needing_runtime_machinery_that_is_not_generated_is_refused_with_the_reason()
        {
            Lowerer.Result result = Lower("probe begin { println(symname(0)) }");
            Assert.Null(result.Module);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "STP3021");
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("symname", message);
            Assert.Contains("pragma:symbols", message);
            Assert.Equal(22, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        }

        [Fact]
        public void A_refused_function_reached_through_a_script_bodied_tapset_function_is_reported_there()
        {
            // print_stack -> print_syms -> ... -> symbol lookups with pragma:symbols.
            Lowerer.Result result = Lower("probe begin { print_stack(\"0x0\") }");
            Assert.Null(result.Module);
            Assert.Contains(result.Diagnostics, d => d.Id == "STP3021" && d.Location.GetLineSpan().Path.EndsWith(".stp", StringComparison.Ordinal));
        }

        [Fact]
        public void Embedded_C_in_the_users_script_needs_guru_mode()
        {
            const string script = "%{ static int twice(int x) { return 2 * x; } %}\n"
                + "function f:long (x:long) %{ STAP_RETVALUE = twice(STAP_ARG_x); %}\n"
                + "probe begin { printf(\"%d %d %s\\n\", f(21), %{ 1 + 1 %}, %{ /* string */ \"s\" %}) }\n";
            Lowerer.Result refused = Lowerer.Lower(Compile(script));
            Assert.Null(refused.Module);
            Assert.Contains("STP1025", ErrorIds(refused));

            IrModule module = Lowerer.Lower(CompileGuru(script)).Module!;
            Assert.NotNull(module);
            Assert.Contains(" static int twice(int x) { return 2 * x; } ", module.EmbeddedBlocks);
            Assert.Equal(" STAP_RETVALUE = twice(STAP_ARG_x); ", Assert.Single(module.Functions).EmbeddedCode);
            var expressions = Descendants(module.Probes[0].Body).OfType<IrEmbeddedExpression>().ToArray();
            Assert.Equal(2, expressions.Length);
            Assert.Contains(expressions, e => e.Type == IrType.Long && e.Code == " 1 + 1 ");
            Assert.Contains(expressions, e => e.Type == IrType.String && e.Code == " /* string */ \"s\" ");

            string c = Source(GenerateOrFail(CompileGuru(script)));
            Assert.True(c.IndexOf("static int twice(int x)", StringComparison.Ordinal) < c.IndexOf("struct context {", StringComparison.Ordinal));
            Assert.Contains("= ((int64_t) ( 1 + 1 ));", c);
            Assert.Contains("((const char *) ( /* string */ \"s\" )), MAXSTRINGLEN);", c);
        }

        [Fact]
        public void A_multi_line_embedded_expression_keeps_its_line_breaks()
        {
            const string script = "probe begin { x = %{ 1 // one\n + 2 %}; printf(\"%d\\n\", x) }";
            string c = Source(GenerateOrFail(CompileGuru(script)));
            // The // comment must still end before "+ 2" (lines are only indented with the handler's body).
            Assert.Matches(@"= \(\(int64_t\) \(\n *1 // one\n *\+ 2 \n *\)\);", c);
        }

        [Fact]
        public void A_string_parameter_of_a_script_function_used_as_a_map_key_is_cast_for_the_runtime()
        {
            string c = Source(GenerateOrFail(Compile("global seen\nfunction mark(name:string) { seen[name] = 1 }\nprobe begin { mark(\"a\"); println(seen[\"a\"]) }")));
            Assert.Contains("_stp_map_set_si (global(s___global_seen), (char *) l->l_name, ", c);
        }

        [KernelBuildFact]
        [Trait("Category", "Kernel")]
        public async System.Threading.Tasks.Task A_guru_script_with_every_kind_of_embedded_C_compiles_with_kbuild()
        {
            const string script = "%{\n#include <linux/kernel.h>\nstatic int64_t triple(int64_t x) { return 3 * x; }\n%}\n"
                + "function triple:long (x:long) %{ /* pure */ STAP_RETURN(triple(STAP_ARG_x)); %}\n"
                + "function shout:string (s:string) %{ int i; strlcpy(STAP_RETVALUE, STAP_ARG_s, MAXSTRINGLEN);\n"
                + "  for (i = 0; STAP_RETVALUE[i]; i++) if (STAP_RETVALUE[i] >= 'a' && STAP_RETVALUE[i] <= 'z') STAP_RETVALUE[i] -= 32; %}\n"
                + "function fail() %{ STAP_ERROR(\"failed with %d\", 42); %}\n"
                + "probe begin { printf(\"%d %s %d %s\\n\", triple(14), shout(\"abc\"), %{ 6 * 7 %}, %{ /* string */ \"s\" %})\n"
                + "  try { fail() } catch (e) { println(e) } exit() }\n";
            GeneratedModule generated = GenerateOrFail(CompileGuru(script));
            string directory = System.IO.Path.Combine(KernelModules.OutputRoot, "embedded_guru");
            if (System.IO.Directory.Exists(directory))
                System.IO.Directory.Delete(directory, recursive: true);
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithJobs(2));
            ModuleBuildResult result = await builder.BuildAsync(generated, directory);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        private static StapCompilation CompileGuru(string text)
        {
            var tree = StapSyntaxTree.ParseText(text, StapParseOptions.Default.WithGuruMode(true), path: "guru.stp");
            return StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithGuruMode(true));
        }

        private static GeneratedModule GenerateOrFail(StapCompilation compilation)
        {
            GeneratedModule generated = ModuleGenerator.Generate(compilation, new ModuleGeneratorOptions { ModuleName = "stap_embedded" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            return generated;
        }

        private static string Source(GeneratedModule generated) => generated.GetFile(generated.SourceFileName)!.Text;

        /// <summary>The definition of a C function of the module, from its header to the closing brace at column 0.</summary>
        private static string FunctionText(string c, string name)
        {
            int start = c.IndexOf("static void " + name + " (struct context * __restrict__ c) {", StringComparison.Ordinal);
            Assert.True(start >= 0, name + " is not defined");
            int end = c.IndexOf("\n}\n", start, StringComparison.Ordinal);
            return c.Substring(start, end - start + 3);
        }

        private static System.Collections.Generic.IEnumerable<object> Descendants(IrStatement root) => IrWalker.Descendants(root);
    }
}
