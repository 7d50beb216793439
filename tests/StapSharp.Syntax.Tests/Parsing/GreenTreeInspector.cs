using System.Collections.Generic;
using System.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>A diagnostic found in a green tree, with its absolute position.</summary>
    internal readonly record struct FoundDiagnostic(ErrorCode Code, int Position, int Width, object[] Arguments)
    {
        public override string ToString() => $"{Code}@{Position}+{Width}";
    }

    /// <summary>
    /// Reads green trees the way the parsing tests need: nodes and tokens in depth-first order (lists flattened,
    /// trivia excluded), every diagnostic with its absolute position (trivia and structured trivia included),
    /// and every token including skipped ones.
    /// </summary>
    internal static class GreenTreeInspector
    {
        /// <summary>Nodes and tokens below and including <paramref name="root"/>, depth-first, lists left out.</summary>
        public static List<GreenNode> NodesAndTokens(GreenNode root)
        {
            var result = new List<GreenNode>();
            var stack = new Stack<GreenNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (!node.IsList) result.Add(node);
                if (node.IsToken) continue;
                for (int i = node.SlotCount - 1; i >= 0; i--)
                {
                    var child = node.GetSlot(i);
                    if (child != null) stack.Push(child);
                }
            }
            return result;
        }

        /// <summary>All diagnostics of the tree, trivia included, ordered by position.</summary>
        public static List<FoundDiagnostic> Diagnostics(GreenNode root)
        {
            var result = new List<FoundDiagnostic>();
            var stack = new Stack<(GreenNode Node, int Position)>();
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, position) = stack.Pop();
                foreach (var d in node.Diagnostics)
                    result.Add(new FoundDiagnostic(d.Code, position + d.Offset, d.Width, d.Arguments));
                if (node is GreenToken token)
                {
                    var leading = token.GetLeadingTrivia();
                    if (leading != null) stack.Push((leading, position));
                    var trailing = token.GetTrailingTrivia();
                    if (trailing != null) stack.Push((trailing, position + token.FullWidth - trailing.FullWidth));
                    continue;
                }
                int offset = position;
                for (int i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child == null) continue;
                    stack.Push((child, offset));
                    offset += child.FullWidth;
                }
            }
            result.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Code.CompareTo(b.Code));
            return result;
        }

        /// <summary>Every token in text order, including tokens inside structured trivia (skipped tokens).</summary>
        public static List<(GreenToken Token, int FullStart)> AllTokens(GreenNode root)
        {
            var result = new List<(GreenToken, int)>();
            Collect(root, 0, result);
            return result;
        }

        private static void Collect(GreenNode root, int start, List<(GreenToken, int)> result)
        {
            var stack = new Stack<(GreenNode Node, int Position)>();
            stack.Push((root, start));
            while (stack.Count > 0)
            {
                var (node, position) = stack.Pop();
                if (node is GreenToken token)
                {
                    var leading = token.GetLeadingTrivia();
                    var nested = new List<(GreenToken, int)>();
                    if (leading != null) CollectStructured(leading, position, nested);
                    result.AddRange(nested);
                    result.Add((token, position));
                    var trailing = token.GetTrailingTrivia();
                    if (trailing != null) CollectStructured(trailing, position + token.FullWidth - trailing.FullWidth, result);
                    continue;
                }
                int offset = position;
                var children = new List<(GreenNode, int)>();
                for (int i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child == null) continue;
                    children.Add((child, offset));
                    offset += child.FullWidth;
                }
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
        }

        private static void CollectStructured(GreenNode trivia, int position, List<(GreenToken, int)> result)
        {
            if (trivia.IsTrivia) return;
            if (trivia.IsList)
            {
                int offset = position;
                for (int i = 0; i < trivia.SlotCount; i++)
                {
                    var item = trivia.GetSlot(i);
                    if (item == null) continue;
                    CollectStructured(item, offset, result);
                    offset += item.FullWidth;
                }
                return;
            }
            Collect(trivia, position, result);
        }

        /// <summary>Tokens whose text is worth printing in N(...) lines (names and literals, not fixed punctuation).</summary>
        public static bool HasVariableText(SyntaxKind kind) => kind is SyntaxKind.IdentifierToken or SyntaxKind.DollarIdentifierToken
            or SyntaxKind.AtIdentifierToken or SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken
            or SyntaxKind.EmbeddedCodeToken or SyntaxKind.DollarArgumentToken or SyntaxKind.AtArgumentToken or SyntaxKind.BadToken;

        /// <summary>The tree as N(...)/M(...) lines with { } blocks, ready to paste into a test.</summary>
        public static string Print(GreenNode root)
        {
            var builder = new StringBuilder();
            Print(root, 0, builder);
            return builder.ToString();
        }

        private static void Print(GreenNode root, int indent, StringBuilder builder)
        {
            // Iterative: trees from the deep-nesting tests would overflow a recursive printer.
            var stack = new Stack<(GreenNode? Node, int Indent, bool Close)>();
            stack.Push((root, indent, false));
            while (stack.Count > 0)
            {
                var (node, level, close) = stack.Pop();
                var pad = new string(' ', level * 4);
                if (close)
                {
                    builder.Append(pad).Append("}\n");
                    continue;
                }
                if (node == null) continue;
                if (node.IsList)
                {
                    for (int i = node.SlotCount - 1; i >= 0; i--) stack.Push((node.GetSlot(i), level, false));
                    continue;
                }
                if (node is GreenToken token)
                {
                    if (token.IsMissing)
                        builder.Append(pad).Append("M(SyntaxKind.").Append(token.Kind).Append(");\n");
                    else if (HasVariableText(token.Kind))
                        builder.Append(pad).Append("N(SyntaxKind.").Append(token.Kind).Append(", ").Append(Quote(token.Text)).Append(");\n");
                    else
                        builder.Append(pad).Append("N(SyntaxKind.").Append(token.Kind).Append(");\n");
                    continue;
                }
                builder.Append(pad).Append("N(SyntaxKind.").Append(node.Kind).Append(");\n");
                builder.Append(pad).Append("{\n");
                stack.Push((null, level, true));
                for (int i = node.SlotCount - 1; i >= 0; i--) stack.Push((node.GetSlot(i), level + 1, false));
            }
        }

        public static string Quote(string text)
        {
            var builder = new StringBuilder("\"");
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        else builder.Append(c);
                        break;
                }
            }
            return builder.Append('"').ToString();
        }
    }
}
