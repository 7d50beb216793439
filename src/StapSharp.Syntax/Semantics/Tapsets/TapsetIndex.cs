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

        public static TapsetIndex Build(ImmutableArray<string> files)
        {
            var scanned = new List<TapsetFileIndex>(files.Length);
            var aliases = ImmutableArray.CreateBuilder<(ImmutableArray<string>, string)>();
            foreach (string path in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                var index = TapsetScanner.Scan(path, text);
                scanned.Add(index);
                foreach (var alias in index.Aliases) aliases.Add((alias, path));
            }

            return new TapsetIndex(aliases.ToImmutable(), scanned);
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
