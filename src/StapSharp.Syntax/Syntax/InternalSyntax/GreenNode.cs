using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// The immutable, parent-less, position-less core of every node, token, trivia and list
    /// (Roslyn's "green" tree). Green nodes know only their kind, their width and their children,
    /// so they can be shared between trees and re-used by incremental edits.
    /// </summary>
    internal abstract class GreenNode
    {
        [Flags]
        internal enum NodeFlags : byte
        {
            None = 0,
            IsMissing = 1,
            ContainsDiagnostics = 2,
            ContainsStructuredTrivia = 4,
            ContainsSkippedText = 8,
            ContainsDirectives = 16,
            /// <summary>This node itself carries diagnostics (kept in <see cref="s_diagnostics"/>).</summary>
            HasOwnDiagnostics = 32,
        }

        private static readonly SyntaxDiagnosticInfo[] s_noDiagnostics = Array.Empty<SyntaxDiagnosticInfo>();

        /// <summary>
        /// The diagnostics of the few nodes that have their own, on the side (as Roslyn does): a field on every node
        /// cost 8 bytes on each of the ~450,000 green nodes of a tapset corpus parse, to hold an empty array.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GreenNode, SyntaxDiagnosticInfo[]> s_diagnostics = new();

        protected GreenNode(SyntaxKind kind, SyntaxDiagnosticInfo[]? diagnostics = null)
        {
            Kind = kind;
            if (diagnostics is { Length: > 0 })
            {
                s_diagnostics.Add(this, diagnostics);
                Flags |= NodeFlags.ContainsDiagnostics | NodeFlags.HasOwnDiagnostics;
            }
        }

        public SyntaxKind Kind { get; }
        public int FullWidth { get; protected set; }
        internal NodeFlags Flags { get; set; }

        public bool IsMissing => (Flags & NodeFlags.IsMissing) != 0;
        public bool ContainsDiagnostics => (Flags & NodeFlags.ContainsDiagnostics) != 0;
        public bool ContainsStructuredTrivia => (Flags & NodeFlags.ContainsStructuredTrivia) != 0;
        public bool ContainsSkippedText => (Flags & NodeFlags.ContainsSkippedText) != 0;
        public bool ContainsDirectives => (Flags & NodeFlags.ContainsDirectives) != 0;

        public virtual bool IsToken => false;
        public virtual bool IsTrivia => false;
        public bool IsList => Kind == SyntaxKind.List;
        /// <summary>True for a node that lives in trivia (skipped tokens, directives).</summary>
        public virtual bool IsStructuredTrivia => false;

        /// <summary>Diagnostics attached directly to this green node (offsets relative to its full start).</summary>
        public SyntaxDiagnosticInfo[] Diagnostics
            => (Flags & NodeFlags.HasOwnDiagnostics) != 0 && s_diagnostics.TryGetValue(this, out var own) ? own : s_noDiagnostics;

        public abstract int SlotCount { get; }
        public abstract GreenNode? GetSlot(int index);

        /// <summary>Returns a copy of this node with <paramref name="diagnostics"/> attached instead of the current ones.</summary>
        public abstract GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics);

        public virtual int Width => FullWidth - GetLeadingTriviaWidth() - GetTrailingTriviaWidth();

        public virtual int GetLeadingTriviaWidth() => GetFirstTerminal()?.GetLeadingTriviaWidth() ?? 0;
        public virtual int GetTrailingTriviaWidth() => GetLastTerminal()?.GetTrailingTriviaWidth() ?? 0;
        public virtual GreenNode? GetLeadingTrivia() => GetFirstTerminal()?.GetLeadingTrivia();
        public virtual GreenNode? GetTrailingTrivia() => GetLastTerminal()?.GetTrailingTrivia();

        /// <summary>Offset of slot <paramref name="index"/> from this node's full start.</summary>
        public int GetSlotOffset(int index)
        {
            int offset = 0;
            for (int i = 0; i < index; i++)
                offset += GetSlot(i)?.FullWidth ?? 0;
            return offset;
        }

        /// <summary>The first token (including missing tokens) below this node, or null for an empty node.</summary>
        public GreenNode? GetFirstTerminal()
        {
            GreenNode? node = this;
            while (node != null && !node.IsToken)
            {
                GreenNode? first = null;
                for (int i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child != null && (child.FullWidth > 0 || child.IsToken || child.HasAnyToken()))
                    {
                        first = child;
                        break;
                    }
                }
                node = first;
            }
            return node;
        }

        /// <summary>The last token (including missing tokens) below this node, or null for an empty node.</summary>
        public GreenNode? GetLastTerminal()
        {
            GreenNode? node = this;
            while (node != null && !node.IsToken)
            {
                GreenNode? last = null;
                for (int i = node.SlotCount - 1; i >= 0; i--)
                {
                    var child = node.GetSlot(i);
                    if (child != null && (child.FullWidth > 0 || child.IsToken || child.HasAnyToken()))
                    {
                        last = child;
                        break;
                    }
                }
                node = last;
            }
            return node;
        }

        private bool HasAnyToken()
        {
            if (IsToken) return true;
            for (int i = 0; i < SlotCount; i++)
                if (GetSlot(i)?.HasAnyToken() == true) return true;
            return false;
        }

        /// <summary>Combines the flags of a child into this node's flags (call once per child in constructors).</summary>
        protected void AdjustFlagsAndWidth(GreenNode? child)
        {
            if (child == null) return;
            Flags |= child.Flags & ~(NodeFlags.IsMissing | NodeFlags.HasOwnDiagnostics);
            FullWidth += child.FullWidth;
        }

        /// <summary>Writes the text of this node. Iterative, so arbitrarily deep trees cannot overflow the stack.</summary>
        public void WriteTo(TextWriter writer, bool leading = true, bool trailing = true)
        {
            var sb = new StringBuilder();
            WriteTo(sb, leading, trailing);
            writer.Write(sb.ToString());
        }

        public void WriteTo(StringBuilder builder, bool leading = true, bool trailing = true)
        {
            // Green tokens may be shared (the same instance can appear twice in a tree), so the first and last
            // tokens are found by order, not by reference: the first one written, and the trailing trivia of the
            // last one are cut off at the end.
            bool skipLeading = !leading;
            int start = builder.Length;
            var stack = new Stack<GreenNode>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.IsToken || node.IsTrivia)
                {
                    node.WriteTokenOrTriviaTo(builder, !(skipLeading && node.IsToken), trailing: true);
                    if (node.IsToken) skipLeading = false;
                    continue;
                }
                for (int i = node.SlotCount - 1; i >= 0; i--)
                {
                    var child = node.GetSlot(i);
                    if (child != null) stack.Push(child);
                }
            }
            if (!trailing && GetLastTerminal() is { } last)
                builder.Length = Math.Max(start, builder.Length - last.GetTrailingTriviaWidth());
        }

        /// <summary>Creates the red node for this green node (nodes and lists only; tokens and trivia are red structs).</summary>
        internal virtual global::StapSharp.Syntax.StapSyntaxNode CreateRed(global::StapSharp.Syntax.StapSyntaxNode? parent, int position)
            => throw new InvalidOperationException($"A {Kind} has no red node.");

        /// <summary>Creates a parentless red root for this green node.</summary>
        internal global::StapSharp.Syntax.StapSyntaxNode CreateRed() => CreateRed(null, 0);

        /// <summary>Tokens and trivia write themselves; nodes never get this call.</summary>
        internal virtual void WriteTokenOrTriviaTo(StringBuilder builder, bool leading, bool trailing)
        {
        }

        public string ToFullString()
        {
            var sb = new StringBuilder(FullWidth);
            WriteTo(sb);
            return sb.ToString();
        }

        public override string ToString()
        {
            var sb = new StringBuilder(FullWidth);
            WriteTo(sb, leading: false, trailing: false);
            return sb.ToString();
        }
    }
}
