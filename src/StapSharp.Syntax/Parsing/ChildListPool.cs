using System;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The parser's reusable child-list builders, kept per thread from one file to the next: a pool per parser
    /// started empty for every file, so its lists grew from nothing again in each of the corpus's 600 files. A parser
    /// looks its thread's pool up once (<see cref="ForCurrentThread"/>; thread-static reads are not free). Rent and
    /// return are exclusive (a rented builder belongs to its caller until returned), so parsers nested on the same
    /// thread are safe.
    /// </summary>
    internal sealed class ChildListPool
    {
        private const int MaxPooled = 64;
        /// <summary>Larger builders are not kept: a file with a huge list should not pin its array forever.</summary>
        private const int MaxRetainedCapacity = 4096;

        [ThreadStatic]
        private static ChildListPool? t_current;

        /// <summary>The free builders in <c>[0, _freeCount)</c> (an array, not a <c>Stack</c>: this runs for most nodes).</summary>
        private readonly GreenNodeListBuilder?[] _free = new GreenNodeListBuilder?[MaxPooled];
        private int _freeCount;

        private ChildListPool()
        {
        }

        /// <summary>This thread's pool.</summary>
        public static ChildListPool ForCurrentThread => t_current ??= new ChildListPool();

        public GreenNodeListBuilder Rent() => _freeCount > 0 ? _free[--_freeCount]! : new GreenNodeListBuilder(8);

        /// <summary>Clears <paramref name="items"/> (dropping its references) and keeps it for the next <see cref="Rent"/>.</summary>
        public void Return(GreenNodeListBuilder items)
        {
            items.Clear();
            if (items.Capacity > MaxRetainedCapacity) return;
            if (_freeCount < MaxPooled) _free[_freeCount++] = items;
        }
    }
}
