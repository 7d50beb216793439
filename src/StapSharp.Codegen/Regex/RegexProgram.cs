using System.Collections.Immutable;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// A regular expression compiled for the emitted Pike VM: instructions, the byte sets they test, and the number
    /// of capture slots (two per group, group 0 being the whole match).
    /// </summary>
    internal sealed record RegexProgram(ImmutableArray<RegexInstruction> Instructions, ImmutableArray<RegexByteSetBits> ByteSets, int CaptureSlots)
    {
        /// <summary>The C tables index instructions with 16 bits.</summary>
        public const int MaxInstructions = 65535;
    }
}
