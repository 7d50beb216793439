namespace StapSharp.Codegen
{
    /// <summary>The contract between the lowering and the emitter for a procfs probe's <c>$value</c>.</summary>
    internal static class ProcfsValue
    {
        /// <summary>The handler local that holds <c>$value</c>; '$' keeps it apart from every script variable.</summary>
        public const string LocalName = "$value";
    }
}
