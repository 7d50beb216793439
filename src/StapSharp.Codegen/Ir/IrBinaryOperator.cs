namespace StapSharp.Codegen.Ir
{
    /// <summary>The arithmetic and bitwise operators on longs.</summary>
    internal enum IrBinaryOperator
    {
        /// <summary><c>+</c></summary>
        Add = 0,
        /// <summary><c>-</c></summary>
        Subtract = 1,
        /// <summary><c>*</c></summary>
        Multiply = 2,
        /// <summary><c>/</c> (a run-time error on division by 0)</summary>
        Divide = 3,
        /// <summary><c>%</c> (a run-time error on division by 0)</summary>
        Modulo = 4,
        /// <summary><c>&lt;&lt;</c></summary>
        ShiftLeft = 5,
        /// <summary><c>&gt;&gt;</c> (arithmetic)</summary>
        ShiftRight = 6,
        /// <summary><c>&gt;&gt;&gt;</c> (logical)</summary>
        UnsignedShiftRight = 7,
        /// <summary><c>&amp;</c></summary>
        BitwiseAnd = 8,
        /// <summary><c>|</c></summary>
        BitwiseOr = 9,
        /// <summary><c>^</c></summary>
        ExclusiveOr = 10,
    }
}
