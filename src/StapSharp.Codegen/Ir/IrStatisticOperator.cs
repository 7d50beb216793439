namespace StapSharp.Codegen.Ir
{
    /// <summary>The statistics extractors.</summary>
    internal enum IrStatisticOperator
    {
        /// <summary><c>@count</c> (0 when empty)</summary>
        Count = 0,
        /// <summary><c>@sum</c> (0 when empty)</summary>
        Sum = 1,
        /// <summary><c>@min</c> (a run-time error when empty)</summary>
        Min = 2,
        /// <summary><c>@max</c> (a run-time error when empty)</summary>
        Max = 3,
        /// <summary><c>@avg</c> (a run-time error when empty)</summary>
        Average = 4,
        /// <summary><c>@variance</c> (a run-time error when empty; 0 for a single value)</summary>
        Variance = 5,
    }
}
