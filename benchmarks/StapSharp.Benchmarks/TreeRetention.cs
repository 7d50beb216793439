using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using StapSharp.Syntax;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// <c>--retention FILE</c>: how many bytes a parsed tree keeps alive per source byte (issue #11 asks for at most 10x),
    /// measured as the live heap after a full collection with the tree held, minus the heap before parsing; plus a census
    /// of the distinct green objects by type (estimated sizes) so that the owner sees what to shrink.
    /// </summary>
    internal static class TreeRetention
    {
        public const string Option = "--retention";

        public static int Run(string[] args)
        {
            if (args.Length < 2 || !File.Exists(args[1]))
            {
                Console.Error.WriteLine("usage: --retention FILE");
                return 2;
            }
            string text = File.ReadAllText(args[1]);
            long before = LiveBytes();
            var tree = StapSyntaxTree.ParseText(text);
            var root = tree.GetRoot();
            long after = LiveBytes();
            long retained = after - before;
            Console.WriteLine(Invariant($"source: {text.Length} chars; retained by the tree: {retained / 1e6:F1} MB = {(double)retained / text.Length:F1}x the source size (the source text itself is {2.0 * text.Length / 1e6:F1} MB of that)"));

            var census = new Dictionary<string, (long Count, long Bytes)>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Census(root.Green, census, seen);
            long total = census.Values.Sum(v => v.Bytes);
            Console.WriteLine(Invariant($"distinct green objects: {census.Values.Sum(v => v.Count)}, estimated {total / 1e6:F1} MB (object headers and fields, 8-byte aligned; strings and arrays they hold included):"));
            foreach (var (type, (count, bytes)) in census.OrderByDescending(p => p.Value.Bytes).Take(20))
                Console.WriteLine(Invariant($"  {bytes / 1e6,7:F2} MB  {count,9}  {type}"));
            GC.KeepAlive(root);
            return 0;
        }

        private static long LiveBytes()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        // An explicit stack: the tree may be deeper than the thread's stack allows recursion.
        private static void Census(GreenNode start, Dictionary<string, (long, long)> census, HashSet<object> seen)
        {
            var stack = new Stack<GreenNode>();
            stack.Push(start);
            while (stack.Count > 0)
            {
                GreenNode node = stack.Pop();
                if (!seen.Add(node)) continue;
                Add(census, node.GetType().Name, EstimatedSize(node));
                if (node is GreenToken token)
                {
                    if (token.Text.Length > 0 && seen.Add(token.Text)) Add(census, "string (token text)", 22 + 2L * token.Text.Length);
                    if (token.Value is long && seen.Add(token.Value)) Add(census, "boxed long", 24);
                    if (token.GetLeadingTrivia() is { } leading) stack.Push(leading);
                    if (token.GetTrailingTrivia() is { } trailing) stack.Push(trailing);
                    continue;
                }
                for (int i = 0; i < node.SlotCount; i++)
                    if (node.GetSlot(i) is { } child) stack.Push(child);
            }
        }

        private static void Add(Dictionary<string, (long Count, long Bytes)> census, string type, long bytes)
        {
            census.TryGetValue(type, out var entry);
            census[type] = (entry.Count + 1, entry.Bytes + bytes);
        }

        // Header (16) + the instance fields, each counted as 8 bytes except the GreenNode base's kind/width/flags (8).
        private static long EstimatedSize(GreenNode node)
        {
            int fields = 0;
            for (var type = node.GetType(); type != null && type != typeof(GreenNode); type = type.BaseType)
                fields += type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.DeclaredOnly).Length;
            return 16 + 8 + 8L * fields;
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
