namespace StapSharp.Semantics
{
    /// <summary>The inferred type of an expression.</summary>
    public readonly struct TypeInfo
    {
        internal TypeInfo(StapType type) => Type = type;

        /// <summary>The type (<see cref="StapType.Unknown"/> for expressions without a value, such as <c>print(...)</c>).</summary>
        public StapType Type { get; }
    }
}
