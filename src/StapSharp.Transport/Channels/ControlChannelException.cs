using System;

namespace StapSharp.Transport;

/// <summary>A control-channel or trace-file operation failed with a Linux error number.</summary>
public sealed class ControlChannelException : TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="errorNumber">The errno value (0 when the failure was not a system call error, for example a short read).</param>
    public ControlChannelException(string message, int errorNumber)
        : base(message)
    {
        ErrorNumber = errorNumber;
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="errorNumber">The errno value.</param>
    /// <param name="innerException">The cause.</param>
    public ControlChannelException(string message, int errorNumber, Exception? innerException)
        : base(message, innerException)
    {
        ErrorNumber = errorNumber;
    }

    /// <summary>The errno value (for example 16 = <c>EBUSY</c>, 22 = <c>EINVAL</c>), or 0.</summary>
    public int ErrorNumber { get; }
}
