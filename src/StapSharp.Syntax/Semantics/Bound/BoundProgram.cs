using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The bound root of a <see cref="StapCompilation"/>: every probe that runs (those of the user scripts and of the
    /// pulled-in tapset files), every function reachable from them, and the globals. What a code generator consumes.
    /// </summary>
    public sealed class BoundProgram
    {
        internal BoundProgram(ImmutableArray<BoundProbe> probes, ImmutableArray<BoundProbeAlias> aliases, ImmutableArray<BoundFunction> functions, ImmutableArray<GlobalSymbol> globals)
        {
            Probes = probes;
            Aliases = aliases;
            Functions = functions;
            Globals = globals;
        }

        /// <summary>The probes, user scripts' first, in declaration order.</summary>
        public ImmutableArray<BoundProbe> Probes { get; }

        /// <summary>The probe aliases the probes reach (directly or through other aliases), in the order they were bound.</summary>
        public ImmutableArray<BoundProbeAlias> Aliases { get; }

        /// <summary>The functions the binder bound (those defined by the user scripts and those reached from a probe or a function).</summary>
        public ImmutableArray<BoundFunction> Functions { get; }

        /// <summary>Every global declared by a user script or a pulled-in tapset file (as <see cref="StapCompilation.Globals"/>).</summary>
        public ImmutableArray<GlobalSymbol> Globals { get; }
    }
}
