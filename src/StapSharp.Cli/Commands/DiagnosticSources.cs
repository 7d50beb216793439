using System;
using System.Collections.Concurrent;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// The source text behind a diagnostic's path, for the excerpt under it. Our diagnostics carry a path, not
    /// the text, so scripts given with <c>-e</c> or on stdin are remembered here and files are read again when
    /// (and only when) a diagnostic points into them: keeping every parsed text alive would cost the parse of
    /// hundreds of files their memory for a handful of diagnostics.
    /// </summary>
    internal static class DiagnosticSources
    {
        private static readonly ConcurrentDictionary<string, SourceText?> s_texts = new(StringComparer.Ordinal);

        /// <summary>Forgets everything (each command line starts afresh; the tests run many in one process).</summary>
        public static void Clear() => s_texts.Clear();

        /// <summary>Remembers the text of a script that did not come from a file.</summary>
        public static void Remember(ScriptInput input)
        {
            if (!input.IsFile)
                s_texts[input.Name] = SourceText.From(input.Text!);
        }

        /// <summary>The text for a diagnostic's path, or null when there is none to show.</summary>
        public static SourceText? Find(string path) => s_texts.GetOrAdd(path, ReadOrNull);

        private static SourceText? ReadOrNull(string path)
        {
            if (path.Length == 0 || path[0] == '<' || !File.Exists(path))
                return null;
            try
            {
                return SourceText.From(StapSourceFile.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }
    }
}
