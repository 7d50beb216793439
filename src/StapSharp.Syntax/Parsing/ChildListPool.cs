using System;
using System.Collections.Generic;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The parser's reusable child-list builders, kept per thread from one file to the next: a pool per parser
    /// started empty for every file, so its lists grew from nothing again in each of the corpus's 600 files. Rent
    /// and return are exclusive (a rented list belongs to its caller until returned), so parsers nested on the same
    /// thread are safe.
    /// </summary>
    internal static class ChildListPool
    {
        private const int MaxPooled = 64;
        /// <summary>Larger builders are not kept: a file with a huge list should not pin its array forever.</summary>
        private const int MaxRetainedCapacity = 4096;

        [ThreadStatic]
        private static Stack<List<GreenNode>>? t_pool;

        public static List<GreenNode> Rent()
        {
            var pool = t_pool;
            return pool is { Count: > 0 } ? pool.Pop() : new List<GreenNode>(8);
        }

        /// <summary>Clears <paramref name="items"/> and keeps it for the next <see cref="Rent"/> on this thread.</summary>
        public static void Return(List<GreenNode> items)
        {
            items.Clear();
            if (items.Capacity > MaxRetainedCapacity) return;
            var pool = t_pool ??= new Stack<List<GreenNode>>(MaxPooled);
            if (pool.Count < MaxPooled) pool.Push(items);
        }
    }
}
