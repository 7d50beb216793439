namespace StapSharp.Codegen.Ir
{
    /// <summary>The unit of a <c>timer.*</c> probe point.</summary>
    internal enum IrTimerUnit
    {
        /// <summary><c>timer.ms(N)</c>.</summary>
        Milliseconds = 0,

        /// <summary><c>timer.s(N)</c> / <c>timer.sec(N)</c>.</summary>
        Seconds = 1,

        /// <summary><c>timer.us(N)</c> / <c>timer.usec(N)</c>.</summary>
        Microseconds = 2,

        /// <summary><c>timer.ns(N)</c> / <c>timer.nsec(N)</c>.</summary>
        Nanoseconds = 3,

        /// <summary><c>timer.hz(N)</c>: N times per second.</summary>
        Hertz = 4,

        /// <summary><c>timer.jiffies(N)</c>: a timer_list probe.</summary>
        Jiffies = 5,

        /// <summary><c>timer.profile</c>: every tick on every CPU.</summary>
        Profile = 6,
    }
}
