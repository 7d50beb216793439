using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>The whole lowered script: everything the C emitter needs to write one kernel module.</summary>
    /// <param name="Globals">The global variables, in declaration order.</param>
    /// <param name="Functions">The functions reachable from the probes.</param>
    /// <param name="Probes">The probes, in declaration order.</param>
    internal sealed record IrModule(ImmutableArray<IrGlobal> Globals, ImmutableArray<IrFunction> Functions, ImmutableArray<IrProbe> Probes)
    {
        /// <summary>The script name reported by the module at start-up (stap prints it in <c>-v</c> mode).</summary>
        public string ScriptName { get; init; } = "<input>";

        /// <summary>
        /// Top-level <c>%{ ... %}</c> blocks (their text between the delimiters), in file order: the user's own
        /// (guru mode) and those of every tapset file the script pulls in. Emitted verbatim before <c>struct context</c>.
        /// </summary>
        public ImmutableArray<string> EmbeddedBlocks { get; init; } = ImmutableArray<string>.Empty;
    }
}
