using System;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The word table and token cache of a lexer, kept per thread from one file to the next. A fresh pair per file
    /// cost ~40 KB of tables (and their warm-up) for every tapset file; shared, a word or token seen in any earlier
    /// file is found again. A lexer owns the pair exclusively from construction to its end of file (another lexer on
    /// the same thread meanwhile gets its own), so sharing needs no locks. Cached tokens are immutable green tokens,
    /// so trees may share them.
    /// </summary>
    internal sealed class LexerCaches
    {
        /// <summary>A word table past this many words is dropped rather than kept for the thread's lifetime.</summary>
        private const int MaxRetainedWords = 32 * 1024;

        [ThreadStatic]
        private static LexerCaches? t_free;

        private LexerCaches(int levelKey)
        {
            LevelKey = levelKey;
        }

        /// <summary>Which language-level-dependent lexing these caches hold (keyword kinds, string values).</summary>
        public int LevelKey { get; }

        public LexerTextTable Words { get; } = new();

        public LexerTokenCache Tokens { get; } = new();

        public TextValueCache LiteralValues { get; } = new();

        /// <summary>Takes this thread's caches when they were made for <paramref name="levelKey"/>, else new ones.</summary>
        public static LexerCaches Rent(int levelKey)
        {
            var caches = t_free;
            if (caches is null || caches.LevelKey != levelKey) return new LexerCaches(levelKey);
            t_free = null;
            return caches;
        }

        /// <summary>Gives the caches back to this thread when the lexer is done with them.</summary>
        public static void Return(LexerCaches caches)
        {
            if (caches.Words.Count <= MaxRetainedWords) t_free = caches;
        }
    }
}
