namespace StapSharp.Syntax
{
    /// <summary>What kind of file a script is, which decides whether privileged constructs are allowed.</summary>
    public enum StapSourceKind
    {
        /// <summary>A user script (<c>stap script.stp</c> or <c>-e</c>): unprivileged unless guru mode is on.</summary>
        Script = 0,

        /// <summary>A tapset or <c>-I</c> library file (<c>.stp</c> or <c>.stpm</c>): always privileged.</summary>
        Library = 1,
    }
}
