namespace StapSharp.Transport;

/// <summary>
/// The generation of the SystemTap runtime a module was built against. There is no negotiation on the wire:
/// the caller must pick the protocol that matches the runtime (SystemTap 5.0 renumbered every message).
/// </summary>
public enum TransportProtocol
{
    /// <summary>SystemTap 4.x runtimes (message numbers from 0, 8-byte data record header).</summary>
    V4 = 4,

    /// <summary>SystemTap 5.x runtimes (message numbers from 0x50, 12-byte data record header with magic).</summary>
    V5 = 5,
}
