using System.Threading.Tasks;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Analysis
{
    public class DivisionByZeroAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new DivisionByZeroAnalyzer(), expected);

        [Fact]
        public Task DivisionAndModuloByZero() =>
            Verify("probe begin {\n  a = 10 / 0\n  b = a % (-0)\n  b /= 0x0\n  println(a, b)\n}",
                "warning STP5013 (2,12)-(2,13): Division by the constant zero always fails at run time",
                "warning STP5013 (3,11)-(3,15): Modulo by the constant zero always fails at run time",
                "warning STP5013 (4,8)-(4,11): Division by the constant zero always fails at run time");

        [Fact]
        public Task NonZeroDivisorsAreFine() =>
            Verify("probe begin { x = 1; println(10 / 2, 10 % x, 10 / (x - 1)) }");
    }

    public class UnreachableCodeAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new UnreachableCodeAnalyzer(), expected);

        [Fact]
        public Task StatementAfterNext() =>
            Verify("probe begin {\n  if (pid() == 0) {\n    next\n    println(\"never\")\n    println(\"again\")\n  }\n}",
                "warning STP5014 (4,5)-(4,21): Unreachable code: this statement follows 'next'");

        [Fact]
        public Task StatementAfterReturnAndBreak() =>
            Verify("function f() {\n  while (1) { break; x = 1 }\n  return 1\n  println(2)\n}\nprobe begin { f() }",
                "warning STP5014 (2,22)-(2,27): Unreachable code: this statement follows 'break'",
                "warning STP5014 (4,3)-(4,13): Unreachable code: this statement follows 'return'");

        [Fact]
        public Task CodeAfterExitStillRuns() =>
            Verify("probe begin { exit(); println(\"still printed\") }");
    }

    public class StringNumberComparisonAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new StringNumberComparisonAnalyzer(), expected);

        [Fact]
        public Task StringLiteralAndConcatenationComparedWithNumbers() =>
            Verify("probe begin {\n  if (\"5\" == 5) println(1)\n  if (0 < (\"a\" . \"b\")) println(2)\n}",
                "warning STP5015 (2,7)-(2,15): A string is compared with the number 5; compare with the string \"5\" or convert the string with strtol()",
                "warning STP5015 (3,7)-(3,22): A string is compared with the number 0; compare with the string \"0\" or convert the string with strtol()");

        [Fact]
        public Task SameTypeComparisonsAreFine() =>
            Verify("probe begin { if (\"a\" == \"b\" || 1 != 2 || x < 3) println(x) }");
    }

    public class EmptyProbeAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new EmptyProbeAnalyzer(), expected);

        [Fact]
        public Task EmptyBodyIsReportedAtTheProbePoints() =>
            Verify("probe begin, end {}\nprobe timer.s(1) { ; }",
                "warning STP5016 (1,7)-(1,17): Probe 'begin, end' has an empty body",
                "warning STP5016 (2,7)-(2,17): Probe 'timer.s(1)' has an empty body");

        [Fact]
        public Task AliasesAndPerfCountersMayHaveEmptyBodies() =>
            Verify("probe syscall.open {}\nprobe perf.hw.cpu_cycles.process(\"/bin/ls\").counter(\"c\") {}");

        [Fact]
        public Task CommentedOrNonEmptyBodiesAreFine() =>
            Verify("probe begin { /* nothing to do yet */ }\nprobe end { exit() }");
    }

    public class EntryValueAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new EntryValueAnalyzer(), expected);

        [Fact]
        public Task ParameterReadInReturnProbe() =>
            Verify("probe kernel.function(\"vfs_read\").return {\n  printf(\"%d %d\\n\", $count, $return)\n}",
                "info STP5011 (2,21)-(2,27): '$count' in a .return probe reads the value saved at function entry; write '@entry($count)' to make that explicit");

        [Fact]
        public Task EntryAndEntryProbesAreFine() =>
            Verify("probe kernel.function(\"vfs_read\").return { println(@entry($count)) }\nprobe kernel.function(\"vfs_read\") { println($count) }");
    }

    public class DeprecatedFunctionAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new DeprecatedFunctionAnalyzer(), expected);

        [Fact]
        public Task DeprecatedTapsetFunctionCall() =>
            Verify("probe begin { println(cpuid(), task_exe_file(task_current())) }",
                "warning STP5012 (1,23)-(1,28): Function 'cpuid' is deprecated: the tapsets define it only up to --compatible=1.4",
                "warning STP5012 (1,32)-(1,45): Function 'task_exe_file' is deprecated: the tapsets define it only up to --compatible=3.2");

        [Fact]
        public Task ScriptDefinitionWins() =>
            Verify("function cpuid() { return 1 }\nprobe begin { println(cpuid(), cpu()) }");
    }
}
