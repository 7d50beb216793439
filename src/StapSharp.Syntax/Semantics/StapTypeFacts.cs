namespace StapSharp.Semantics
{
    /// <summary>Helpers over <see cref="StapType"/>.</summary>
    public static class StapTypeFacts
    {
        /// <summary>The name stap prints for a type: <c>long</c>, <c>string</c>, <c>stats</c>, <c>unknown</c> (or <c>target</c>).</summary>
        /// <param name="type">The type.</param>
        /// <returns>The display name.</returns>
        public static string GetDisplayName(StapType type) => type switch
        {
            StapType.Long => "long",
            StapType.String => "string",
            StapType.Statistics => "stats",
            StapType.Target => "target",
            _ => "unknown",
        };

        /// <summary>True for the types a value can have after inference (long or string).</summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether the type is long or string.</returns>
        public static bool IsScalar(StapType type) => type is StapType.Long or StapType.String;
    }
}
