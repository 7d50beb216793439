using System;
using System.Collections.Generic;
using Sprache;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A Sprache input over a string that can jump: <see cref="SpracheSpans.RunOf"/> moves past a whole run of
    /// characters with one allocation, where Sprache's own <c>Input</c> allocates one object per character.
    /// Line and column are only needed in Sprache's error messages, so they are computed when asked for.
    /// </summary>
    internal sealed class StringInput : IInput
    {
        private IDictionary<object, object>? _memos;

        public StringInput(string source)
            : this(source, 0)
        {
        }

        public StringInput(string source, int position)
        {
            Source = source;
            Position = position;
        }

        public string Source { get; }

        public int Position { get; }

        public char Current => Source[Position];

        public bool AtEnd => Position == Source.Length;

        public int Line => 1 + CountNewLines(Source, Position);

        public int Column => Position - (Position == 0 ? 0 : Source.LastIndexOf('\n', Position - 1) + 1) + 1;

        public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

        public IInput Advance()
        {
            if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
            return new StringInput(Source, Position + 1);
        }

        public IInput AdvanceTo(int position) => position == Position ? this : new StringInput(Source, position);

        public bool Equals(IInput? other) =>
            other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

        public override bool Equals(object? obj) => obj is IInput other && Equals(other);

        public override int GetHashCode() => (Source.GetHashCode() * 397) ^ Position;

        public override string ToString() => "Position " + Position;

        private static int CountNewLines(string text, int end)
        {
            int count = 0;
            for (int i = 0; i < end; i++)
                if (text[i] == '\n') count++;
            return count;
        }
    }
}
