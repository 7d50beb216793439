using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>What one library file declares at top level, found by <see cref="TapsetScanner"/> without parsing.</summary>
    /// <param name="Path">The file path.</param>
    /// <param name="Functions">Names of the functions it defines (private ones included).</param>
    /// <param name="Globals">Names of the globals it declares (private ones included).</param>
    /// <param name="Aliases">The probe alias names it declares, each split into components.</param>
    /// <param name="Macros">Names of the macros it defines with <c>@define</c>.</param>
    internal sealed record TapsetFileIndex(
        string Path,
        ImmutableArray<string> Functions,
        ImmutableArray<string> Globals,
        ImmutableArray<ImmutableArray<string>> Aliases,
        ImmutableArray<string> Macros);
}
