using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>Checks probe points and converts timer periods to the nanoseconds the hrtimer group uses.</summary>
    internal static class ProbePoints
    {
        public static bool Validate(EmitContext context, IrProbe probe)
        {
            switch (probe.Point)
            {
                case IrSessionProbePoint:
                    return true;
                case IrTimerProbePoint timer when timer.Unit == IrTimerUnit.Jiffies:
                    // The timer_list fields are unsigned int.
                    if (timer.Interval <= 0 || timer.Interval > int.MaxValue || timer.Randomize < 0 || timer.Randomize != 0 && timer.Randomize >= timer.Interval)
                    {
                        context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, timer.ToProbePointString(),
                            "the interval must be between 1 and 2147483647 jiffies and the randomization smaller than it");
                        return false;
                    }
                    return true;
                case IrTimerProbePoint { Unit: IrTimerUnit.Profile }:
                    // Emitted as perf.sw.cpu_clock.sample(1000000), the tapset's fallback on kernels without the profile timer hook.
                    return true;
                case IrPerfProbePoint perf:
                    if (perf.EventType < 0 || perf.Config < 0 || perf.Period <= 0)
                    {
                        context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, perf.ToProbePointString(),
                            "the type and config must not be negative and the period must be positive");
                        return false;
                    }
                    return true;
                case IrProcfsProbePoint procfs:
                    if (!IsProcfsFileName(procfs.Path) || procfs.MaxSize is <= 0 or > int.MaxValue || procfs.Umask is < 0 or > 511 || procfs.IsWrite && procfs.MaxSize is not null)
                    {
                        context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, procfs.ToProbePointString(),
                            "the file must be one name under the module's folder (no '/', not starting with '.'), .maxsize only on .read and positive, .umask between 0 and 0777");
                        return false;
                    }
                    return true;
                case IrTimerProbePoint timer:
                    if (timer.Interval <= 0 || timer.Randomize < 0 || timer.Randomize >= timer.Interval && timer.Randomize != 0)
                    {
                        context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, timer.ToProbePointString(),
                            "the interval must be positive and the randomization smaller than it");
                        return false;
                    }
                    if (ToNanoseconds(timer.Unit, timer.Interval) is not long ns || ns < MinimumNanoseconds)
                    {
                        context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, timer.ToProbePointString(),
                            "the period must be between 100 microseconds and 2^63 nanoseconds");
                        return false;
                    }
                    return true;
                default:
                    context.Report(ErrorCode.ERR_UnsupportedConstruct, probe.Location, "the probe point '" + probe.Point.ToProbePointString() + "'");
                    return false;
            }
        }

        /// <summary>A file name directly under /proc/systemtap/MODULE/ that C can quote safely.</summary>
        public static bool IsProcfsFileName(string path) =>
            path.Length > 0 && path[0] != '.' && path.IndexOfAny(new[] { '/', '\0', '"', '\\', '\n' }) < 0;

        /// <summary>stap refuses hrtimer periods below 100 µs: the machine would do nothing else.</summary>
        public const long MinimumNanoseconds = 100_000;

        /// <summary>The period in nanoseconds, or null on overflow.</summary>
        public static long? ToNanoseconds(IrTimerUnit unit, long value)
        {
            try
            {
                return unit switch
                {
                    IrTimerUnit.Seconds => checked(value * 1_000_000_000L),
                    IrTimerUnit.Milliseconds => checked(value * 1_000_000L),
                    IrTimerUnit.Microseconds => checked(value * 1_000L),
                    IrTimerUnit.Hertz => value == 0 ? null : 1_000_000_000L / value,
                    _ => value,
                };
            }
            catch (System.OverflowException)
            {
                return null;
            }
        }
    }
}
