namespace StapSharp.Semantics
{
    /// <summary>An alias name found by the library scan: the file to pull in to get its declaration.</summary>
    /// <param name="Path">The library file.</param>
    /// <param name="Name">The alias name, components joined by dots.</param>
    internal sealed record LibraryAliasTarget(string Path, string Name);
}
