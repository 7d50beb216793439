using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A bound expression, with the type the compilation inferred for its value.</summary>
    public abstract class BoundExpression : BoundNode
    {
        // The binder creates nodes while inference is still unifying slots; the type is read once binding is done.
        private readonly TypeSlot _type;

        private protected BoundExpression(BoundKind kind, StapSyntaxNode syntax, TypeSlot type)
            : base(kind, syntax)
        {
            _type = type;
        }

        /// <summary>
        /// The inferred type of the value: <see cref="StapType.Target"/> for what needs debug information,
        /// <see cref="StapType.Unknown"/> for a value that is never used as a number or a string.
        /// </summary>
        public StapType Type => BindingResult.ReadType(_type);

        /// <summary>The inference slot, shared with every expression that must have the same type.</summary>
        internal TypeSlot TypeSlot => _type;
    }
}
