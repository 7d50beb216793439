using System;
using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Semantics
{
    /// <summary>
    /// stap's probe-point match tree: built-in families and alias names share one trie keyed by component name
    /// and argument kind. Matching a concrete point walks it like stap's <c>match_node</c>, expanding <c>*</c>
    /// globs in component names, and explains a failure as a mismatch, a truncation or an invalid suffix.
    /// </summary>
    internal sealed class ProbeMatchTree
    {
        private readonly Node _root = new();

        /// <summary>Adds a built-in family.</summary>
        public void Add(ProbeFamilySymbol family)
        {
            var node = _root;
            foreach (var component in family.Components) node = node.GetOrAdd(component.Name, component.Argument);
            node.Family ??= family;
        }

        /// <summary>Adds an alias name; <paramref name="target"/> is the alias symbol or the library file that declares it.</summary>
        public void AddAlias(IReadOnlyList<string> components, object target)
        {
            var node = _root;
            foreach (string name in components) node = node.GetOrAdd(name, ProbeArgumentKind.None);
            (node.Aliases ??= new List<object>()).Add(target);
        }

        /// <summary>Creates a tree over the built-in families only.</summary>
        public static ProbeMatchTree CreateBuiltIn()
        {
            var tree = new ProbeMatchTree();
            foreach (var family in ProbeFamilyCatalog.Families) tree.Add(family);
            return tree;
        }

        /// <summary>Matches a concrete point; the result lists every family and alias target that matched.</summary>
        public ProbeMatchResult Match(IReadOnlyList<(string Name, ProbeArgumentKind Argument)> point)
        {
            var result = new ProbeMatchResult();
            Walk(_root, point, 0, result);
            return result;
        }

        private static void Walk(Node node, IReadOnlyList<(string Name, ProbeArgumentKind Argument)> point, int index, ProbeMatchResult result)
        {
            if (index == point.Count)
            {
                if (node.Family is null && node.Aliases is null)
                {
                    result.Fail(ProbeMatchFailure.Truncated, index - 1, node.Children.Keys.Select(k => Describe(k)).OrderBy(s => s, StringComparer.Ordinal));
                    return;
                }

                if (node.Family is not null) result.Families.Add(node.Family);
                if (node.Aliases is not null) result.Aliases.AddRange(node.Aliases);
                return;
            }

            var (name, argument) = point[index];
            bool matchedAny = false;
            if (name.IndexOf('*') >= 0)
            {
                foreach (var pair in node.Children)
                {
                    if (pair.Key.Argument != argument || !GlobMatches(name, pair.Key.Name)) continue;
                    int before = result.Count;
                    Walk(pair.Value, point, index + 1, result);
                    matchedAny |= result.Count > before;
                }

                if (matchedAny) return;
            }
            else if (node.Children.TryGetValue((name, argument), out var child))
            {
                Walk(child, point, index + 1, result);
                return;
            }

            // An alias followed by more components is an alias with a suffix: the suffix is appended to the alias's
            // right-hand side points (stap's alias suffixes); the binder checks that the result resolves.
            if (node.Aliases is not null)
            {
                foreach (var alias in node.Aliases) result.SuffixedAliases.Add((alias, index));
            }

            var failure = node.Family is not null || node.Aliases is not null ? ProbeMatchFailure.InvalidSuffix : ProbeMatchFailure.Mismatch;
            result.Fail(failure, index, Similar(name, node.Children.Keys.Select(k => k.Name).Distinct()));
        }

        private static string Describe((string Name, ProbeArgumentKind Argument) key) => key.Argument switch
        {
            ProbeArgumentKind.Number => key.Name + "(number)",
            ProbeArgumentKind.String => key.Name + "(string)",
            _ => key.Name,
        };

        /// <summary>Up to five names closest to <paramref name="name"/> by edit distance, as stap suggests them.</summary>
        internal static IEnumerable<string> Similar(string name, IEnumerable<string> candidates) =>
            candidates.Select(c => (Name: c, Distance: EditDistance(name, c)))
                .Where(c => c.Distance <= Math.Max(3, name.Length / 2 + 1))
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Take(5).Select(c => c.Name);

        internal static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        /// <summary>Shell-style match of <c>*</c> (any run of characters) within one component name.</summary>
        internal static bool GlobMatches(string pattern, string text)
        {
            int p = 0, t = 0, star = -1, mark = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && pattern[p] != '*' && pattern[p] == text[t]) { p++; t++; }
                else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
                else if (star >= 0) { p = star + 1; t = ++mark; }
                else return false;
            }

            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }

        private sealed class Node
        {
            public Dictionary<(string Name, ProbeArgumentKind Argument), Node> Children { get; } = new();

            public ProbeFamilySymbol? Family { get; set; }

            public List<object>? Aliases { get; set; }

            public Node GetOrAdd(string name, ProbeArgumentKind argument)
            {
                if (!Children.TryGetValue((name, argument), out var child)) Children[(name, argument)] = child = new Node();
                return child;
            }
        }
    }
}
