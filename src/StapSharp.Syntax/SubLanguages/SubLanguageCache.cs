using System;
using System.Collections.Concurrent;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A thread-safe memo of parse results per distinct string. The same format or spec text appears many times
    /// in a tapset corpus, so each is parsed once. The size cap keeps a long-running host (an IDE, a server)
    /// from growing without bound: when the cap is reached the cache is emptied and refills with what is used.
    /// </summary>
    internal sealed class SubLanguageCache<T>
        where T : class
    {
        private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
        private readonly Func<string, T> _parse;

        public SubLanguageCache(Func<string, T> parse, int capacity)
        {
            _parse = parse;
            Capacity = capacity;
        }

        public int Capacity { get; }

        public int Count => _entries.Count;

        public T GetOrParse(string text)
        {
            if (_entries.TryGetValue(text, out T? cached)) return cached;
            T parsed = _parse(text);
            if (_entries.Count >= Capacity) _entries.Clear();
            return _entries.GetOrAdd(text, parsed);
        }

        public void Clear() => _entries.Clear();
    }
}
