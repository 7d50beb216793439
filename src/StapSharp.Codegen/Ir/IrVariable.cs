namespace StapSharp.Codegen.Ir
{
    /// <summary>A parameter or local variable of a probe or function.</summary>
    /// <param name="Name">The name as written in the script.</param>
    /// <param name="Type">The type of the variable (long or string).</param>
    internal sealed record IrVariable(string Name, IrType Type);
}
