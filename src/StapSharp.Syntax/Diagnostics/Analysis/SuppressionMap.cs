using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// The suppression comments of one tree: <c># stapsharp-disable [ID, ...]</c> and <c># stapsharp-restore [ID, ...]</c>
    /// switch ids off and on from the comment onwards (no id = every id); <c># stapsharp-disable-next-line [ID, ...]</c>
    /// covers the line after the comment. <c>//</c> and <c>/* */</c> comments work the same.
    /// </summary>
    internal sealed class SuppressionMap
    {
        private const string DisableNextLine = "stapsharp-disable-next-line";
        private const string Disable = "stapsharp-disable";
        private const string Restore = "stapsharp-restore";

        private readonly List<(int Position, bool Disable, ImmutableHashSet<string>? Ids)> _regions = new();
        private readonly Dictionary<int, List<ImmutableHashSet<string>?>> _nextLines = new();
        private readonly SourceText _text;

        private SuppressionMap(SourceText text) => _text = text;

        public static SuppressionMap Create(StapSyntaxTree tree)
        {
            var map = new SuppressionMap(tree.GetText());
            foreach (var trivia in tree.GetRoot().DescendantTrivia())
            {
                if (!trivia.IsKind(SyntaxKind.HashCommentTrivia) && !trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)
                    && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                    continue;
                map.AddComment(trivia.ToFullString(), trivia.Span);
            }
            return map;
        }

        public bool IsSuppressed(string id, int position)
        {
            bool suppressed = false;
            foreach (var (start, disable, ids) in _regions)
            {
                if (start > position) break;
                if (ids == null || ids.Contains(id)) suppressed = disable;
            }
            if (suppressed) return true;
            int line = _text.Lines.GetLineFromPosition(Math.Min(position, _text.Length)).LineNumber;
            if (_nextLines.TryGetValue(line, out var entries))
                foreach (var ids in entries)
                    if (ids == null || ids.Contains(id)) return true;
            return false;
        }

        private void AddComment(string comment, TextSpan span)
        {
            string body = StripCommentMarkers(comment).Trim();
            string directive;
            if (StartsWithWord(body, DisableNextLine)) directive = DisableNextLine;
            else if (StartsWithWord(body, Disable)) directive = Disable;
            else if (StartsWithWord(body, Restore)) directive = Restore;
            else return;

            var ids = ParseIds(body.Substring(directive.Length));
            if (directive == DisableNextLine)
            {
                int line = _text.Lines.GetLineFromPosition(span.End).LineNumber + 1;
                if (!_nextLines.TryGetValue(line, out var list)) _nextLines[line] = list = new();
                list.Add(ids);
            }
            else
            {
                _regions.Add((span.Start, directive == Disable, ids));
            }
        }

        private static string StripCommentMarkers(string comment)
        {
            if (comment.StartsWith("#", StringComparison.Ordinal)) return comment.Substring(1);
            if (comment.StartsWith("//", StringComparison.Ordinal)) return comment.Substring(2);
            if (comment.StartsWith("/*", StringComparison.Ordinal))
            {
                string inner = comment.Substring(2);
                return inner.EndsWith("*/", StringComparison.Ordinal) ? inner.Substring(0, inner.Length - 2) : inner;
            }
            return comment;
        }

        private static bool StartsWithWord(string text, string word) =>
            text.StartsWith(word, StringComparison.Ordinal)
            && (text.Length == word.Length || !(char.IsLetterOrDigit(text[word.Length]) || text[word.Length] == '-'));

        // Ids are letters followed by digits, separated by commas or blanks; the first other word ends the list (a reason may follow).
        private static ImmutableHashSet<string>? ParseIds(string rest)
        {
            var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string part in rest.Split(new[] { ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!IsId(part)) break;
                ids.Add(part);
            }
            return ids.Count == 0 ? null : ids.ToImmutable();
        }

        private static bool IsId(string word)
        {
            int i = 0;
            while (i < word.Length && char.IsLetter(word[i])) i++;
            if (i == 0 || i == word.Length) return false;
            for (; i < word.Length; i++)
                if (!char.IsDigit(word[i])) return false;
            return true;
        }
    }
}
