namespace StapSharp.Syntax
{
    /// <summary>How a <see cref="KernelTarget"/> was chosen (printed by <c>stapsharp -v</c>).</summary>
    public enum KernelTargetSource
    {
        /// <summary>An explicit release (stap's <c>-r</c>).</summary>
        Explicit = 0,

        /// <summary>The running kernel, whose build tree is installed.</summary>
        RunningKernel = 1,

        /// <summary>The newest installed build tree (the running kernel's is not installed).</summary>
        NewestInstalled = 2,

        /// <summary>A build tree given by path (<see cref="KernelTarget.FromBuildTree"/>).</summary>
        BuildTree = 3,
    }
}
