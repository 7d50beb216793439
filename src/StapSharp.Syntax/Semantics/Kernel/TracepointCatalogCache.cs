using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Keeps a <see cref="TracepointCatalog"/> between processes. The file name is a fingerprint of every candidate
    /// header (path, size, modification time), the whole <c>.config</c> and the format version, so a changed header or
    /// option selects a new file. Only files of the current user that nobody else can write are read.
    /// </summary>
    internal static class TracepointCatalogCache
    {
        private const int FormatVersion = 1;
        private const string Magic = "# StapSharp tracepoint catalogue";

        public static string? PathFor(string cacheRoot, IEnumerable<string> headers, IReadOnlyDictionary<string, string> config)
        {
            var text = new StringBuilder(64 * 1024);
            text.Append(Magic).Append(' ').Append(FormatVersion).Append('\n');
            try
            {
                foreach (string path in headers)
                {
                    var info = new FileInfo(path);
                    text.Append(path).Append('\0').Append(info.Length).Append('\0').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            foreach (var option in config.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                text.Append(option.Key).Append('=').Append(option.Value).Append('\n');

            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            var hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            return Path.Combine(cacheRoot, "tracepoints", "catalog-" + hex + ".txt");
        }

        public static (ImmutableArray<TracepointDefinition> Tracepoints, ImmutableArray<string> Headers)? TryLoad(string path)
        {
            if (!KernelSymbolTableLoader.TrustedFile(path)) return null;
            try
            {
                var tracepoints = ImmutableArray.CreateBuilder<TracepointDefinition>();
                var headers = ImmutableArray.CreateBuilder<string>();
                using var reader = new StreamReader(path, Encoding.UTF8);
                if (reader.ReadLine() != Magic + " " + FormatVersion) return null;
                string? line;
                while ((line = reader.ReadLine()) != null)
                {
                    string[] fields = line.Split('\t');
                    if (fields[0] == "H" && fields.Length == 2)
                    {
                        headers.Add(fields[1]);
                    }
                    else if (fields[0] == "T" && fields.Length >= 5 && (fields.Length - 5) % 2 == 0)
                    {
                        var parameters = ImmutableArray.CreateBuilder<TracepointParameter>((fields.Length - 5) / 2);
                        for (int i = 5; i < fields.Length; i += 2) parameters.Add(new TracepointParameter(fields[i], fields[i + 1]));
                        tracepoints.Add(new TracepointDefinition(fields[1], fields[2], fields[3], fields[4], parameters.MoveToImmutable()));
                    }
                    else
                    {
                        return null;
                    }
                }
                return (tracepoints.ToImmutable(), headers.ToImmutable());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public static void TrySave(string path, IReadOnlyList<TracepointDefinition> tracepoints, IReadOnlyList<string> headers)
        {
            var text = new StringBuilder(tracepoints.Count * 120);
            text.Append(Magic).Append(' ').Append(FormatVersion).Append('\n');
            foreach (string header in headers) text.Append("H\t").Append(header).Append('\n');
            foreach (TracepointDefinition tracepoint in tracepoints)
            {
                text.Append("T\t").Append(tracepoint.System).Append('\t').Append(tracepoint.Name).Append('\t')
                    .Append(tracepoint.Macro).Append('\t').Append(tracepoint.Header);
                foreach (TracepointParameter parameter in tracepoint.Parameters) text.Append('\t').Append(parameter.Type).Append('\t').Append(parameter.Name);
                text.Append('\n');
            }
            try
            {
                TrustedPath.EnsureDirectory(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!);
                TrustedPath.EnsureDirectory(Path.GetDirectoryName(path)!);
                KernelSymbolTableLoader.WriteAtomically(path, text.ToString());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only costs the next process a read of the headers.
            }
        }
    }
}
