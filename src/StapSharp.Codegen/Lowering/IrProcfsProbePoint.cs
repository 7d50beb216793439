namespace StapSharp.Codegen
{
    /// <summary>A <c>procfs("path").read</c> or <c>.write</c> probe point.</summary>
    /// <param name="Path">The file name under <c>/proc/systemtap/MODULE/</c>.</param>
    /// <param name="IsWrite">True for <c>.write</c>, false for <c>.read</c>.</param>
    public sealed record IrProcfsProbePoint(string Path, bool IsWrite) : IrProbePoint
    {
        /// <inheritdoc/>
        public override string ToProbePointString() => "procfs(\"" + Path + "\")." + (IsWrite ? "write" : "read");
    }
}
