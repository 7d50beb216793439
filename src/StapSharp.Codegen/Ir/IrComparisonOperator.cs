namespace StapSharp.Codegen.Ir
{
    /// <summary>The comparison operators.</summary>
    internal enum IrComparisonOperator
    {
        /// <summary><c>==</c></summary>
        Equal = 0,
        /// <summary><c>!=</c></summary>
        NotEqual = 1,
        /// <summary><c>&lt;</c></summary>
        LessThan = 2,
        /// <summary><c>&lt;=</c></summary>
        LessThanOrEqual = 3,
        /// <summary><c>&gt;</c></summary>
        GreaterThan = 4,
        /// <summary><c>&gt;=</c></summary>
        GreaterThanOrEqual = 5,
    }
}
