using System;
using System.Collections.Generic;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// A green list (<see cref="SyntaxKind.List"/>): children of a list-valued slot, a trivia list,
    /// or the tokens of a separated list (elements and separators alternate).
    /// Four shapes, each only as large as it needs to be (lists are the most numerous green nodes): up to three
    /// children in fields, more in an array.
    /// </summary>
    internal abstract class GreenList : GreenNode
    {
        private GreenList(SyntaxDiagnosticInfo[]? diagnostics)
            : base(SyntaxKind.List, diagnostics)
        {
        }

        /// <summary>No child or one child (most trivia lists, one-name probe points, one-statement blocks).</summary>
        private sealed class WithOne : GreenList
        {
            private readonly GreenNode? _child;

            public WithOne(GreenNode? child, SyntaxDiagnosticInfo[]? diagnostics = null)
                : base(diagnostics)
            {
                _child = child;
                AdjustFlagsAndWidth(child);
            }

            public override int SlotCount => _child is null ? 0 : 1;

            public override GreenNode? GetSlot(int index)
            {
                if (index != 0 || _child is null) throw new IndexOutOfRangeException();
                return _child;
            }

            public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new WithOne(_child, diagnostics);
        }

        private sealed class WithTwo : GreenList
        {
            private readonly GreenNode _first;
            private readonly GreenNode _second;

            public WithTwo(GreenNode first, GreenNode second, SyntaxDiagnosticInfo[]? diagnostics = null)
                : base(diagnostics)
            {
                _first = first;
                _second = second;
                AdjustFlagsAndWidth(first);
                AdjustFlagsAndWidth(second);
            }

            public override int SlotCount => 2;

            public override GreenNode? GetSlot(int index) => index switch
            {
                0 => _first,
                1 => _second,
                _ => throw new IndexOutOfRangeException(),
            };

            public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new WithTwo(_first, _second, diagnostics);
        }

        /// <summary>Three children: a probe point of two components (<c>syscall.open</c>), a call with two arguments.</summary>
        private sealed class WithThree : GreenList
        {
            private readonly GreenNode _first;
            private readonly GreenNode _second;
            private readonly GreenNode _third;

            public WithThree(GreenNode first, GreenNode second, GreenNode third, SyntaxDiagnosticInfo[]? diagnostics = null)
                : base(diagnostics)
            {
                _first = first;
                _second = second;
                _third = third;
                AdjustFlagsAndWidth(first);
                AdjustFlagsAndWidth(second);
                AdjustFlagsAndWidth(third);
            }

            public override int SlotCount => 3;

            public override GreenNode? GetSlot(int index) => index switch
            {
                0 => _first,
                1 => _second,
                2 => _third,
                _ => throw new IndexOutOfRangeException(),
            };

            public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new WithThree(_first, _second, _third, diagnostics);
        }

        /// <summary>Four or more children (the array is owned by the list).</summary>
        private sealed class WithMany : GreenList
        {
            private readonly GreenListItem[] _children;

            public WithMany(GreenListItem[] children, SyntaxDiagnosticInfo[]? diagnostics = null)
                : base(diagnostics)
            {
                _children = children;
                for (int i = 0; i < children.Length; i++)
                    AdjustFlagsAndWidth(children[i].Node);
            }

            public override int SlotCount => _children.Length;

            public override GreenNode? GetSlot(int index) => _children[index].Node;

            public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new WithMany(_children, diagnostics);
        }

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
                    return new WithOne(null);
                case 1:
                    return new WithOne(children[0]);
                case 2:
                    return new WithTwo(children[0], children[1]);
                case 3:
                    return new WithThree(children[0], children[1], children[2]);
                default:
                    var array = new GreenListItem[children.Count];
                    for (int i = 0; i < array.Length; i++) array[i].Node = children[i];
                    return new WithMany(array);
            }
        }

        /// <summary><see cref="CreateList(IReadOnlyList{GreenNode})"/> for the parser's builders: no interface calls, one block copy.</summary>
        public static GreenList CreateList(GreenNodeListBuilder children)
        {
            switch (children.Count)
            {
                case 0:
                    return new WithOne(null);
                case 1:
                    return new WithOne(children[0]);
                case 2:
                    return new WithTwo(children[0], children[1]);
                case 3:
                    return new WithThree(children[0], children[1], children[2]);
                default:
                    return new WithMany(children.ToItemArray());
            }
        }

        /// <summary><see cref="Create(IReadOnlyList{GreenNode})"/> for the lexer's trivia builders (their items are never null).</summary>
        public static GreenNode? Create(GreenNodeListBuilder children) => children.Count == 0 ? null : CreateList(children);

        /// <summary>A list of the single child <paramref name="child"/>.</summary>
        public static GreenList CreateSingle(GreenNode child) => new WithOne(child ?? throw new ArgumentNullException(nameof(child)));

        internal override global::StapSharp.Syntax.StapSyntaxNode CreateRed(global::StapSharp.Syntax.StapSyntaxNode? parent, int position)
            => new global::StapSharp.Syntax.SyntaxListNode(this, parent, position);

        public static readonly GreenList Empty = new WithOne(null);
    }
}
