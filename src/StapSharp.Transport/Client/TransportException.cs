using System;

namespace StapSharp.Transport;

/// <summary>Base of the errors a module session reports.</summary>
public class TransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public TransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
