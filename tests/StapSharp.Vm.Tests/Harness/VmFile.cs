namespace StapSharp.Vm.Testing;

/// <summary>A host file copied into the guest (an executable also gets the shared libraries ldd lists).</summary>
/// <param name="HostPath">Path on the host.</param>
/// <param name="GuestPath">Absolute path in the guest.</param>
/// <param name="IsExecutable">Copy with its shared libraries and make it executable.</param>
public sealed record VmFile(string HostPath, string GuestPath, bool IsExecutable = false);
