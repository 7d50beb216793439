using System;
using System.Collections.Generic;

namespace StapSharp.Fuzzing
{
    /// <summary>
    /// One input StapSharp reads, with the invariants that must hold for every byte string. <see cref="Execute"/>
    /// returns normally when the invariants hold and throws otherwise: a documented exception is caught inside the
    /// target, so anything that escapes (including <see cref="FuzzInvariantException"/>) is a finding.
    /// </summary>
    internal abstract class FuzzTarget
    {
        /// <summary>The name used by eng/fuzz.sh and the smoke tests.</summary>
        public abstract string Name { get; }

        /// <summary>One line: what is fuzzed and which invariants are checked.</summary>
        public abstract string Description { get; }

        /// <summary>Whether inputs are .stp text (seeded from the tapset and example corpora, AFL dictionary applies).</summary>
        public virtual bool TakesScripts => false;

        /// <summary>Runs one input; throws when an invariant is broken.</summary>
        public abstract void Execute(ReadOnlySpan<byte> data);

        /// <summary>Valid inputs to start mutating from (script targets add the installed corpora, see <see cref="ScriptSeeds"/>).</summary>
        public abstract IEnumerable<byte[]> CreateSeeds();
    }
}
