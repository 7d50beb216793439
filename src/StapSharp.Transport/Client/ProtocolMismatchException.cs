namespace StapSharp.Transport;

/// <summary>The module was built for the other SystemTap runtime generation (4.x versus 5.x message numbering).</summary>
public sealed class ProtocolMismatchException : TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="moduleName">The module.</param>
    /// <param name="clientProtocol">The protocol the client used.</param>
    /// <param name="detail">What showed the mismatch.</param>
    public ProtocolMismatchException(string moduleName, TransportProtocol clientProtocol, string detail)
        : base($"Module '{moduleName}' does not speak transport protocol {clientProtocol}: it was probably built by SystemTap {(clientProtocol == TransportProtocol.V4 ? "5.x" : "4.x")} ({detail}). Use protocol {(clientProtocol == TransportProtocol.V4 ? TransportProtocol.V5 : TransportProtocol.V4)}.")
    {
        ModuleName = moduleName;
        ClientProtocol = clientProtocol;
    }

    /// <summary>The module.</summary>
    public string ModuleName { get; }

    /// <summary>The protocol the client used.</summary>
    public TransportProtocol ClientProtocol { get; }
}
