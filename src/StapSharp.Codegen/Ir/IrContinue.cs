namespace StapSharp.Codegen.Ir
{
    /// <summary><c>continue</c>: starts the next iteration of the innermost loop.</summary>
    public sealed record IrContinue : IrStatement;
}
