using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>The leading or trailing trivia of a token.</summary>
    public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>, IEquatable<SyntaxTriviaList>
    {
        private readonly GreenNode? _node;

        internal SyntaxTriviaList(SyntaxToken token, GreenNode? node, int position)
        {
            Token = token;
            _node = node;
            Position = position;
        }

        /// <summary>A list of the given trivia (not attached to any token).</summary>
        /// <param name="trivia">The trivia.</param>
        public SyntaxTriviaList(IEnumerable<SyntaxTrivia> trivia)
            : this(default, ToGreen(trivia), 0)
        {
        }

        /// <summary>An empty list.</summary>
        public static SyntaxTriviaList Empty => default;

        /// <summary>The token that owns the list.</summary>
        public SyntaxToken Token { get; }

        /// <summary>The start of the first trivia.</summary>
        public int Position { get; }

        internal GreenNode? Node => _node;

        /// <summary>The number of trivia.</summary>
        public int Count => _node == null ? 0 : _node.IsList ? _node.SlotCount : 1;

        /// <summary>The trivia at <paramref name="index"/>.</summary>
        /// <param name="index">The index.</param>
        public SyntaxTrivia this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                if (!_node!.IsList) return new SyntaxTrivia(Token, _node, Position);
                return new SyntaxTrivia(Token, _node.GetSlot(index), Position + _node.GetSlotOffset(index));
            }
        }

        /// <summary>True if the list holds any trivia of the given kind.</summary>
        /// <param name="kind">The kind to look for.</param>
        public bool Any(SyntaxKind kind)
        {
            foreach (var trivia in this)
                if (trivia.Kind == kind) return true;
            return false;
        }

        /// <summary>A new list with <paramref name="trivia"/> appended.</summary>
        /// <param name="trivia">The trivia to add.</param>
        public SyntaxTriviaList Add(SyntaxTrivia trivia) => AddRange(new[] { trivia });

        /// <summary>A new list with <paramref name="trivia"/> appended.</summary>
        /// <param name="trivia">The trivia to add.</param>
        public SyntaxTriviaList AddRange(IEnumerable<SyntaxTrivia> trivia) => new(this.Concat(trivia));

        /// <summary>A new list with <paramref name="trivia"/> inserted at <paramref name="index"/>.</summary>
        /// <param name="index">Where to insert.</param>
        /// <param name="trivia">The trivia to insert.</param>
        public SyntaxTriviaList Insert(int index, SyntaxTrivia trivia)
        {
            var items = this.ToList();
            items.Insert(index, trivia);
            return new(items);
        }

        /// <summary>A new list without the trivia at <paramref name="index"/>.</summary>
        /// <param name="index">The index to remove.</param>
        public SyntaxTriviaList RemoveAt(int index)
        {
            var items = this.ToList();
            items.RemoveAt(index);
            return new(items);
        }

        internal static GreenNode? ToGreen(IEnumerable<SyntaxTrivia>? trivia)
        {
            if (trivia == null) return null;
            if (trivia is SyntaxTriviaList list) return list._node;
            var greens = new List<GreenNode>();
            foreach (var item in trivia)
                if (item.UnderlyingNode != null) greens.Add(item.UnderlyingNode);
            return GreenList.Create(greens);
        }

        /// <summary>The text of all trivia.</summary>
        public override string ToString() => _node?.ToFullString() ?? string.Empty;

        /// <summary>The text of all trivia.</summary>
        public string ToFullString() => ToString();

        /// <summary>Enumerates the trivia.</summary>
        public Enumerator GetEnumerator() => new(this);

        IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(SyntaxTriviaList other) => ReferenceEquals(_node, other._node) && Token.Equals(other.Token) && Position == other.Position;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxTriviaList other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (_node?.GetHashCode() ?? 0) ^ Position;

        /// <summary>True if both lists are the same.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator ==(SyntaxTriviaList left, SyntaxTriviaList right) => left.Equals(right);

        /// <summary>True if the lists differ.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator !=(SyntaxTriviaList left, SyntaxTriviaList right) => !left.Equals(right);

        /// <summary>Enumerates the trivia of a list, computing positions incrementally.</summary>
        public struct Enumerator : IEnumerator<SyntaxTrivia>
        {
            private readonly SyntaxTriviaList _list;
            private int _index;
            private int _position;
            private SyntaxTrivia _current;

            internal Enumerator(SyntaxTriviaList list)
            {
                _list = list;
                _index = -1;
                _position = list.Position;
                _current = default;
            }

            /// <inheritdoc/>
            public SyntaxTrivia Current => _current;

            object IEnumerator.Current => _current;

            /// <inheritdoc/>
            public bool MoveNext()
            {
                if (_index + 1 >= _list.Count) return false;
                _index++;
                var node = _list._node!;
                var green = node.IsList ? node.GetSlot(_index) : node;
                _current = new SyntaxTrivia(_list.Token, green, _position);
                _position += green?.FullWidth ?? 0;
                return true;
            }

            /// <inheritdoc/>
            public void Reset()
            {
                _index = -1;
                _position = _list.Position;
            }

            /// <inheritdoc/>
            public void Dispose()
            {
            }
        }
    }
}
