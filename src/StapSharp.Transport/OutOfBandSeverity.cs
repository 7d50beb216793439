namespace StapSharp.Transport;

/// <summary>What an <see cref="OutOfBandDataMessage"/> reports, read from its prefix.</summary>
public enum OutOfBandSeverity
{
    /// <summary>Neither a warning nor an error: user space copies it to stderr verbatim.</summary>
    Other = 0,

    /// <summary>Starts with <c>WARNING: </c>.</summary>
    Warning = 1,

    /// <summary>Starts with <c>ERROR: </c>; the session then fails.</summary>
    Error = 2,
}
