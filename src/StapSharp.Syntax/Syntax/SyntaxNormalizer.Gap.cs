using System.Collections.Generic;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    internal sealed partial class SyntaxNormalizer
    {
        /// <summary>How two neighbouring tokens are separated.</summary>
        private enum Layout
        {
            None,
            Space,
            NewLine,
            BlankLine,
        }

        /// <summary>
        /// Builds the trivia of one gap: the kept trivia (comments, directives, disabled/ignored text, skipped
        /// tokens) in their order, with fresh whitespace, end-of-lines and indentation around them.
        /// </summary>
        private sealed class GapBuilder
        {
            private readonly SyntaxNormalizer _owner;
            private bool _atLineStart;
            private bool _separated;
            private bool _anyEndOfLine;
            private bool _done;
            private SyntaxKind _lastKind;

            public GapBuilder(SyntaxNormalizer owner)
            {
                _owner = owner;
            }

            public List<GreenNode> Items { get; } = new();

            public void Build(List<SyntaxTrivia> original, Layout layout, int indent, bool atStart, bool hasNextToken)
            {
                _atLineStart = atStart;
                _separated = atStart;
                bool wantBlank = layout == Layout.BlankLine;

                var kept = Classify(original, atStart);
                foreach (var (node, ownLine, endOfLineAfter) in kept)
                {
                    // Disabled text runs from its directive to the next one: whitespace added next to it would
                    // become part of it when re-lexed, so nothing is ever added on either side.
                    bool touchesDisabledText = node.Kind == SyntaxKind.DisabledTextTrivia || _lastKind == SyntaxKind.DisabledTextTrivia;
                    if (!touchesDisabledText)
                    {
                        if (ownLine && !_atLineStart) NewLine(wantBlank);
                        if (_atLineStart) Add(_owner.Indentation(indent));
                        else if (!_separated) Add(GreenTrivia.Whitespace(" "));
                    }
                    Add(node);
                    _lastKind = node.Kind;
                    _atLineStart = false;
                    _separated = false;
                    if (node.Kind == SyntaxKind.IgnoredTextTrivia || IsUnterminatedComment(node))
                    {
                        _done = true; // everything after a NUL is ignored: add nothing behind it
                        return;
                    }
                    var text = node.ToFullString();
                    if (EndsWithEndOfLine(text))
                    {
                        _atLineStart = true;
                        _separated = true;
                        _anyEndOfLine = true;
                    }
                    else if (EndsInsideLineComment(node, text) || endOfLineAfter)
                    {
                        NewLine(wantBlank);
                    }
                    else if (text.Length > 0 && char.IsWhiteSpace(text[text.Length - 1]))
                    {
                        _separated = true;
                    }
                }

                if (_done || !hasNextToken) return;
                if (layout >= Layout.NewLine)
                {
                    if (!_atLineStart) NewLine(wantBlank);
                    if (wantBlank && !_blankDone) Add(_owner.EndOfLine());
                    Add(_owner.Indentation(indent));
                }
                else if (_atLineStart)
                {
                    Add(_owner.Indentation(indent));
                }
                else if (!_separated && (layout == Layout.Space || kept.Count > 0))
                {
                    Add(GreenTrivia.Whitespace(" "));
                }
            }

            private bool _blankDone;

            private void NewLine(bool wantBlank)
            {
                Add(_owner.EndOfLine());
                if (wantBlank && !_blankDone && !_anyEndOfLine) Add(_owner.EndOfLine());
                _blankDone |= wantBlank;
                _anyEndOfLine = true;
                _atLineStart = true;
                _separated = true;
            }

            private void Add(GreenNode? node)
            {
                if (node != null) Items.Add(node);
            }

            /// <summary>The trivia to keep, each with: was it on a line of its own, and was it followed by an end of line.</summary>
            private static List<(GreenNode node, bool ownLine, bool endOfLineAfter)> Classify(List<SyntaxTrivia> original, bool atStart)
            {
                var kept = new List<(GreenNode, bool, bool)>();
                bool sawEndOfLine = atStart;
                foreach (var trivia in original)
                {
                    switch (trivia.Kind)
                    {
                        case SyntaxKind.WhitespaceTrivia:
                            continue;
                        case SyntaxKind.EndOfLineTrivia:
                            if (!sawEndOfLine && kept.Count > 0)
                            {
                                var last = kept[kept.Count - 1];
                                kept[kept.Count - 1] = (last.Item1, last.Item2, true);
                            }
                            sawEndOfLine = true;
                            continue;
                        default:
                            kept.Add((trivia.UnderlyingNode!, sawEndOfLine, false));
                            sawEndOfLine = false;
                            continue;
                    }
                }
                return kept;
            }

            /// <summary>An unterminated <c>/*</c> swallows the rest of the file: nothing may be added after it.</summary>
            private static bool IsUnterminatedComment(GreenNode node) =>
                node.Kind == SyntaxKind.MultiLineCommentTrivia && !node.ToFullString().EndsWith("*/", System.StringComparison.Ordinal);

            private static bool EndsWithEndOfLine(string text) =>
                text.Length > 0 && (text[text.Length - 1] == '\n' || text[text.Length - 1] == '\r');

            /// <summary>
            /// A line comment, or kept text whose last line may end in one (conservative: any <c>#</c> or <c>//</c>
            /// there); the next token must then start on a new line.
            /// </summary>
            private static bool EndsInsideLineComment(GreenNode node, string text)
            {
                if (node.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia) return true;
                if (node.Kind is SyntaxKind.MultiLineCommentTrivia) return false;
                int lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }) + 1;
                return text.IndexOf('#', lineStart) >= 0 || text.IndexOf("//", lineStart, System.StringComparison.Ordinal) >= 0;
            }
        }
    }
}
