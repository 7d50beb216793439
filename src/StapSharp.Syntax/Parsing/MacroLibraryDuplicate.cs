namespace StapSharp.Syntax
{
    /// <summary>A library macro defined in two <c>.stpm</c> files (an error in stap).</summary>
    public sealed class MacroLibraryDuplicate
    {
        internal MacroLibraryDuplicate(string name, string firstFilePath, string duplicateFilePath)
        {
            Name = name;
            FirstFilePath = firstFilePath;
            DuplicateFilePath = duplicateFilePath;
        }

        /// <summary>The macro name (without <c>@</c>).</summary>
        public string Name { get; }

        /// <summary>The file whose definition is kept.</summary>
        public string FirstFilePath { get; }

        /// <summary>The file that defines it again.</summary>
        public string DuplicateFilePath { get; }

        /// <inheritdoc/>
        public override string ToString() => DuplicateFilePath + ": macro '@" + Name + "' is already defined in " + FirstFilePath;
    }
}
