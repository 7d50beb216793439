namespace StapSharp.Semantics
{
    /// <summary>The operator of a <see cref="BoundUnary"/>.</summary>
    public enum BoundUnaryOperatorKind
    {
        /// <summary><c>+x</c>.</summary>
        Plus = 0,

        /// <summary><c>-x</c>.</summary>
        Negate = 1,

        /// <summary><c>!x</c>.</summary>
        LogicalNot = 2,

        /// <summary><c>~x</c>.</summary>
        BitwiseNot = 3,

        /// <summary><c>&amp;x</c>, the address of a target expression.</summary>
        AddressOf = 4,
    }
}
