using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    public static partial class SyntaxFactory
    {
        /// <summary>Parses a whole script (same as <see cref="StapSyntaxTree.ParseText(string, StapParseOptions?, string)"/>, root only).</summary>
        /// <param name="text">The script text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        public static CompilationUnitSyntax ParseCompilationUnit(string text, StapParseOptions? options = null) =>
            StapSyntaxTree.ParseText(text, options).GetRoot();

        /// <summary>Parses one expression; anything after it is kept as skipped-tokens trivia with a diagnostic.</summary>
        /// <param name="text">The expression text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        public static ExpressionSyntax ParseExpression(string text, StapParseOptions? options = null) =>
            (ExpressionSyntax)Root(Parser(text, options).ParseExpression(), text, options);

        /// <summary>Parses one statement; anything after it is kept as skipped-tokens trivia with a diagnostic.</summary>
        /// <param name="text">The statement text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        public static StatementSyntax ParseStatement(string text, StapParseOptions? options = null) =>
            (StatementSyntax)Root(Parser(text, options).ParseStatement(), text, options);

        /// <summary>Parses one probe point (for example <c>kernel.function("vfs_read").return</c>).</summary>
        /// <param name="text">The probe point text.</param>
        /// <param name="options">Parse options (default: <see cref="StapParseOptions.Default"/>).</param>
        public static ProbePointSyntax ParseProbePoint(string text, StapParseOptions? options = null) =>
            (ProbePointSyntax)Root(Parser(text, options).ParseProbePoint(), text, options);

        private static LanguageParser Parser(string text, StapParseOptions? options) =>
            new(SourceText.From(text ?? string.Empty), options ?? StapParseOptions.Default, CancellationToken.None);

        /// <summary>The red root of a parsed fragment, in a tree of its own so its diagnostics have locations.</summary>
        private static StapSyntaxNode Root(InternalSyntax.GreenNode green, string text, StapParseOptions? options) =>
            StapSyntaxTree.CreateParsedFragment(green, SourceText.From(text ?? string.Empty), options ?? StapParseOptions.Default);
    }
}
