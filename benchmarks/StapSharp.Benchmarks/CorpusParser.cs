using System.Collections.Generic;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>The work both the BenchmarkDotNet benchmark and the <c>--quick</c> measurement time.</summary>
    internal static class CorpusParser
    {
        /// <summary>Parses each file into a tree; returns the sum of the roots' full widths.</summary>
        public static long ParseAll(IReadOnlyList<CorpusFile> files, StapParseOptions options)
        {
            long width = 0;
            for (int i = 0; i < files.Count; i++)
            {
                CorpusFile file = files[i];
                StapSyntaxTree tree = StapSyntaxTree.ParseText(file.Text, options, file.Path);
                width += tree.GetRoot().FullWidth;
            }

            return width;
        }
    }
}
