using System.Threading.Tasks;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Analysis
{
    public class GlobalUsageAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new GlobalUsageAnalyzer(), expected);

        [Fact]
        public Task UnusedAndWriteOnlyGlobals() =>
            Verify("global unused, counts, total = 0\nglobal read\nprobe begin { counts[pid()]++; total = 1; read = 2 }\nprobe end { println(read) }",
                "warning STP5004 (1,8)-(1,14): Global variable 'unused' is never used",
                "info STP5008 (1,24)-(1,29): Global variable 'total' is written but never read; stap prints its final value at exit");

        [Fact]
        public Task ParameterOfTheSameNameIsNotAUse() =>
            Verify("global g\nfunction f(g) { return g }\nprobe begin { println(f(1)) }",
                "warning STP5004 (1,8)-(1,9): Global variable 'g' is never used");

        [Fact]
        public Task MacroBodiesAndProbeConditionsCountAsReads() =>
            Verify("global on, seen\n@define SHOW %( println(seen) %)\nprobe timer.s(1) if (on) { seen = 1; @SHOW }");
    }

    public class LocalUsageAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new LocalUsageAnalyzer(), expected);

        [Fact]
        public Task UnusedParameterAndWriteOnlyLocal() =>
            Verify("function f(a, b) {\n  tmp = a * 2\n  return a\n}\nprobe begin { x = f(1, 2); y = 3; println(x) }",
                "warning STP5005 (1,15)-(1,16): Parameter 'b' of function 'f' is never used",
                "warning STP5007 (2,3)-(2,6): Local variable 'tmp' is assigned but its value is never read",
                "warning STP5007 (5,28)-(5,29): Local variable 'y' is assigned but its value is never read");

        [Fact]
        public Task GlobalsAndAliasBodiesAreNotLocals() =>
            Verify("global g\nprobe my.alias = begin { name = \"x\" }\nprobe my.alias { g = 1; println(name) }\nprobe end { println(g) }");

        [Fact]
        public Task MacroInvocationMayReadLocals() =>
            Verify("@define SHOW %( println(key) %)\nprobe begin { key = 1; @SHOW }");

        [Fact]
        public Task CompoundAssignmentReads() =>
            Verify("probe begin { n = 1; n += 2 }");
    }

    public class UnusedFunctionAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new UnusedFunctionAnalyzer(), expected);

        [Fact]
        public Task FunctionNeverCalled() =>
            Verify("function used() { return 1 }\nfunction dead() { return dead() }\nprobe begin { println(used()) }",
                "warning STP5006 (2,10)-(2,14): Function 'dead' is never called");

        [Fact]
        public Task CallFromMacroCounts() =>
            Verify("function helper() { return 1 }\n@define CALL %( helper() %)\nprobe begin { println(@CALL) }");
    }

    public class ShadowedGlobalAnalyzerTests
    {
        [Fact]
        public Task ParameterHidesGlobal() =>
            AnalyzerVerifier.VerifyAsync("global threshold = 10\nfunction over(threshold, v) { return v > threshold }\nprobe begin { println(over(1, 2), threshold) }",
                new ShadowedGlobalAnalyzer(),
                "warning STP5009 (2,15)-(2,24): Parameter 'threshold' of function 'over' hides the global variable 'threshold'");
    }

    public class UnboundedArrayInHotProbeAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new UnboundedArrayInHotProbeAnalyzer(), expected);

        [Fact]
        public Task UnboundedArrayInKernelFunctionProbe() =>
            Verify("global reads, sized[100], wrapped%\nprobe kernel.function(\"vfs_read\") {\n  reads[tid()]++\n  reads[tid()] <<< 1\n  sized[tid()] = 1\n  wrapped[tid()] = 1\n}",
                "warning STP5010 (3,3)-(3,8): Global array 'reads' has no size but gains elements in the hot probe 'kernel.function(\"vfs_read\")'; declare 'global reads[N]' or a wrapping 'global reads%'");

        [Fact]
        public Task ColdProbesAndDeletesAreFine() =>
            Verify("global reads\nprobe begin { reads[1] = 1 }\nprobe syscall.read { delete reads[tid()] }\nprobe end { println(reads[1]) }");

        [Fact]
        public Task SyscallAndTimerProfileAreHot() =>
            Verify("global a, b\nprobe syscall.open { a[execname()] <<< 1 }\nprobe timer.profile { b[cpu()]++ }",
                "warning STP5010 (2,22)-(2,23): Global array 'a' has no size but gains elements in the hot probe 'syscall.open'; declare 'global a[N]' or a wrapping 'global a%'",
                "warning STP5010 (3,23)-(3,24): Global array 'b' has no size but gains elements in the hot probe 'timer.profile'; declare 'global b[N]' or a wrapping 'global b%'");
    }
}
