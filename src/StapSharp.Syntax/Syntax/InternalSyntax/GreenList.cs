using System;
using System.Collections.Generic;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// A green list (<see cref="SyntaxKind.List"/>): children of a list-valued slot, a trivia list,
    /// or the tokens of a separated list (elements and separators alternate).
    /// </summary>
    internal sealed class GreenList : GreenNode
    {
        private readonly GreenNode[] _children;

        private GreenList(GreenNode[] children, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(SyntaxKind.List, diagnostics)
        {
            _children = children;
            foreach (var child in children)
                AdjustFlagsAndWidth(child);
        }

        public override int SlotCount => _children.Length;
        public override GreenNode? GetSlot(int index) => _children[index];
        public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new GreenList(_children, diagnostics);

        /// <summary>Null for no children, the child itself for one trivia, else a list.</summary>
        public static GreenNode? Create(IReadOnlyList<GreenNode> children)
        {
            if (children.Count == 0) return null;
            var array = new GreenNode[children.Count];
            for (int i = 0; i < array.Length; i++) array[i] = children[i] ?? throw new ArgumentNullException(nameof(children));
            return new GreenList(array);
        }

        /// <summary>Always a list (possibly empty): used for list-valued node slots, which are never null.</summary>
        public static GreenList CreateList(IReadOnlyList<GreenNode> children)
        {
            var array = new GreenNode[children.Count];
            for (int i = 0; i < array.Length; i++) array[i] = children[i];
            return new GreenList(array);
        }

        internal override global::StapSharp.Syntax.StapSyntaxNode CreateRed(global::StapSharp.Syntax.StapSyntaxNode? parent, int position)
            => new global::StapSharp.Syntax.SyntaxListNode(this, parent, position);

        public static readonly GreenList Empty = new(Array.Empty<GreenNode>());
    }
}
