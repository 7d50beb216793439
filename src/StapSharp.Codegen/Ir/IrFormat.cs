using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>printf(format, args)</c> (void) or <c>sprintf(format, args)</c> (a string). <c>print</c>, <c>println</c>,
    /// <c>printd</c> and <c>printdln</c> are lowered to this with a synthesized format.
    /// </summary>
    /// <param name="IsSprintf">True for <c>sprintf</c>.</param>
    /// <param name="Format">The format, already unescaped (directives such as <c>%-5d</c>, <c>%s</c>, <c>%%</c>).</param>
    /// <param name="Arguments">One argument per directive that takes one (<c>*</c> widths take their own).</param>
    internal sealed record IrFormat(bool IsSprintf, string Format, ImmutableArray<IrExpression> Arguments) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IsSprintf ? IrType.String : IrType.Void;
    }
}
