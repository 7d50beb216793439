using System;
using System.Collections;
using System.Collections.Generic;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// One element of a green node array. Arrays of this struct take stores without the covariance check that every
    /// store into a <c>GreenNode[]</c> pays (the element type is abstract, so the check walks the class hierarchy):
    /// that check was 3-4% of a corpus parse.
    /// </summary>
    internal struct GreenListItem
    {
        public GreenNode Node;
    }

    /// <summary>
    /// The growing list the lexer and parser collect children and trivia in before they become a <see cref="GreenList"/>.
    /// Unlike <c>List&lt;GreenNode&gt;</c> it stores into <see cref="GreenListItem"/>s and empties in O(1)
    /// (<see cref="Reset"/>), which matters because the lexer empties its trivia builders for every token.
    /// </summary>
    internal sealed class GreenNodeListBuilder : IReadOnlyList<GreenNode>
    {
        private GreenListItem[] _items;
        private int _count;

        public GreenNodeListBuilder(int capacity = 8)
        {
            _items = new GreenListItem[Math.Max(capacity, 1)];
        }

        public int Count => _count;

        public int Capacity => _items.Length;

        public GreenNode this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
                return _items[index].Node;
            }
            set
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
                _items[index].Node = value;
            }
        }

        public void Add(GreenNode node)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[_count++].Node = node;
        }

        public void AddRange(GreenNodeListBuilder other)
        {
            for (int i = 0; i < other._count; i++) Add(other._items[i].Node);
        }

        /// <summary>Empties the builder in O(1); the old references stay until overwritten (use <see cref="Clear"/> to drop them).</summary>
        public void Reset() => _count = 0;

        /// <summary>Empties the builder and drops its references, so that a pooled builder keeps no tree alive.</summary>
        public void Clear()
        {
            Array.Clear(_items, 0, _count);
            _count = 0;
        }

        /// <summary>A copy of the items (for a <see cref="GreenList"/> of three or more).</summary>
        public GreenListItem[] ToItemArray()
        {
            var array = new GreenListItem[_count];
            Array.Copy(_items, array, _count);
            return array;
        }

        public IEnumerator<GreenNode> GetEnumerator()
        {
            for (int i = 0; i < _count; i++) yield return _items[i].Node;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
