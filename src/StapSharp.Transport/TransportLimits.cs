namespace StapSharp.Transport;

/// <summary>Sizes fixed by the SystemTap runtime (identical in 4.x and 5.x on x86_64).</summary>
public static class TransportLimits
{
    /// <summary>Size of the message type that starts every control frame.</summary>
    public const int TypeSize = 4;

    /// <summary>Largest payload the module queues (<c>STP_CTL_BUFFER_SIZE</c>).</summary>
    public const int ControlBufferSize = 384;

    /// <summary>Smallest read buffer that never loses a message: a smaller buffer makes the read fail and drops the message.</summary>
    public const int MinimumReadSize = TypeSize + ControlBufferSize;

    /// <summary>Length of the <c>module</c> field of a relocation (<c>STP_MODULE_NAME_LEN</c>), including the NUL.</summary>
    public const int ModuleNameFieldLength = 128;

    /// <summary>Length of the <c>reloc</c> field of a relocation (<c>STP_SYMBOL_NAME_LEN</c>), including the NUL.</summary>
    public const int SymbolNameFieldLength = 128;

    /// <summary>Length of the time-zone name field (<c>STP_TZ_NAME_LEN</c>), including the NUL.</summary>
    public const int TimeZoneNameFieldLength = 64;

    /// <summary>Length of the remote URI field (<c>STP_REMOTE_URI_LEN</c>), including the NUL.</summary>
    public const int RemoteUriFieldLength = 128;

    /// <summary>Size of the (ignored) <c>STP_BULK</c> payload that <c>stapio</c> sends.</summary>
    public const int BulkPayloadSize = 128;

    /// <summary>Size of the pre-1.4 relocation payload, still accepted by modules.</summary>
    public const int LegacyRelocationPayloadSize = 136;

    /// <summary>Longest kernel module name in bytes, without the NUL (<c>MODULE_NAME_LEN</c> - 1 on 64-bit).</summary>
    public const int MaxKernelModuleNameLength = 55;

    /// <summary>Size of the per-CPU print buffer; one data record carries at most this many bytes.</summary>
    public const int PrintBufferSize = 8192;
}
