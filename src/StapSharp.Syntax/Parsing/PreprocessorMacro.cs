using System.Collections.Generic;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>A macro definition as the preprocessor sees it: its name, parameter names and body tokens (unexpanded).</summary>
    internal sealed class PreprocessorMacro
    {
        public PreprocessorMacro(string name, IReadOnlyList<string> parameters, IReadOnlyList<GreenToken> body, string? filePath = null)
        {
            Name = name;
            Parameters = parameters;
            Body = body;
            FilePath = filePath;
        }

        /// <summary>The name without the <c>@</c>.</summary>
        public string Name { get; }

        public IReadOnlyList<string> Parameters { get; }

        /// <summary>The tokens between <c>%(</c> and the matching <c>%)</c>; nested conditionals are kept unevaluated.</summary>
        public IReadOnlyList<GreenToken> Body { get; }

        /// <summary>The file that defines it (library macros), or null.</summary>
        public string? FilePath { get; }
    }
}
