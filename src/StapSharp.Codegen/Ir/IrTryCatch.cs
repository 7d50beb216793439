namespace StapSharp.Codegen.Ir
{
    /// <summary><c>try { Try } catch (message) { Catch }</c>: a run-time error in the try block runs the catch block.</summary>
    /// <param name="Try">The guarded block.</param>
    /// <param name="MessageVariable">A string local receiving the error message, or null.</param>
    /// <param name="Catch">The handler.</param>
    internal sealed record IrTryCatch(IrBlock Try, IrVariable? MessageVariable, IrBlock Catch) : IrStatement;
}
