using System;

namespace StapSharp.Vm.Testing;

/// <summary>The VM harness itself failed (a script could not be built, QEMU did not finish, ...).</summary>
public sealed class VmHarnessException : Exception
{
    public VmHarnessException(string message)
        : base(message)
    {
    }
}
