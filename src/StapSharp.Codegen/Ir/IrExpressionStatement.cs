namespace StapSharp.Codegen.Ir
{
    /// <summary>An expression evaluated for its side effects (a call, <c>printf</c>).</summary>
    /// <param name="Expression">The expression.</param>
    internal sealed record IrExpressionStatement(IrExpression Expression) : IrStatement;
}
