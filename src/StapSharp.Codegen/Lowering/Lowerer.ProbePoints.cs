using System.Collections.Immutable;
using StapSharp.Codegen.Ir;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>The IR point of a built-in family point the emitter knows, or null (the caller reports STP3022).</summary>
        private static IrProbePoint? ToIrProbePoint(ImmutableArray<PointComponent> components)
        {
            if (components.Length == 0)
                return null;
            (string name, ExpressionSyntax? argument) = components[0];
            if (components.Length == 1)
                return ToSessionPoint(name, argument);

            return name switch
            {
                "timer" when argument is null => ToTimer(components),
                "procfs" => ToProcfs(components),
                "perf" when argument is null => ToPerf(components),
                _ => null,
            };
        }

        private static IrProbePoint? ToSessionPoint(string name, ExpressionSyntax? argument)
        {
            IrSessionProbeKind? kind = name switch
            {
                "begin" => IrSessionProbeKind.Begin,
                "end" => IrSessionProbeKind.End,
                "error" => IrSessionProbeKind.Error,
                "oneshot" => IrSessionProbeKind.Oneshot,
                "never" => IrSessionProbeKind.Never,
                _ => null,
            };
            if (kind is null)
                return null;
            if (argument is null)
                return new IrSessionProbePoint(kind.Value);
            return kind is IrSessionProbeKind.Begin or IrSessionProbeKind.End or IrSessionProbeKind.Error
                && ConstantLong(argument) is long sequence ? new IrSessionProbePoint(kind.Value, sequence) : null;
        }

        /// <summary>
        /// timer.ms/s/us/ns/hz/jiffies(N)[.randomize(M)]. timer.profile is the tapset's alias for
        /// perf.sw.cpu_clock.sample(1000000) (the kernel has no profile timer hook), and timer.profile.tick is null.
        /// </summary>
        private static IrProbePoint? ToTimer(ImmutableArray<PointComponent> components)
        {
            (string unitName, ExpressionSyntax? interval) = components[1];
            IrTimerUnit? unit = unitName switch
            {
                "ms" or "msec" => IrTimerUnit.Milliseconds,
                "s" or "sec" => IrTimerUnit.Seconds,
                "us" or "usec" => IrTimerUnit.Microseconds,
                "ns" or "nsec" => IrTimerUnit.Nanoseconds,
                "hz" => IrTimerUnit.Hertz,
                "jiffies" => IrTimerUnit.Jiffies,
                _ => null,
            };
            if (unit is null || interval is null || ConstantLong(interval) is not long period)
                return null;
            long randomize = 0;
            if (components.Length == 3)
            {
                if (components[2].Name != "randomize" || components[2].Argument is not { } spread || ConstantLong(spread) is not long value)
                    return null;
                randomize = value;
            }
            else if (components.Length > 3)
            {
                return null;
            }

            return new IrTimerProbePoint(unit.Value, period, randomize);
        }

        /// <summary>procfs[("path")][.umask(N)].read[.maxsize(N)] and procfs[("path")][.umask(N)].write.</summary>
        private static IrProbePoint? ToProcfs(ImmutableArray<PointComponent> components)
        {
            ExpressionSyntax? pathArgument = components[0].Argument;
            string? path = pathArgument is null ? IrProcfsProbePoint.DefaultPath : ConstantString(pathArgument);
            if (path is null || !ProbePoints.IsProcfsFileName(path))
                return null;
            int next = 1;
            long? umask = null;
            if (components[next] is { Name: "umask", Argument: { } mask })
            {
                if (ConstantLong(mask) is not long value || value < 0 || value > 0x1FF)
                    return null;
                umask = value;
                next++;
            }

            if (next >= components.Length || components[next].Argument is not null || components[next].Name is not ("read" or "write"))
                return null;
            bool isWrite = components[next++].Name == "write";
            long? maxSize = null;
            if (!isWrite && next < components.Length && components[next] is { Name: "maxsize", Argument: { } size })
            {
                if (ConstantLong(size) is not long value || value <= 0 || value > int.MaxValue)
                    return null;
                maxSize = value;
                next++;
            }

            if (next != components.Length)
                return null;
            return new IrProcfsProbePoint(path, isWrite) { MaxSize = maxSize, Umask = umask, IsPathWritten = pathArgument is not null };
        }

        /// <summary>The second argument of STP3022 for a point of no known family.</summary>
        private const string SupportedFamilies =
            "supported: begin, end, error, oneshot, never, timer.*, perf.type().config() and its perf.sw.*/perf.hw.* aliases, procfs";

        /// <summary>Why a point of a family stap has, but code generation does not compile, is refused; null for other points.</summary>
        private static string? UnsupportedFamilyReason(ImmutableArray<PointComponent> components)
        {
            string family = components.Length == 0 ? "" : components[0].Name;
            string second = components.Length < 2 ? "" : components[1].Name;
            return (family, second) switch
            {
                ("kprobe", _) => "kprobe probes are not generated; stap 4.8 resolves them in the kernel's System.map, which this "
                    + "build tree may lack (Debian ships it only in the -dbg package), and registers them through the runtime's kprobes.c",
                ("kernel", "trace") => "tracepoints are not generated; stap 4.8 finds a tracepoint and its arguments by building a "
                    + "query module against the kernel headers",
                ("kernel", _) or ("module", _) => "DWARF probes need the kernel's debuginfo, which code generation does not read",
                ("perf", _) => "only system-wide perf.type(T).config(C)[.sample(N)|.hz(N)] is generated, not .process or .counter",
                ("timer", "profile") => "the kernel has no profile timer hook (register_timer_hook); use timer.profile, "
                    + "which falls back to perf.sw.cpu_clock",
                _ => null,
            };
        }

        /// <summary>perf.type(T).config(C)[.sample(N)|.hz(N)], system wide; .process and .counter are not supported (null).</summary>
        private static IrProbePoint? ToPerf(ImmutableArray<PointComponent> components)
        {
            if (components.Length is < 3 or > 4
                || components[1] is not { Name: "type", Argument: { } typeArgument } || ConstantLong(typeArgument) is not long type
                || components[2] is not { Name: "config", Argument: { } configArgument } || ConstantLong(configArgument) is not long config
                || type < 0 || config < 0)
                return null;
            if (components.Length == 3)
                return new IrPerfProbePoint(type, config);
            if (components[3] is not { Name: "sample" or "hz", Argument: { } periodArgument } || ConstantLong(periodArgument) is not long period || period <= 0)
                return null;
            return new IrPerfProbePoint(type, config, period, IsFrequency: components[3].Name == "hz");
        }
    }
}
