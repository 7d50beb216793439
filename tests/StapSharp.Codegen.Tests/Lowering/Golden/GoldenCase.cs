using System.Collections.Generic;

namespace StapSharp.Codegen.Tests.Lowering.Golden
{
    /// <summary>One golden lowering case: a script whose binding produces <see cref="Kind"/>, and how to compile it.</summary>
    internal sealed record GoldenCase(string Kind, string Script, bool Guru = false, IReadOnlyList<string>? Arguments = null);
}
