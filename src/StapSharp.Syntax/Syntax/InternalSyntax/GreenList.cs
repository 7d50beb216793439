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
        /// <summary>The children of a list of three or more; null for shorter lists, whose children are inline.</summary>
        private readonly GreenListItem[]? _children;
        // Lists of one or two children (most trivia lists, one-name probe points, one-argument calls) keep them
        // in fields: one allocation per list instead of two.
        private readonly GreenNode? _first;
        private readonly GreenNode? _second;
        private readonly int _count;

        /// <summary>A list of three or more children (<paramref name="children"/> is owned by the list from now on).</summary>
        private GreenList(GreenListItem[] children, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(SyntaxKind.List, diagnostics)
        {
            _count = children.Length;
            _children = children;
            for (int i = 0; i < children.Length; i++)
                AdjustFlagsAndWidth(children[i].Node);
        }

        private GreenList(int count, GreenNode? first, GreenNode? second, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(SyntaxKind.List, diagnostics)
        {
            _count = count;
            _first = first;
            _second = second;
            AdjustFlagsAndWidth(first);
            AdjustFlagsAndWidth(second);
        }

        public override int SlotCount => _count;

        public override GreenNode? GetSlot(int index)
        {
            if (_children != null) return _children[index].Node;
            if ((uint)index >= (uint)_count) throw new IndexOutOfRangeException();
            return index == 0 ? _first : _second;
        }

        public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => _children != null
            ? new GreenList(_children, diagnostics)
            : new GreenList(_count, _first, _second, diagnostics);

        /// <summary>Null for no children, the child itself for one trivia, else a list.</summary>
        public static GreenNode? Create(IReadOnlyList<GreenNode> children)
        {
            if (children.Count == 0) return null;
            for (int i = 0; i < children.Count; i++)
                if (children[i] is null) throw new ArgumentNullException(nameof(children));
            return CreateList(children);
        }

        /// <summary>Always a list (possibly empty): used for list-valued node slots, which are never null.</summary>
        public static GreenList CreateList(IReadOnlyList<GreenNode> children)
        {
            switch (children.Count)
            {
                case 0:
                    return new GreenList(0, null, null);
                case 1:
                    return new GreenList(1, children[0], null);
                case 2:
                    return new GreenList(2, children[0], children[1]);
                default:
                    var array = new GreenListItem[children.Count];
                    for (int i = 0; i < array.Length; i++) array[i].Node = children[i];
                    return new GreenList(array);
            }
        }

        /// <summary><see cref="CreateList(IReadOnlyList{GreenNode})"/> for the parser's builders: no interface calls, one block copy.</summary>
        public static GreenList CreateList(GreenNodeListBuilder children)
        {
            switch (children.Count)
            {
                case 0:
                    return new GreenList(0, null, null);
                case 1:
                    return new GreenList(1, children[0], null);
                case 2:
                    return new GreenList(2, children[0], children[1]);
                default:
                    return new GreenList(children.ToItemArray());
            }
        }

        /// <summary><see cref="Create(IReadOnlyList{GreenNode})"/> for the lexer's trivia builders (their items are never null).</summary>
        public static GreenNode? Create(GreenNodeListBuilder children) => children.Count == 0 ? null : CreateList(children);

        /// <summary>A list of the single child <paramref name="child"/>.</summary>
        public static GreenList CreateSingle(GreenNode child) => new(1, child ?? throw new ArgumentNullException(nameof(child)), null);

        internal override global::StapSharp.Syntax.StapSyntaxNode CreateRed(global::StapSharp.Syntax.StapSyntaxNode? parent, int position)
            => new global::StapSharp.Syntax.SyntaxListNode(this, parent, position);

        public static readonly GreenList Empty = new(0, null, null);
    }
}
