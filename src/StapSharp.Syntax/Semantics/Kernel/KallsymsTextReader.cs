using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Reads the text form shared by <c>System.map</c> and <c>/proc/kallsyms</c>: <c>ADDRESS TYPE NAME</c> per line,
    /// with <c>\t[MODULE]</c> after symbols of loaded modules (kallsyms only). Also recognises the stub that
    /// distributions ship instead of a real <c>System.map</c> (Debian's single line saying the real one is in the
    /// <c>-dbg</c> package), which must not be taken for an empty kernel.
    /// </summary>
    internal static class KallsymsTextReader
    {
        /// <summary>Fewer symbols than this cannot be a kernel's map (a real one has tens of thousands).</summary>
        private const int MinimumRealMap = 1000;

        public static List<KernelSymbol> Read(TextReader reader)
        {
            if (reader is null) throw new ArgumentNullException(nameof(reader));
            var symbols = new List<KernelSymbol>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (TryParseLine(line, out KernelSymbol symbol)) symbols.Add(symbol);
            }
            return symbols;
        }

        public static bool TryParseLine(string line, out KernelSymbol symbol)
        {
            symbol = default;
            int firstSpace = line.IndexOf(' ');
            if (firstSpace <= 0 || firstSpace + 3 >= line.Length || line[firstSpace + 2] != ' ') return false;
            if (!ulong.TryParse(line.Substring(0, firstSpace), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong address))
                return false;
            char type = line[firstSpace + 1];
            int nameStart = firstSpace + 3;
            int tab = line.IndexOf('\t', nameStart);
            string name = tab < 0 ? line.Substring(nameStart) : line.Substring(nameStart, tab - nameStart);
            if (name.Length == 0 || name.IndexOf(' ') >= 0) return false;
            string? module = null;
            if (tab >= 0)
            {
                string rest = line.Substring(tab + 1).Trim();
                if (rest.Length > 2 && rest[0] == '[' && rest[rest.Length - 1] == ']') module = rest.Substring(1, rest.Length - 2);
            }
            symbol = new KernelSymbol(address, type, name, module);
            return true;
        }

        /// <summary>
        /// Why the file at <paramref name="path"/> is not a usable symbol map (missing, unreadable, a stub), or null
        /// when it is one. Only the first lines are read.
        /// </summary>
        public static string? StubProblem(string path)
        {
            try
            {
                if (!File.Exists(path)) return "it does not exist";
                using var reader = new StreamReader(path);
                int lines = 0;
                string? line;
                while (lines < MinimumRealMap && (line = reader.ReadLine()) != null)
                {
                    if (!TryParseLine(line, out _))
                        return "it is not a symbol map (line " + (lines + 1) + ": '" + Shorten(line) + "')";
                    lines++;
                }
                if (lines < MinimumRealMap)
                {
                    // Debian: "ffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package"
                    // (a name with spaces, which TryParseLine refuses above); anything this short is not a kernel.
                    return "it has only " + lines + " symbol line(s), a stub rather than the kernel's map";
                }
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "it cannot be read (" + e.Message + ")";
            }
        }

        private static string Shorten(string line) => line.Length <= 80 ? line : line.Substring(0, 77) + "...";
    }
}
