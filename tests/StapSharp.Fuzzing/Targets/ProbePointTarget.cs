using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// The probe-point function specification sub-language (<c>function("name@file:line")</c>, <c>statement(...)</c>).
    /// Invariants: parsing any text throws nothing; the function and file patterns and every line range lie inside
    /// the text; error spans lie inside the text. Allowed exceptions: none.
    /// </summary>
    internal sealed class ProbePointTarget : FuzzTarget
    {
        public override string Name => "probepoint";

        public override string Description => "FunctionSpec.Parse (probe point function/statement specs): no exception, spans inside the text";

        public override void Execute(ReadOnlySpan<byte> data)
        {
            string text = ScriptPipeline.ToText(data);
            FunctionSpec spec = FunctionSpec.ParseUncached(text);
            SubLanguageChecks.SpanInside(spec.Function.Span, text, "function pattern");
            if (spec.File is not null)
                SubLanguageChecks.SpanInside(spec.File.Span, text, "file pattern");
            if (spec.LinesSpan is { } lines)
                SubLanguageChecks.SpanInside(lines, text, "line part");
            // A reversed range (5-3) is accepted, as by stap (docs/sublanguages.md), so only the spans are checked.
            foreach (FunctionSpecLineRange range in spec.Lines)
                SubLanguageChecks.SpanInside(range.Span, text, "line range");

            SubLanguageChecks.ErrorsInside(spec.Errors, text);
        }

        public override IEnumerable<byte[]> CreateSeeds() => new[]
        {
            "sys_open", "*@fs/open.c", "vfs_read@fs/read_write.c:450", "do_sys_open@fs/open.c:100-120", "tcp_*@net/ipv4/*.c",
            "main@main.c+3", "foo@bar.c:*", "schedule@kernel/sched/core.c:1,4,9-12", "?", "@x.c:1",
        }.Select(s => Encoding.UTF8.GetBytes(s));
    }
}
