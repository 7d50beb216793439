using System;

namespace StapSharp.Transport;

/// <summary>Immutable settings of a <see cref="TraceChannelReader"/>; change them with the <c>With*</c> methods.</summary>
public sealed class TraceReaderOptions
{
    /// <summary>The defaults: normal mode, first sequence 1, 10 s ordering wait at most, 200 ms poll.</summary>
    public static TraceReaderOptions Default { get; } = new(TraceOutputMode.Normal, 1, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));

    private TraceReaderOptions(TraceOutputMode mode, uint firstSequence, TimeSpan orderingTimeout, TimeSpan pollInterval)
    {
        Mode = mode;
        FirstSequence = firstSequence;
        OrderingTimeout = orderingTimeout;
        PollInterval = pollInterval;
    }

    /// <summary>Normal (merged) or bulk (per CPU) delivery.</summary>
    public TraceOutputMode Mode { get; }

    /// <summary>The sequence number expected first (1 for a freshly started module).</summary>
    public uint FirstSequence { get; }

    /// <summary>
    /// How long a record waits at most for a missing earlier one before it is released anyway. The reader releases
    /// it as soon as every CPU's file proves the missing record lost, so this only bounds the wait when a reader
    /// falls far behind (stapio always waits a fixed 2 s, which reorders the output when a reader is that late).
    /// </summary>
    public TimeSpan OrderingTimeout { get; }

    /// <summary>How long one read waits for data before checking for completion.</summary>
    public TimeSpan PollInterval { get; }

    /// <summary>Returns a copy with another mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The new options.</returns>
    public TraceReaderOptions WithMode(TraceOutputMode mode) => new(mode, FirstSequence, OrderingTimeout, PollInterval);

    /// <summary>Returns a copy with another first sequence number.</summary>
    /// <param name="firstSequence">The first sequence number.</param>
    /// <returns>The new options.</returns>
    public TraceReaderOptions WithFirstSequence(uint firstSequence) => new(Mode, firstSequence, OrderingTimeout, PollInterval);

    /// <summary>Returns a copy with another ordering timeout.</summary>
    /// <param name="orderingTimeout">The timeout.</param>
    /// <returns>The new options.</returns>
    public TraceReaderOptions WithOrderingTimeout(TimeSpan orderingTimeout) => new(Mode, FirstSequence, orderingTimeout, PollInterval);

    /// <summary>Returns a copy with another poll interval.</summary>
    /// <param name="pollInterval">The interval.</param>
    /// <returns>The new options.</returns>
    public TraceReaderOptions WithPollInterval(TimeSpan pollInterval) => new(Mode, FirstSequence, OrderingTimeout, pollInterval);
}
