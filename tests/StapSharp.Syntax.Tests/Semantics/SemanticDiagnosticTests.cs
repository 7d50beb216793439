using StapSharp.Diagnostics;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>One test per semantic diagnostic, with its exact location (1-based line,column) and message.</summary>
    public sealed class SemanticDiagnosticTests : SemanticTestBase
    {
        private static void Verify(string source, params string[] expected) =>
            Assert.Equal(string.Join("\n", expected), string.Join("\n", SemanticDiagnostics(CompileWithoutTapsets(source))));

        // printf formats stap rejects (its pass 1): the first error, at its place inside the literal.
        [Fact]
        public void PrintfUnknownConversion() =>
            Verify("probe begin { printf(\"%q\\n\", 1) }",
                "STP1901 (1,24): invalid or missing conversion specifier");

        [Fact]
        public void PrintfSecondFlagIsNotAConversion() =>
            Verify("probe begin { printf(\"%-#6o\\n\", 8) }",
                "STP1901 (1,25): invalid or missing conversion specifier");

        [Fact]
        public void SprintfIncompleteConversion() =>
            Verify("probe begin { x = sprintf(\"%5\"); println(x) }",
                "STP1902 (1,28): trailing incomplete print format conversion");

        [Fact]
        public void PrintfOneFlagThenZeroWidthIsAccepted() =>
            Verify("probe begin { printf(\"%-06d|%+0d\\n\", 8, 8) }");

        [Fact]
        public void UnresolvedFunction() =>
            Verify("probe begin { nosuch(1) }",
                "STP2001 (1,15): unresolved function nosuch");

        [Fact]
        public void UnresolvedFunctionSuggestsSimilarNames() =>
            Verify("function counter() { return 1 }\nprobe begin { print(countr()) }",
                "STP2001 (2,21): unresolved function countr (similar: counter)");

        [Fact]
        public void LocalUsedAsArray() =>
            Verify("probe begin { a[1] = 2; print(a[1]) }",
                "STP2002 (1,15): unresolved arity-1 global array a, missing global declaration?");

        [Fact]
        public void ProbePointMismatch() =>
            Verify("probe timer.foo(3) { print(1) }",
                "STP2003 (1,13): probe point mismatch (similar: hz, ms, ns, s, sec)");

        [Fact]
        public void ProbePointTruncated() =>
            Verify("probe kernel { print(1) }",
                "STP2004 (1,7): probe point truncated (follow: data(number) data(string) function(number) function(string) mark(string) statement(number) statement(string) trace(string))");

        [Fact]
        public void InvalidProbeSuffix() =>
            Verify("probe timer.ms(100).foo { print(1) }",
                "STP2005 (1,21): invalid suffix for probe");

        [Fact]
        public void TypeMismatchAtBothSites() =>
            Verify("global x\nprobe begin { x = 1; x = \"a\" }",
                "STP2007 (2,15): type was first inferred here (long)",
                "STP2006 (2,22): type mismatch (string)");

        [Fact]
        public void OperandTypeMismatch() =>
            Verify("probe begin { x = 1 . \"a\"; print(x) }",
                "STP2008 (1,19): type mismatch: expected string but found long");

        [Fact]
        public void IndexTypeMismatchAtBothSites() =>
            Verify("global a\nprobe begin { a[1] = 1; a[\"x\"] = 2 }",
                "STP2010 (2,17): type of index 0 was first inferred here (long)",
                "STP2009 (2,27): index 0 type mismatch (string)");

        [Fact]
        public void ArrayUsedAsScalar() =>
            Verify("global a\nprobe begin { a[1] = 1; a = 2 }",
                "STP2012 (2,15): arity 1 first inferred here",
                "STP2011 (2,25): inconsistent arity (1 vs 0)");

        [Fact]
        public void ScalarUsedAsArray() =>
            Verify("global a\nprobe begin { a = 2; a[1] = 1 }",
                "STP2012 (2,15): arity 0 first inferred here",
                "STP2011 (2,22): inconsistent arity (0 vs 1)");

        [Fact]
        public void WrongArgumentCount() =>
            Verify("function f(a) { return a }\nprobe begin { f(1, 2) }",
                "STP2012 (1,10): arity 1 first inferred here",
                "STP2013 (2,15): arity mismatch found (function 'f' takes 1 args)");

        [Fact]
        public void UnresolvedType() =>
            Verify("global x\nprobe begin { print(1) }\nprobe end { delete x }",
                "STP2014 (3,20): unresolved type");

        [Fact]
        public void UnresolvedTargetSymbol() =>
            Verify("probe begin { print($foo) }",
                "STP2015 (1,21): unresolved target-symbol expression");

        [Fact]
        public void TargetVariablesAreFineInFunctionProbes() =>
            Verify("probe kernel.function(\"vfs_read\") { printf(\"%d\\n\", $count) }");

        [Fact]
        public void AliasSuffixesResolveThroughTheRightHandSide() =>
            Verify("probe myprobe = timer.ms(1), kernel.function(\"f\") { x = 1 }\nprobe myprobe.return { print(x) }\nprobe myprobe.nosuch { print(x) }",
                "STP2005 (3,15): invalid suffix for probe");

        [Fact]
        public void ArgumentProbePointsAreAcceptedWithoutArguments() =>
            Verify("probe $1.call { print(1) }");

        [Fact]
        public void WildcardOutsideIndexList() =>
            Verify("global a\nprobe begin { a[1] = 1; x = a[*]; print(x) }",
                "STP2016 (2,29): wildcard not allowed in array index");

        [Fact]
        public void EntryOutsideReturnProbe() =>
            Verify("probe begin { print(@entry(1)) }",
                "STP2017 (1,21): @entry is only valid in .return probes");

        [Fact]
        public void EntryInReturnProbe() =>
            Verify("probe kernel.function(\"f\").return { print(@entry($x)) }");

        [Fact]
        public void TargetWriteNeedsGuru() =>
            Verify("probe kernel.function(\"f\") { $x = 1 }",
                "STP2018 (1,30): write to target variable not permitted; need stap -g");

        [Fact]
        public void TargetWriteAllowedInGuruMode()
        {
            var tree = StapSyntaxTree.ParseText("probe kernel.function(\"f\") { $x = 1 }", path: "test.stp");
            var compilation = StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithUseTapsets(false).WithGuruMode(true));
            Assert.Empty(SemanticDiagnostics(compilation));
        }

        [Fact]
        public void ExpectingLvalue() =>
            Verify("function f() { return 1 }\nprobe begin { f() = 1 }",
                "STP2019 (2,19): Expecting lvalue for assignment");

        [Fact]
        public void NoProbesFound() =>
            Verify("probe nosuch? { print(1) }",
                "STP2020 (1,27): no probes found");

        [Fact]
        public void PrintfArgumentCount() =>
            Verify("probe begin { printf(\"%d %s\\n\", 1) }",
                "STP2021 (1,15): Wrong number of args to formatted print operator (format takes 2, 1 given)");

        [Fact]
        public void PrintfArgumentType() =>
            Verify("probe begin { printf(\"%d\\n\", \"a\") }",
                "STP2008 (1,30): type mismatch: expected long but found string");

        [Fact]
        public void StatisticsOperandRequired() =>
            Verify("probe begin { print(@count(1)) }",
                "STP2025 (1,28): statistics operator needs a statistics variable or array element");

        [Fact]
        public void StatisticsInArithmetic() =>
            Verify("global s\nprobe begin { s <<< 1; x = s + 1; print(x) }",
                "STP2007 (2,15): type was first inferred here (stats)",
                "STP2006 (2,28): type mismatch (long)");

        [Fact]
        public void StatisticsUsedAsValue() =>
            Verify("global s, t\nprobe begin { s <<< 1; t = s }",
                "STP2027 (2,28): invalid type stats");

        [Fact]
        public void NeverAssignedLocal() =>
            Verify("probe begin { printf(\"%d\\n\", y) }",
                "STP2101 (1,30): never-assigned local variable 'y'");

        [Fact]
        public void ProbeElided() =>
            Verify("probe begin { }\nprobe end { print(1) }",
                "STP2102 (1,1): Probe 'begin' has been elided");

        [Fact]
        public void AssignmentElided() =>
            Verify("probe begin { x = 4; print(1) }",
                "STP2103 (1,15): Eliding assignment to 'x'");

        [Fact]
        public void UnusedGlobal() =>
            Verify("global g\nprobe begin { print(1) }",
                "STP2104 (1,8): Eliding unused variable 'g'");

        [Fact]
        public void UnusedFunction() =>
            Verify("function u() { return 1 }\nprobe begin { print(1) }",
                "STP2105 (1,10): Eliding unused function 'u'");

        [Fact]
        public void DiagnosticIdsAreStable()
        {
            Assert.Equal("STP2001", Id(ErrorCode.ERR_UnresolvedFunction));
            Assert.Equal("STP2014", Id(ErrorCode.ERR_UnresolvedType));
            Assert.Equal("STP2101", Id(ErrorCode.WRN_NeverAssignedLocal));
        }
    }
}
