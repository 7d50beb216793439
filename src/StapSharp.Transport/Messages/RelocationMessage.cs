namespace StapSharp.Transport;

/// <summary>
/// <c>STP_RELOCATION</c> (<c>struct _stp_msg_relocation</c>, 264 bytes; the legacy 136-byte layout is decoded too):
/// the address of a kernel symbol (module <c>kernel</c>) or of a module section. Root only.
/// </summary>
/// <param name="Module">Module name, <c>kernel</c> for the kernel itself; at most 127 UTF-8 bytes.</param>
/// <param name="Symbol">Symbol or section name, for example <c>_stext</c> or <c>.text</c>; at most 127 UTF-8 bytes.</param>
/// <param name="Address">The address (or the flag 2 for <c>.note.gnu.build-id</c>).</param>
public sealed record RelocationMessage(string Module, string Symbol, ulong Address) : ControlMessage
{
    /// <summary>The module name used for kernel symbols.</summary>
    public const string KernelModuleName = "kernel";

    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Relocation;
}
