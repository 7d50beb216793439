namespace StapSharp.Codegen.Ir
{
    /// <summary><c>error(message)</c>: raises a run-time error (caught by <c>try</c>, else fatal to the session).</summary>
    /// <param name="Message">A string expression.</param>
    internal sealed record IrError(IrExpression Message) : IrStatement;
}
