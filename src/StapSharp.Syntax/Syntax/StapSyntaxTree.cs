using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>A parsed .stp file (or a tree built with the factory): its root, text, options and path.</summary>
    public sealed partial class StapSyntaxTree
    {
        private readonly StapSyntaxNode _root;
        private SourceText? _text;

        private StapSyntaxTree(StapSyntaxNode root, SourceText? text, StapParseOptions options, string path)
        {
            _root = root;
            _text = text;
            Options = options;
            FilePath = path;
        }

        /// <summary>The path given when the tree was created (used in diagnostic locations); may be empty.</summary>
        public string FilePath { get; }

        /// <summary>The options the text was parsed with.</summary>
        public StapParseOptions Options { get; }

        /// <summary>The text of the tree: the parsed text, or the full text of a factory-made root.</summary>
        /// <param name="cancellationToken">Cancels the operation.</param>
        public SourceText GetText(CancellationToken cancellationToken = default)
        {
            var text = _text;
            if (text != null) return text;
            cancellationToken.ThrowIfCancellationRequested();
            var created = SourceText.From(_root.ToFullString());
            return Interlocked.CompareExchange(ref _text, created, null) ?? created;
        }

        /// <summary>The root of the tree, whatever its type.</summary>
        public StapSyntaxNode GetRootNode() => _root;

        /// <summary>The root of the tree. Throws if the tree was made from a factory node that is not a compilation unit.</summary>
        /// <param name="cancellationToken">Cancels the operation.</param>
        public CompilationUnitSyntax GetRoot(CancellationToken cancellationToken = default) =>
            _root as CompilationUnitSyntax
            ?? throw new InvalidOperationException($"The root of this tree is a {_root.Kind}, not a compilation unit; use GetRootNode().");

        /// <summary>A tree whose root is a copy of <paramref name="root"/> (a node of another tree is copied, not moved).</summary>
        /// <param name="root">The root node.</param>
        /// <param name="options">The options to record (default: <see cref="StapParseOptions.Default"/>).</param>
        /// <param name="path">The file path for diagnostic locations.</param>
        public static StapSyntaxTree Create(StapSyntaxNode root, StapParseOptions? options = null, string path = "")
        {
            if (root == null) throw new ArgumentNullException(nameof(root));
            var red = root.Green.CreateRed();
            var tree = new StapSyntaxTree(red, null, options ?? StapParseOptions.Default, path ?? string.Empty);
            red.AttachSyntaxTree(tree);
            return tree;
        }

        /// <summary>The tree of a parentless node that had none yet (the node itself becomes the root).</summary>
        internal static StapSyntaxTree CreateForRoot(StapSyntaxNode root) =>
            new(root, null, StapParseOptions.Default, string.Empty);

        /// <summary>A tree for a fragment parsed by the factory (expression, statement, probe point).</summary>
        internal static StapSyntaxNode CreateParsedFragment(InternalSyntax.GreenNode green, SourceText text, StapParseOptions options)
        {
            var root = green.CreateRed();
            root.AttachSyntaxTree(new StapSyntaxTree(root, text, options, string.Empty));
            return root;
        }

        /// <summary>The full text of the tree.</summary>
        public override string ToString() => GetText().ToString();
    }
}
