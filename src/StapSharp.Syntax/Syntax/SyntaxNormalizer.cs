using System.Collections.Generic;
using System.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Re-lays out whitespace the stap way: one statement per line, 4-space indents, <c>probe a.b("x") {</c>,
    /// spaces around binary operators, none before call parentheses. Comments, preprocessor directives,
    /// disabled text, skipped tokens and macro bodies are kept. Tokens are never glued into a different token
    /// (checked with the real lexer), and probe-point name pieces keep their adjacency (it is significant).
    /// </summary>
    internal sealed partial class SyntaxNormalizer : StapSyntaxRewriter
    {
        private readonly List<SyntaxToken> _tokens;
        private readonly GreenNode?[] _leading;
        private readonly GreenNode?[] _trailing;
        private readonly string _indentation;
        private readonly string _endOfLine;
        private readonly bool _isRoot;
        private readonly StapSyntaxNode _node;
        private readonly StapParseOptions _options;
        private readonly Dictionary<(string, string), bool> _glueCache = new();
        private readonly Dictionary<StapSyntaxNode, int> _indentLevels = new();
        private readonly List<GreenNode> _indentations = new();
        private int _visitIndex;

        private SyntaxNormalizer(StapSyntaxNode node, string indentation, string endOfLine)
        {
            _tokens = new List<SyntaxToken>(node.DescendantTokens());
            _leading = new GreenNode?[_tokens.Count];
            _trailing = new GreenNode?[_tokens.Count];
            _indentation = indentation;
            _endOfLine = endOfLine;
            _isRoot = node is CompilationUnitSyntax;
            _node = node;
            _options = node.SyntaxTree.Options;
        }

        public static TNode Normalize<TNode>(TNode node, string indentation, string endOfLine) where TNode : StapSyntaxNode
        {
            var normalizer = new SyntaxNormalizer(node, indentation, endOfLine);
            normalizer.ComputeTrivia();
            return (TNode)normalizer.Visit(node)!;
        }

        /// <summary>Tokens are visited in document order, the same order as <see cref="_tokens"/>.</summary>
        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (token.Node == null) return token; // an absent optional token is no token of the list
            int index = _visitIndex++;
            var green = token.Node.WithLeadingTrivia(_leading[index]).WithTrailingTrivia(_trailing[index]);
            return new SyntaxToken(null, green, 0);
        }

        private void ComputeTrivia()
        {
            for (int gap = 0; gap <= _tokens.Count; gap++)
            {
                var items = BuildGap(gap);
                // Trivia ownership: the previous token keeps everything up to and including the first end of line.
                int split = items.FindIndex(t => t.Kind == SyntaxKind.EndOfLineTrivia) + 1;
                if (gap == 0) split = 0;
                if (gap == _tokens.Count) split = items.Count;
                if (gap > 0) _trailing[gap - 1] = GreenList.Create(items.GetRange(0, split));
                if (gap < _tokens.Count) _leading[gap] = GreenList.Create(items.GetRange(split, items.Count - split));
            }
        }

        /// <summary>The new trivia between token <c>gap - 1</c> and token <c>gap</c> (either may not exist).</summary>
        private List<GreenNode> BuildGap(int gap)
        {
            SyntaxToken? before = gap > 0 ? _tokens[gap - 1] : null;
            SyntaxToken? after = gap < _tokens.Count ? _tokens[gap] : null;
            var original = new List<SyntaxTrivia>();
            if (before is { } b) original.AddRange(b.TrailingTrivia);
            if (after is { } a) original.AddRange(a.LeadingTrivia);

            if (before is { } pb && after is { } pa && IsVerbatimGap(pb, pa))
            {
                var verbatim = new List<GreenNode>();
                foreach (var trivia in original) verbatim.Add(trivia.UnderlyingNode!);
                return verbatim;
            }

            var layout = before is { } x && after is { } y ? GetLayout(x, y) : Layout.None;
            int indent = after is { } t ? GetIndentLevel(t) : 0;
            var builder = new GapBuilder(this);
            builder.Build(original, layout, indent, atStart: before == null, hasNextToken: after != null);
            return builder.Items;
        }

        /// <summary>
        /// Indentation stops growing at <see cref="MaxIndentLevel"/>: 10,000 nested blocks would otherwise make
        /// output quadratic in their depth.
        /// </summary>
        internal const int MaxIndentLevel = 64;

        private GreenNode? Indentation(int level)
        {
            if (level == 0) return null;
            level = System.Math.Min(level, MaxIndentLevel);
            while (_indentations.Count < level)
            {
                var sb = new StringBuilder();
                for (int i = 0; i <= _indentations.Count; i++) sb.Append(_indentation);
                _indentations.Add(GreenTrivia.Whitespace(sb.ToString()));
            }
            return _indentations[level - 1];
        }

        private GreenNode EndOfLine() => GreenTrivia.EndOfLine(_endOfLine);
    }
}
