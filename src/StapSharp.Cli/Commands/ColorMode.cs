namespace StapSharp.Cli.Commands
{
    /// <summary>When diagnostics are coloured: <c>--color=auto|always|never</c>.</summary>
    internal enum ColorMode
    {
        Auto,
        Always,
        Never,
    }
}
