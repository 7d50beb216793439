using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A probe handler: where it fires and what it runs.</summary>
    /// <param name="Point">The resolved probe point.</param>
    /// <param name="Body">The handler body.</param>
    internal sealed record IrProbe(IrProbePoint Point, IrBlock Body)
    {
        /// <summary>The local variables of the handler.</summary>
        public ImmutableArray<IrVariable> Locals { get; init; } = ImmutableArray<IrVariable>.Empty;

        /// <summary>The probe point as written in the script (stap's <c>pn</c>), or null to use the resolved one.</summary>
        public string? WrittenName { get; init; }

        /// <summary>Where the probe is declared.</summary>
        public IrSourceLocation? Location { get; init; }
    }
}
