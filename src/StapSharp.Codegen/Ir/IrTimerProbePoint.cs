using System.Globalization;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A <c>timer.*</c> probe point.</summary>
    /// <param name="Unit">The unit of <paramref name="Interval"/>.</param>
    /// <param name="Interval">The period in <paramref name="Unit"/> (ignored for <see cref="IrTimerUnit.Profile"/>).</param>
    /// <param name="Randomize">The <c>.randomize(N)</c> spread in the same unit, or 0.</param>
    internal sealed record IrTimerProbePoint(IrTimerUnit Unit, long Interval, long Randomize = 0) : IrProbePoint
    {
        /// <inheritdoc/>
        public override string ToProbePointString()
        {
            if (Unit == IrTimerUnit.Profile)
                return "timer.profile";
            string unit = Unit switch
            {
                IrTimerUnit.Seconds => "s",
                IrTimerUnit.Microseconds => "us",
                IrTimerUnit.Nanoseconds => "ns",
                IrTimerUnit.Hertz => "hz",
                IrTimerUnit.Jiffies => "jiffies",
                _ => "ms",
            };
            string text = "timer." + unit + "(" + Interval.ToString(CultureInfo.InvariantCulture) + ")";
            return Randomize != 0 ? text + ".randomize(" + Randomize.ToString(CultureInfo.InvariantCulture) + ")" : text;
        }
    }
}
