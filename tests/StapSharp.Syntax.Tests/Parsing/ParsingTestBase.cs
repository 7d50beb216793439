using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>
    /// Base of the parsing tests (STYLE §9). <c>UsingTree</c>/<c>UsingStatement</c>/<c>UsingExpression</c>/<c>UsingProbePoint</c>
    /// parse the input, check the round trip and the expected diagnostics; then <see cref="N"/>, <see cref="M"/> and
    /// <see cref="EOF"/> walk the nodes and tokens depth-first. A failure prints the actual tree as N(...) lines.
    /// </summary>
    public abstract class ParsingTestBase
    {
        private readonly ITestOutputHelper _output;
        private List<GreenNode> _items = new();
        private int _next;
        private GreenNode? _root;

        protected ParsingTestBase(ITestOutputHelper output) => _output = output;

        /// <summary>Options for the next Using* call.</summary>
        protected StapParseOptions Options { get; set; } = StapParseOptions.Default;

        private protected void UsingTree(string text, params DiagnosticDescription[] expected)
            => Using(text, p => p.ParseCompilationUnit(), expected);

        private protected void UsingStatement(string text, params DiagnosticDescription[] expected)
            => Using(text, p => p.ParseStatement(), expected);

        private protected void UsingExpression(string text, params DiagnosticDescription[] expected)
            => Using(text, p => p.ParseExpression(), expected);

        private protected void UsingProbePoint(string text, params DiagnosticDescription[] expected)
            => Using(text, p => p.ParseProbePoint(), expected);

        /// <summary>Parses a whole file with the current options (for tests that inspect the green tree directly).</summary>
        internal GreenNode ParseTree(string text) => new LanguageParser(SourceText.From(text), Options).ParseCompilationUnit();

        private void Using(string text, Func<LanguageParser, GreenNode> parse, DiagnosticDescription[] expected)
        {
            var parser = new LanguageParser(SourceText.From(text), Options);
            var root = parse(parser);
            _root = root;
            _items = GreenTreeInspector.NodesAndTokens(root);
            _next = 0;
            Assert.Equal(text, root.ToFullString());
            CheckDiagnostics(text, root, expected);
        }

        private void CheckDiagnostics(string text, GreenNode root, DiagnosticDescription[] expected)
        {
            var source = SourceText.From(text);
            var actual = GreenTreeInspector.Diagnostics(root).Select(d => DiagnosticDescription.From(source, d)).ToList();
            bool match = actual.Count == expected.Length;
            for (int i = 0; match && i < actual.Count; i++)
                match = expected[i].Matches(actual[i]);
            if (match) return;
            var message = new StringBuilder("Diagnostics differ.\nExpected:\n");
            foreach (var e in expected) message.Append("    ").Append(e).Append('\n');
            message.Append("Actual:\n");
            foreach (var a in actual) message.Append("    ").Append(a).Append(",\n");
            Fail(message.ToString());
        }

        /// <summary>Asserts that the next node or token has <paramref name="kind"/> (and text, for tokens) and is not missing.</summary>
        protected void N(SyntaxKind kind, string? text = null)
        {
            var item = NextItem(kind);
            if (item.IsMissing) Fail($"Expected N({kind}) but the token is missing.");
            if (text != null && item is GreenToken token && token.Text != text)
                Fail($"Expected N({kind}, {GreenTreeInspector.Quote(text)}) but the text is {GreenTreeInspector.Quote(token.Text)}.");
        }

        /// <summary>Asserts that the next item is a missing token of <paramref name="kind"/>.</summary>
        protected void M(SyntaxKind kind)
        {
            var item = NextItem(kind);
            if (!item.IsMissing) Fail($"Expected M({kind}) but the token is present.");
        }

        /// <summary>Asserts that every node and token was checked.</summary>
        protected void EOF()
        {
            if (_next < _items.Count)
                Fail($"Expected the end of the tree but found {_items[_next].Kind}.");
        }

        private GreenNode NextItem(SyntaxKind kind)
        {
            if (_next >= _items.Count) Fail($"Expected {kind} but the tree has ended.");
            var item = _items[_next++];
            if (item.Kind != kind) Fail($"Expected {kind} but found {item.Kind} (item {_next}).");
            return item;
        }

        private void Fail(string message)
        {
            var tree = _root == null ? "" : GreenTreeInspector.Print(_root);
            _output.WriteLine(tree);
            throw new XunitException(message + "\nActual tree:\n" + tree);
        }

        /// <summary>An expected diagnostic: its code, the text it covers and (optionally) its 1-based line and column.</summary>
        private protected static DiagnosticDescription Diagnostic(ErrorCode code, string squiggledText = "") => new(code, squiggledText, 0, 0);
    }

    /// <summary>An expected or actual diagnostic in the form the parsing tests compare.</summary>
    internal sealed record DiagnosticDescription(ErrorCode Code, string SquiggledText, int Line, int Column)
    {
        /// <summary>Adds the 1-based position the diagnostic must start at.</summary>
        public DiagnosticDescription WithLocation(int line, int column) => this with { Line = line, Column = column };

        internal static DiagnosticDescription From(SourceText text, FoundDiagnostic found)
        {
            var position = text.Lines.GetLinePosition(Math.Min(found.Position, text.Length));
            int end = Math.Min(found.Position + found.Width, text.Length);
            string squiggled = found.Position <= text.Length ? text.ToString(TextSpan.FromBounds(Math.Min(found.Position, text.Length), end)) : "";
            return new DiagnosticDescription(found.Code, squiggled, position.Line + 1, position.Character + 1);
        }

        internal bool Matches(DiagnosticDescription actual)
            => Code == actual.Code && SquiggledText == actual.SquiggledText
               && (Line == 0 || (Line == actual.Line && Column == actual.Column));

        /// <inheritdoc/>
        public override string ToString()
            => $"Diagnostic(ErrorCode.{Code}, {GreenTreeInspector.Quote(SquiggledText)}).WithLocation({Line}, {Column})";
    }
}
