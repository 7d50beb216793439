using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A type variable of the inference: union-find over everything that must share a type (a variable's value,
    /// an array index position, a function's return value). The root holds the type and the node where it was
    /// first inferred, for stap's "type was first inferred here" note.
    /// </summary>
    internal sealed class TypeSlot
    {
        private TypeSlot? _parent;
        private StapType _type;
        private StapSyntaxNode? _site;
        private bool _isOpaque;

        private TypeSlot(StapType type, StapSyntaxNode? site, bool isVariable)
        {
            _type = type;
            _site = site;
            IsVariable = isVariable;
        }

        /// <summary>
        /// True for slots of variables, indexes and returns: a conflict there is reported as "type mismatch (T)"
        /// with the first-inferred site; a conflict on a plain expression is "expected T but found U".
        /// </summary>
        public bool IsVariable { get; }

        public StapType Type => Find()._type;

        public StapSyntaxNode? Site => Find()._site;

        /// <summary>
        /// True when the slot holds a value the model cannot type without debuginfo or macro expansion (a target
        /// variable, an unexpanded macro): it is never reported as unresolved and reads as <see cref="StapType.Target"/>.
        /// </summary>
        public bool IsOpaque => Find()._isOpaque;

        public static TypeSlot ForVariable() => new(StapType.Unknown, null, isVariable: true);

        public static TypeSlot ForValue(StapType type, StapSyntaxNode? site) =>
            type == StapType.Target ? new TypeSlot(StapType.Unknown, site, false) { _isOpaque = true } : new TypeSlot(type, site, false);

        public static TypeSlot Opaque(StapSyntaxNode? site) => new(StapType.Unknown, site, false) { _isOpaque = true };

        public TypeSlot Find()
        {
            var root = this;
            while (root._parent is not null) root = root._parent;
            var node = this;
            while (node._parent is not null && node._parent != root)
            {
                var next = node._parent;
                node._parent = root;
                node = next;
            }

            return root;
        }

        public void MarkOpaque() => Find()._isOpaque = true;

        /// <summary>Records where the (already known) type was learnt, unless a site is known.</summary>
        public void SetSiteIfMissing(StapSyntaxNode site)
        {
            var root = Find();
            if (root._type != StapType.Unknown) root._site ??= site;
        }

        /// <summary>Records the type if none is known yet; returns false on a conflict (nothing changes then).</summary>
        public bool TrySet(StapType type, StapSyntaxNode? site)
        {
            var root = Find();
            if (type is StapType.Unknown) return true;
            if (type is StapType.Target)
            {
                root._isOpaque = true;
                return true;
            }

            if (root._type == StapType.Unknown)
            {
                root._type = type;
                root._site = site ?? root._site;
                return true;
            }

            return root._type == type;
        }

        /// <summary>Merges two slots; returns false (and merges nothing) when both have different known types.</summary>
        public static bool TryUnify(TypeSlot first, TypeSlot second)
        {
            var a = first.Find();
            var b = second.Find();
            if (a == b) return true;
            if (a._type != StapType.Unknown && b._type != StapType.Unknown && a._type != b._type) return false;

            // Keep the root that already knows its type (and where it learnt it).
            if (a._type == StapType.Unknown && b._type != StapType.Unknown) (a, b) = (b, a);
            b._parent = a;
            a._isOpaque |= b._isOpaque;
            a._site ??= b._site;
            return true;
        }
    }
}
