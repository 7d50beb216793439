using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Reads a kernel <c>.config</c> file the way stap does: every line <c>CONFIG_NAME=value</c> becomes an
    /// entry whose value is the text after the first <c>=</c>, verbatim (quotes included); other lines,
    /// including <c># CONFIG_X is not set</c>, are ignored. Unset options read as the empty string in
    /// preprocessor conditions.
    /// </summary>
    public static class KernelConfiguration
    {
        private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> s_byRelease =
            new(StringComparer.Ordinal);

        /// <summary>An empty configuration (every option unset).</summary>
        public static IReadOnlyDictionary<string, string> Empty { get; } =
            new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Parses the text of a kernel <c>.config</c> file.</summary>
        /// <param name="text">The file contents.</param>
        /// <returns>The options by name (<c>CONFIG_SMP</c> to <c>y</c>).</returns>
        public static IReadOnlyDictionary<string, string> Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var config = new Dictionary<string, string>(StringComparer.Ordinal);
            int position = 0;
            while (position < text.Length)
            {
                int end = text.IndexOf('\n', position);
                if (end < 0) end = text.Length;
                int lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
                if (string.CompareOrdinal(text, position, "CONFIG_", 0, 7) == 0)
                {
                    int equals = text.IndexOf('=', position, lineEnd - position);
                    if (equals >= 0)
                        config[text.Substring(position, equals - position)] = text.Substring(equals + 1, lineEnd - equals - 1);
                }
                position = end + 1;
            }
            return config;
        }

        /// <summary>Loads a kernel <c>.config</c> file; a missing or unreadable file gives <see cref="Empty"/>.</summary>
        /// <param name="path">The path of the <c>.config</c> file.</param>
        /// <returns>The options by name.</returns>
        public static IReadOnlyDictionary<string, string> Load(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            try
            {
                return File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;
            }
            catch (IOException)
            {
                return Empty;
            }
            catch (UnauthorizedAccessException)
            {
                return Empty;
            }
        }

        /// <summary>
        /// The configuration of an installed kernel, read once from <c>/lib/modules/RELEASE/build/.config</c>
        /// and cached; <see cref="Empty"/> when that file does not exist.
        /// </summary>
        /// <param name="kernelRelease">The kernel release, as <c>uname -r</c> prints it.</param>
        /// <returns>The options by name.</returns>
        public static IReadOnlyDictionary<string, string> ForInstalledKernel(string kernelRelease)
        {
            if (kernelRelease is null) throw new ArgumentNullException(nameof(kernelRelease));
            if (kernelRelease.Length == 0 || kernelRelease.IndexOf('/') >= 0 || kernelRelease.IndexOf('\0') >= 0)
                return Empty;
            return s_byRelease.GetOrAdd(kernelRelease, release => Load("/lib/modules/" + release + "/build/.config"));
        }
    }
}
