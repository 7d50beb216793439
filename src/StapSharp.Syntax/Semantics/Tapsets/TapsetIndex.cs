using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace StapSharp.Semantics
{
    /// <summary>Name-to-file maps over every library file, built from <see cref="TapsetScanner"/> results.</summary>
    internal sealed class TapsetIndex
    {
        private readonly Dictionary<string, ImmutableArray<string>.Builder> _functions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImmutableArray<string>.Builder> _globals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImmutableArray<string>.Builder> _macros = new(StringComparer.Ordinal);

        private TapsetIndex(ImmutableArray<(ImmutableArray<string>, string)> aliases, IEnumerable<TapsetFileIndex> files)
        {
            Aliases = aliases;
            foreach (var file in files)
            {
                foreach (string name in file.Functions) Add(_functions, name, file.Path);
                foreach (string name in file.Globals) Add(_globals, name, file.Path);
                foreach (string name in file.Macros) Add(_macros, name, file.Path);
            }
        }

        public ImmutableArray<(ImmutableArray<string> Components, string Path)> Aliases { get; }

        public IEnumerable<string> AllFunctionNames => _functions.Keys;

        /// <summary>Scans every file, or loads the scan from <paramref name="cacheDirectory"/> when the files are unchanged.</summary>
        public static TapsetIndex Build(ImmutableArray<string> files, string? cacheDirectory = null)
        {
            string? fingerprint = cacheDirectory is null ? null : TapsetIndexCache.Fingerprint(files);
            List<TapsetFileIndex>? scanned = fingerprint is null ? null : TapsetIndexCache.TryLoad(cacheDirectory!, fingerprint, files);
            if (scanned is null)
            {
                scanned = Scan(files, out bool complete);
                if (fingerprint is not null && complete) TapsetIndexCache.TrySave(cacheDirectory!, fingerprint, scanned);
            }

            var aliases = ImmutableArray.CreateBuilder<(ImmutableArray<string>, string)>();
            foreach (var file in scanned)
            {
                foreach (var alias in file.Aliases) aliases.Add((alias, file.Path));
            }

            return new TapsetIndex(aliases.ToImmutable(), scanned);
        }

        // A file that cannot be read counts as empty (and the result is not worth caching: permissions may change).
        private static List<TapsetFileIndex> Scan(ImmutableArray<string> files, out bool complete)
        {
            complete = true;
            var scanned = new List<TapsetFileIndex>(files.Length);
            foreach (string path in files)
            {
                string text;
                try
                {
                    text = StapSharp.Syntax.StapSourceFile.ReadAllText(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    text = string.Empty;
                    complete = false;
                }

                scanned.Add(TapsetScanner.Scan(path, text));
            }

            return scanned;
        }

        public ImmutableArray<string> FunctionFiles(string name) => Get(_functions, name);

        public ImmutableArray<string> GlobalFiles(string name) => Get(_globals, name);

        public ImmutableArray<string> MacroFiles(string name) => Get(_macros, name);

        private static void Add(Dictionary<string, ImmutableArray<string>.Builder> map, string name, string path)
        {
            if (!map.TryGetValue(name, out var list)) map[name] = list = ImmutableArray.CreateBuilder<string>();
            if (!list.Contains(path)) list.Add(path);
        }

        private static ImmutableArray<string> Get(Dictionary<string, ImmutableArray<string>.Builder> map, string name) =>
            map.TryGetValue(name, out var list) ? list.ToImmutable() : ImmutableArray<string>.Empty;
    }
}
