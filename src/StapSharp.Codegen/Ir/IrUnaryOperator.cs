namespace StapSharp.Codegen.Ir
{
    /// <summary>The unary operators on longs.</summary>
    internal enum IrUnaryOperator
    {
        /// <summary><c>-x</c></summary>
        Negate = 0,
        /// <summary><c>~x</c></summary>
        BitwiseNot = 1,
        /// <summary><c>!x</c></summary>
        LogicalNot = 2,
    }
}
