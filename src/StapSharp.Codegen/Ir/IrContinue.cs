namespace StapSharp.Codegen.Ir
{
    /// <summary><c>continue</c>: starts the next iteration of the innermost loop.</summary>
    internal sealed record IrContinue : IrStatement;
}
