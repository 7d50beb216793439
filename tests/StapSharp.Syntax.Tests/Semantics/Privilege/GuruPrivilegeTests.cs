using System;
using System.IO;
using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// The guru checks of pass 2 on a private tapset folder (so they need no installed SystemTap): a guru-marked
    /// function called from the user's reachable code, and a macro whose expansion holds embedded C, are refused
    /// without guru mode at the user's call site; tapset-to-tapset calls and elided functions are not checked, as in
    /// stap 4.8 (each case was checked with <c>stap -p2</c> on the installed tapsets).
    /// </summary>
    public sealed class GuruPrivilegeTests : SemanticTestBase, IDisposable
    {
        private const string Tapset =
            "function poke(addr:long, val:long) %{ /* guru */\n  (void)STAP_ARG_addr;\n%}\n" +
            "function peek:long(addr:long) %{ /* pure */ STAP_RETURN(0); %}\n" +
            "function poke_wrapper(addr:long) { /* guru */ poke(addr, 1) }\n";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "stapsharp-guru-" + Guid.NewGuid().ToString("N"));

        public GuruPrivilegeTests()
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllText(Path.Combine(_folder, "poke.stp"), Tapset);
            File.WriteAllText(Path.Combine(_folder, "raw.stpm"), "@define raw_c %( %{ /* pure */ 1 %} %)\n");
        }

        public void Dispose()
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }

        [Fact]
        public void GuruFunctionCalledFromProbeIsRefused() =>
            Assert.Equal(new[] { "STP2040 (1,15): function may not be used unless -g is specified: 'poke'" },
                Errors("probe begin { poke(0, 0) }"));

        [Fact]
        public void GuruFunctionAllowedWithGuruModeFromEitherOption()
        {
            Assert.Empty(Errors("probe begin { poke(0, 0) }", guru: true));
            var tree = StapSyntaxTree.ParseText("probe begin { poke(0, 0) }", StapParseOptions.Default.WithGuruMode(true), path: "test.stp");
            Assert.Empty(SemanticErrors(StapCompilation.Create(new[] { tree }, Options().WithParseOptions(tree.Options))));
        }

        [Fact]
        public void UnmarkedEmbeddedFunctionIsAllowed() =>
            Assert.Empty(Errors("probe begin { println(peek(0)) }"));

        [Fact]
        public void TapsetFunctionCallingGuruFunctionIsAllowed() =>
            // stap: set_user_string_arg (a script function marked /* guru */) calling set_user_string_n is accepted.
            Assert.Empty(Errors("probe begin { poke_wrapper(0) }"));

        [Fact]
        public void ReportedInsideAReachableUserFunction() =>
            Assert.Equal(new[] { "STP2040 (1,16): function may not be used unless -g is specified: 'poke'" },
                Errors("function f() { poke(0, 0) } probe begin { f() }"));

        [Fact]
        public void ElidedFunctionsAreNotChecked() =>
            // g calls f, nothing calls g: stap elides both before its check.
            Assert.Empty(Errors("function g() { f() } function f() { poke(0, 0) } probe begin { println(1) }"));

        [Fact]
        public void EveryCallSiteIsReported() =>
            Assert.Equal(new[]
            {
                "STP2040 (1,15): function may not be used unless -g is specified: 'poke'",
                "STP2040 (1,27): function may not be used unless -g is specified: 'poke'",
            }, Errors("probe begin { poke(0, 0); poke(1, 1) }"));

        [Fact]
        public void CallInsideAUserMacroIsReportedAtTheInvocation() =>
            Assert.Equal(new[]
            {
                "STP2040 (2,15): function may not be used unless -g is specified: 'poke'",
                "STP2024 (2,15): in expansion of macro @m",
            }, Errors("@define m %( poke(0, 0) %)\nprobe begin { @m }"));

        [Fact]
        public void LibraryMacroExpandingToEmbeddedCodeIsRefused()
        {
            Assert.Equal(new[] { "STP2041 (1,23): embedded code in unprivileged script; need stap -g (the expansion of macro @raw_c contains %{ %})" },
                Errors("probe begin { println(@raw_c) }"));
            Assert.Empty(Errors("probe begin { println(@raw_c) }", guru: true));
        }

        [Fact]
        public void UserMacroExpandingToEmbeddedCodeIsRefused() =>
            Assert.Equal(new[] { "STP2041 (2,23): embedded code in unprivileged script; need stap -g (the expansion of macro @mine contains %{ %})" },
                Errors("@define mine %( %{ 2 %} %)\nprobe begin { println(@mine) }"));

        private StapCompilationOptions Options() =>
            StapCompilationOptions.Default.WithTapsetSearchPaths(new[] { _folder });

        private string[] Errors(string source, bool guru = false)
        {
            var compilation = Compile(source, Options().WithGuruMode(guru));
            return SemanticErrors(compilation).ToArray();
        }
    }
}
