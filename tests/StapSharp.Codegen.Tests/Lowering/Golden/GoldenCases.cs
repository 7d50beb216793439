using System.Collections.Generic;
using StapSharp.Semantics;

namespace StapSharp.Codegen.Tests.Lowering.Golden
{
    /// <summary>For each <see cref="BoundKind"/>, the smallest script whose binding produces it (in the script itself, not in a tapset).</summary>
    internal static class GoldenCases
    {
        /// <summary>
        /// Kinds with no golden case, with the reason. Empty: every kind reaches the lowering (the error kinds as
        /// diagnostics in the dump).
        /// </summary>
        public static readonly IReadOnlyDictionary<BoundKind, string> Excluded = new Dictionary<BoundKind, string>();

        public static readonly IReadOnlyList<GoldenCase> All = new GoldenCase[]
        {
            new(nameof(BoundKind.ArrayElement), "global a\nprobe begin { a[1, \"k\"] = 2; println(a[1, \"k\"]) }\n"),
            new(nameof(BoundKind.Assignment), "probe begin { x = 1; x += 2; s = \"a\"; s .= \"b\"; println(x, s) }\n"),
            new(nameof(BoundKind.BadExpression), "global s\nprobe begin { s <<< 1; print(@hist_log(s)[1, 2]) }\n"),
            new(nameof(BoundKind.Binary), "probe begin { x = 3; println(x * 2 + 1 - x / 3 % 2) }\n"),
            new(nameof(BoundKind.Block), "probe begin { { println(1) } }\n"),
            new(nameof(BoundKind.BreakStatement), "probe begin { while (1) { break } }\n"),
            new(nameof(BoundKind.Call), "function inc(n) { return n + 1 }\nprobe begin { println(inc(1)) }\n"),
            new(nameof(BoundKind.Conditional), "probe begin { x = 1; println(x ? \"yes\" : \"no\") }\n"),
            new(nameof(BoundKind.Const), "probe begin { println(@const(\"1 + 2\")) }\n", Guru: true),
            new(nameof(BoundKind.ContinueStatement), "probe begin { for (i = 0; i < 3; i++) { if (i == 1) continue; println(i) } }\n"),
            new(nameof(BoundKind.DeleteStatement), "global a, b\nprobe begin { a[1] = 1; b = 2; delete a[1]; delete a; delete b }\n"),
            new(nameof(BoundKind.EmbeddedCodeStatement), "function seven:long () %{ STAP_RETVALUE = 7; %}\nprobe begin { println(seven()) }\n", Guru: true),
            new(nameof(BoundKind.EmbeddedExpression), "probe begin { println(%{ 42 %}) }\n", Guru: true),
            new(nameof(BoundKind.EmptyStatement), "probe begin { ; println(1) }\n"),
            new(nameof(BoundKind.Error), "probe begin { error(\"boom\") }\n"),
            new(nameof(BoundKind.Exit), "probe begin { exit() }\n"),
            new(nameof(BoundKind.ExpressionStatement), "probe begin { println(\"x\") }\n"),
            new(nameof(BoundKind.ForStatement), "probe begin { for (i = 0; i < 3; i++) println(i) }\n"),
            new(nameof(BoundKind.ForeachSort), "global a\nprobe begin { a[1] = 2; a[2] = 1; foreach (k+ in a) println(k); foreach ([k] in a-) println(k) }\n"),
            new(nameof(BoundKind.ForeachStatement), "global a\nprobe begin { a[\"x\", 1] = 5; foreach (v = [k, n] in a[*, 1] limit 3) printf(\"%s %d %d\\n\", k, n, v) }\n"),
            new(nameof(BoundKind.Function), "function add(a, b) { return a + b }\nprobe begin { println(add(1, 2)) }\n"),
            new(nameof(BoundKind.Histogram), "global s\nprobe begin { s <<< 1; print(@hist_log(s)); print(@hist_linear(s, 0, 10, 2)) }\n"),
            new(nameof(BoundKind.HistogramBucket), "global s\nprobe begin { s <<< 1; println(@hist_linear(s, 0, 10, 2)[0]) }\n"),
            new(nameof(BoundKind.IfStatement), "probe begin { x = 1; if (x > 0) println(\"pos\") else println(\"neg\") }\n"),
            new(nameof(BoundKind.Increment), "probe begin { x = 0; x++; ++x; println(x--) }\n"),
            new(nameof(BoundKind.LongLiteral), "probe begin { println(0x10) }\n"),
            new(nameof(BoundKind.MacroExpansion), "@define twice(x) %( (@x * 2) %)\nprobe begin { println(@twice(21)) }\n"),
            new(nameof(BoundKind.Membership), "global a\nprobe begin { a[1] = 1; if (1 in a) println(\"in\") }\n"),
            new(nameof(BoundKind.NextStatement), "probe begin { next }\n"),
            new(nameof(BoundKind.Print), "probe begin { printf(\"%d %s\\n\", 1, \"a\"); s = sprintf(\"%d\", 2); print(s) }\n"),
            new(nameof(BoundKind.Probe), "probe begin { println(1) }\nprobe timer.ms(100) { println(2) }\n"),
            new(nameof(BoundKind.ProbeAlias), "probe my_start = begin { x = 1 }\nprobe my_start { println(x) }\n"),
            new(nameof(BoundKind.RegexGroupCount), "probe begin { if (\"abc\" =~ \"a(b)c\") println(ngroups()) }\n"),
            new(nameof(BoundKind.RegexMatch), "probe begin { s = \"abc\"; if (s =~ \"^a\") println(\"m\"); if (s !~ \"z\") println(\"n\") }\n"),
            new(nameof(BoundKind.RegexSubexpression), "probe begin { if (\"abc\" =~ \"a(b)c\") println(matched(1)) }\n"),
            new(nameof(BoundKind.ReturnStatement), "function five() { return 5 }\nprobe begin { println(five()) }\n"),
            new(nameof(BoundKind.ScriptArgument), "probe begin { println($1 + 1); println(@2) }\n", Arguments: new[] { "7", "hi" }),
            new(nameof(BoundKind.Statistic), "global s\nprobe begin { s <<< 5; printf(\"%d %d %d %d %d %d\\n\", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s)) }\n"),
            new(nameof(BoundKind.StringLiteral), "probe begin { println(\"a\\tb\") }\n"),
            new(nameof(BoundKind.TargetExpression), "probe procfs(\"knob\").write { println($value) }\n"),
            new(nameof(BoundKind.TryStatement), "probe begin { try { error(\"e\") } catch (msg) { println(msg) } }\n"),
            new(nameof(BoundKind.Unary), "probe begin { x = 5; println(-x); println(!x); println(~x) }\n"),
            new(nameof(BoundKind.VariableReference), "global g = 3\nprobe begin { l = g; println(l) }\n"),
            new(nameof(BoundKind.WhileStatement), "probe begin { i = 0; while (i < 3) i++ }\n"),
            new(nameof(BoundKind.Wildcard), "global a\nprobe begin { a[1, 2] = 3; if ([1, *] in a) println(\"y\"); delete a[1, *] }\n"),
        };
    }
}
