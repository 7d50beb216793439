using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A script function with typed parameters, locals and return value.</summary>
    /// <param name="Name">The name as written in the script.</param>
    /// <param name="ReturnType">The return type (<see cref="IrType.Void"/> when the function returns nothing).</param>
    /// <param name="Parameters">The parameters, in order.</param>
    /// <param name="Body">The body.</param>
    internal sealed record IrFunction(string Name, IrType ReturnType, ImmutableArray<IrVariable> Parameters, IrBlock Body)
    {
        /// <summary>The local variables of the body (parameters excluded).</summary>
        public ImmutableArray<IrVariable> Locals { get; init; } = ImmutableArray<IrVariable>.Empty;

        /// <summary>Where the function is declared, for diagnostics and runtime error messages.</summary>
        public IrSourceLocation? Location { get; init; }

        /// <summary>
        /// The embedded-C body (the text between <c>%{</c> and <c>%}</c>, pragma comments included), emitted
        /// verbatim inside stap's <c>STAP_ARG_*</c>/<c>STAP_RETVALUE</c> frame; null for a script body, which
        /// <see cref="Body"/> then holds (an embedded function's <see cref="Body"/> is empty).
        /// </summary>
        public string? EmbeddedCode { get; init; }
    }
}
