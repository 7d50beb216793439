using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Prints a syntax tree one node or token per line, indented by depth, with spans, e.g.
    /// <c>ProbeDeclaration [0..43)</c> / <c>  ProbeKeyword "probe"</c>. Iterative: deep trees are fine.
    /// </summary>
    internal static class TreeDumper
    {
        private const int MaxIndentDepth = 100;

        public static void Dump(StapSyntaxNode root, TextWriter output)
        {
            var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
            stack.Push((root, 0));
            var line = new StringBuilder();
            while (stack.Count > 0)
            {
                var (item, depth) = stack.Pop();
                line.Clear();
                // Past MaxIndentDepth the indentation stops growing and the depth is written as a number: the
                // dump of a 20,000-term chain would otherwise be quadratic in its depth.
                line.Append(' ', Math.Min(depth, MaxIndentDepth) * 2);
                if (depth > MaxIndentDepth) line.Append('(').Append(depth).Append(") ");
                line.Append(item.Kind);
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    line.Append(' ').Append(Quote(token.Text));
                    if (token.IsMissing) line.Append(" <missing>");
                }
                line.Append(" [").Append(item.Span.Start).Append("..").Append(item.Span.End).Append(')');
                output.WriteLine(line.ToString());
                var node = item.AsNode();
                if (node == null) continue;
                var children = node.ChildNodesAndTokens();
                for (int i = children.Count - 1; i >= 0; i--)
                    stack.Push((children[i], depth + 1));
            }
        }

        private static string Quote(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n': sb.Append("\\n"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
