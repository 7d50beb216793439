namespace StapSharp.Semantics
{
    /// <summary>The operator of a <see cref="BoundBinary"/> (and the operation of a compound <see cref="BoundAssignment"/>).</summary>
    public enum BoundBinaryOperatorKind
    {
        /// <summary><c>+</c>.</summary>
        Add = 0,

        /// <summary><c>-</c>.</summary>
        Subtract = 1,

        /// <summary><c>*</c>.</summary>
        Multiply = 2,

        /// <summary><c>/</c>.</summary>
        Divide = 3,

        /// <summary><c>%</c>.</summary>
        Modulo = 4,

        /// <summary><c>&lt;&lt;</c>.</summary>
        ShiftLeft = 5,

        /// <summary><c>&gt;&gt;</c>.</summary>
        ShiftRight = 6,

        /// <summary><c>&gt;&gt;&gt;</c>.</summary>
        UnsignedShiftRight = 7,

        /// <summary><c>&amp;</c>.</summary>
        BitwiseAnd = 8,

        /// <summary><c>|</c>.</summary>
        BitwiseOr = 9,

        /// <summary><c>^</c>.</summary>
        ExclusiveOr = 10,

        /// <summary><c>.</c>, string concatenation.</summary>
        Concatenate = 11,

        /// <summary><c>==</c>.</summary>
        Equal = 12,

        /// <summary><c>!=</c>.</summary>
        NotEqual = 13,

        /// <summary><c>&lt;</c>.</summary>
        LessThan = 14,

        /// <summary><c>&lt;=</c>.</summary>
        LessThanOrEqual = 15,

        /// <summary><c>&gt;</c>.</summary>
        GreaterThan = 16,

        /// <summary><c>&gt;=</c>.</summary>
        GreaterThanOrEqual = 17,

        /// <summary><c>&amp;&amp;</c>.</summary>
        LogicalAnd = 18,

        /// <summary><c>||</c>.</summary>
        LogicalOr = 19,
    }
}
