using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    public sealed partial class StapSyntaxTree
    {
        /// <summary>Parses a .stp script. Never throws for bad input: problems become diagnostics.</summary>
        /// <param name="text">The script text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        /// <param name="path">The file path used in diagnostic locations.</param>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The agreed API, shaped like CSharpSyntaxTree.ParseText.")]
        public static StapSyntaxTree ParseText(string text, StapParseOptions? options = null, string path = "") =>
            ParseText(SourceText.From(text ?? string.Empty), options, path, CancellationToken.None);

        /// <summary>Parses a .stp script. Never throws for bad input: problems become diagnostics.</summary>
        /// <param name="text">The script text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        /// <param name="path">The file path used in diagnostic locations.</param>
        /// <param name="cancellationToken">Cancels parsing.</param>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The agreed API, shaped like CSharpSyntaxTree.ParseText.")]
        public static StapSyntaxTree ParseText(SourceText text, StapParseOptions? options = null, string path = "", CancellationToken cancellationToken = default)
        {
            options ??= StapParseOptions.Default;
            var green = new LanguageParser(text, options, cancellationToken).ParseCompilationUnit();
            var root = green.CreateRed();
            var tree = new StapSyntaxTree(root, text, options, path ?? string.Empty);
            root.AttachSyntaxTree(tree);
            return tree;
        }
    }
}
