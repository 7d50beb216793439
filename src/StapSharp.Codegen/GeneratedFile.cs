namespace StapSharp.Codegen
{
    /// <summary>One file of a generated module.</summary>
    /// <param name="RelativePath">The path relative to the module build directory (no directories today).</param>
    /// <param name="Text">The content, with <c>\n</c> line endings.</param>
    public sealed record GeneratedFile(string RelativePath, string Text);
}
