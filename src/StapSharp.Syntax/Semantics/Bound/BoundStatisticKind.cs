namespace StapSharp.Semantics
{
    /// <summary>The extractor of a <see cref="BoundStatistic"/> or of a foreach sort (<see cref="BoundForeachSort.Aggregate"/>).</summary>
    public enum BoundStatisticKind
    {
        /// <summary><c>@count</c>.</summary>
        Count = 0,

        /// <summary><c>@sum</c>.</summary>
        Sum = 1,

        /// <summary><c>@min</c>.</summary>
        Min = 2,

        /// <summary><c>@max</c>.</summary>
        Max = 3,

        /// <summary><c>@avg</c>.</summary>
        Average = 4,

        /// <summary><c>@variance</c>.</summary>
        Variance = 5,
    }
}
