using System.Globalization;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// A system-wide <c>perf.type(T).config(C)</c> probe point (the tapset's <c>perf.sw.*</c>/<c>perf.hw.*</c> aliases and,
    /// on kernels without the profile timer hook, <c>timer.profile</c>): one perf event per online CPU whose overflow
    /// runs the handler.
    /// </summary>
    /// <param name="EventType">The <c>perf_event_attr.type</c> (0 hardware, 1 software, ...).</param>
    /// <param name="Config">The <c>perf_event_attr.config</c> (the event within the type).</param>
    /// <param name="Period">Events between two runs of the handler, or the frequency in Hz when <paramref name="IsFrequency"/>.</param>
    /// <param name="IsFrequency">True for <c>.hz(N)</c>, false for <c>.sample(N)</c> (the default, 1000000 events).</param>
    internal sealed record IrPerfProbePoint(long EventType, long Config, long Period = IrPerfProbePoint.DefaultPeriod, bool IsFrequency = false) : IrProbePoint
    {
        /// <summary>The sample period stap uses when neither <c>.sample(N)</c> nor <c>.hz(N)</c> is given.</summary>
        public const long DefaultPeriod = 1000000;

        /// <inheritdoc/>
        /// <remarks>stap 4.8 prints <c>.sample(N)</c> for <c>.hz(N)</c> too; the text is kept identical.</remarks>
        public override string ToProbePointString() =>
            string.Format(CultureInfo.InvariantCulture, "perf.type({0}).config({1}).sample({2})", EventType, Config, Period);
    }
}
