using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Diagnostics
{
    /// <summary>Turns the <see cref="SyntaxDiagnosticInfo"/>s stored in green nodes into Roslyn diagnostics.</summary>
    internal static class SyntaxDiagnostics
    {
        /// <summary>
        /// The diagnostics of <paramref name="green"/> (starting at absolute <paramref name="position"/>) and everything
        /// below it, trivia included, ordered by position (ties keep tree order).
        /// </summary>
        public static IReadOnlyList<Diagnostic> Collect(GreenNode green, int position, StapSyntaxTree? tree)
        {
            if (!green.ContainsDiagnostics) return System.Array.Empty<Diagnostic>();
            var found = new List<(int start, int order, Diagnostic diagnostic)>();
            var stack = new Stack<(GreenNode node, int position)>();
            stack.Push((green, position));
            while (stack.Count > 0)
            {
                var (node, start) = stack.Pop();
                foreach (var info in node.Diagnostics)
                    found.Add((start + info.Offset, found.Count, Create(info, start, tree)));

                var children = new List<(GreenNode, int)>();
                int offset = start;
                if (node is GreenToken token)
                {
                    AddChild(children, token.GetLeadingTrivia(), ref offset);
                    offset += token.Width;
                    AddChild(children, token.GetTrailingTrivia(), ref offset);
                }
                else
                {
                    for (int i = 0; i < node.SlotCount; i++) AddChild(children, node.GetSlot(i), ref offset);
                }
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return found.OrderBy(f => f.start).ThenBy(f => f.order).Select(f => f.diagnostic).ToList();
        }

        private static void AddChild(List<(GreenNode, int)> children, GreenNode? child, ref int offset)
        {
            if (child == null) return;
            if (child.ContainsDiagnostics) children.Add((child, offset));
            offset += child.FullWidth;
        }

        /// <summary>A Roslyn diagnostic for <paramref name="info"/> attached to a green node whose full span starts at <paramref name="nodeStart"/>.</summary>
        public static Diagnostic Create(SyntaxDiagnosticInfo info, int nodeStart, StapSyntaxTree? tree)
        {
            var span = new TextSpan(nodeStart + info.Offset, info.Width);
            return Diagnostic.Create(StapDiagnosticDescriptors.Get(info.Code), CreateLocation(tree, span), FormatArguments(info.Arguments));
        }

        /// <summary>A file location for <paramref name="span"/> in <paramref name="tree"/>, clamped to its text.</summary>
        public static Location CreateLocation(StapSyntaxTree? tree, TextSpan span)
        {
            if (tree == null) return Location.None;
            var text = tree.GetText();
            int start = System.Math.Min(span.Start, text.Length);
            int end = System.Math.Min(span.End, text.Length);
            var clamped = TextSpan.FromBounds(start, end);
            return Location.Create(tree.FilePath, clamped, text.Lines.GetLinePositionSpan(clamped));
        }

        /// <summary>A <see cref="SyntaxKind"/> argument is shown as its text (<c>')'</c>) when it has one.</summary>
        private static object[] FormatArguments(object[] arguments)
        {
            if (!arguments.OfType<SyntaxKind>().Any()) return arguments;
            return arguments.Select(a => a is SyntaxKind kind && SyntaxFacts.GetText(kind) is { Length: > 0 } text ? text : a).ToArray();
        }
    }
}
