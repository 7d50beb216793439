namespace StapSharp.Semantics
{
    /// <summary>The operator of a <see cref="BoundAssignment"/>.</summary>
    public enum BoundAssignmentOperatorKind
    {
        /// <summary><c>=</c>.</summary>
        Simple = 0,

        /// <summary><c>&lt;&lt;&lt;</c>: adds a value to a statistics aggregate.</summary>
        Aggregate = 1,

        /// <summary><c>.=</c>.</summary>
        Concatenate = 2,

        /// <summary><c>+=</c>.</summary>
        Add = 3,

        /// <summary><c>-=</c>.</summary>
        Subtract = 4,

        /// <summary><c>*=</c>.</summary>
        Multiply = 5,

        /// <summary><c>/=</c>.</summary>
        Divide = 6,

        /// <summary><c>%=</c>.</summary>
        Modulo = 7,

        /// <summary><c>&lt;&lt;=</c>.</summary>
        ShiftLeft = 8,

        /// <summary><c>&gt;&gt;=</c>.</summary>
        ShiftRight = 9,

        /// <summary><c>&amp;=</c>.</summary>
        BitwiseAnd = 10,

        /// <summary><c>^=</c>.</summary>
        ExclusiveOr = 11,

        /// <summary><c>|=</c>.</summary>
        BitwiseOr = 12,
    }
}
