using System;
using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A tracepoint declared in a kernel header: its system (<c>TRACE_SYSTEM</c>), name, the macro that declared it,
    /// the header (relative to the headers tree, as stap's <c>kernel&lt;trace/events/sched.h&gt;</c> would include it)
    /// and its <c>TP_PROTO</c> parameters.
    /// </summary>
    internal sealed class TracepointDefinition
    {
        public TracepointDefinition(string system, string name, string macro, string header, ImmutableArray<TracepointParameter> parameters)
        {
            System = system;
            Name = name;
            Macro = macro;
            Header = header;
            Parameters = parameters;
        }

        /// <summary>The event system, e.g. <c>sched</c> (the folder under <c>/sys/kernel/tracing/events</c>).</summary>
        public string System { get; }

        public string Name { get; }

        /// <summary>The declaring macro after local aliases are resolved: <c>TRACE_EVENT</c>, <c>DEFINE_EVENT</c>, <c>DECLARE_TRACE</c>...</summary>
        public string Macro { get; }

        /// <summary>The include path of the header, e.g. <c>trace/events/sched.h</c> or <c>asm/trace/fpu.h</c>.</summary>
        public string Header { get; }

        public ImmutableArray<TracepointParameter> Parameters { get; }

        /// <summary>Whether the kernel also makes a trace event of it (everything but the bare <c>DECLARE_TRACE</c> tracepoints).</summary>
        public bool IsEvent => !Macro.StartsWith("DECLARE_TRACE", StringComparison.Ordinal);

        /// <summary><c>system:name (type a, type b)</c>.</summary>
        public override string ToString() => System + ":" + Name + " (" + string.Join(", ", Parameters) + ")";
    }
}
