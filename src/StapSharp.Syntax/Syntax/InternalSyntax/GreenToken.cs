using System.Text;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// A token: its kind, its exact source text, an optional interpreted value, and its leading and
    /// trailing trivia (each null, a single trivia, a structured-trivia node, or a <see cref="GreenList"/> of them).
    /// </summary>
    internal sealed class GreenToken : GreenNode
    {
        private readonly GreenNode? _leading;
        private readonly GreenNode? _trailing;
        private GreenList? _asList;

        public GreenToken(SyntaxKind kind, string text, object? value, GreenNode? leading, GreenNode? trailing,
            SyntaxDiagnosticInfo[]? diagnostics = null, bool isMissing = false)
            : base(kind, diagnostics)
        {
            Text = text;
            Value = value;
            _leading = leading;
            _trailing = trailing;
            FullWidth = text.Length;
            AdjustFlagsAndWidth(leading);
            AdjustFlagsAndWidth(trailing);
            if (isMissing) Flags |= NodeFlags.IsMissing;
        }

        /// <summary>
        /// The list holding just this token (a numeric literal, a one-piece string or probe point name). Green nodes
        /// are position-less, so every parent of a shared (cached) token can share this list too: one-element
        /// lists were the most frequent green node of a corpus parse. (A race only builds two equal lists.)
        /// </summary>
        public GreenList AsSingletonList => _asList ??= GreenList.CreateSingle(this);

        /// <summary>The exact source text of the token (empty for a missing token).</summary>
        public string Text { get; }

        /// <summary>The interpreted value: <c>long</c> for numbers, the stap string value for strings, null otherwise.</summary>
        public object? Value { get; }

        /// <summary>The value as text: the stap value of a string literal, else <see cref="Text"/>.</summary>
        public string ValueText => Value as string ?? Text;

        public override bool IsToken => true;
        public override int SlotCount => 0;
        public override GreenNode? GetSlot(int index) => null;
        public override int Width => Text.Length;
        public override int GetLeadingTriviaWidth() => _leading?.FullWidth ?? 0;
        public override int GetTrailingTriviaWidth() => _trailing?.FullWidth ?? 0;
        public override GreenNode? GetLeadingTrivia() => _leading;
        public override GreenNode? GetTrailingTrivia() => _trailing;

        public GreenToken WithLeadingTrivia(GreenNode? leading) => new(Kind, Text, Value, leading, _trailing, Diagnostics, IsMissing);
        public GreenToken WithTrailingTrivia(GreenNode? trailing) => new(Kind, Text, Value, _leading, trailing, Diagnostics, IsMissing);
        public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new GreenToken(Kind, Text, Value, _leading, _trailing, diagnostics, IsMissing);

        /// <summary>A zero-width token that the parser expected but did not find.</summary>
        public static GreenToken CreateMissing(SyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null)
            => new(kind, string.Empty, null, leading, trailing, null, isMissing: true);

        internal override void WriteTokenOrTriviaTo(StringBuilder builder, bool leading, bool trailing)
        {
            if (leading && _leading != null) _leading.WriteTo(builder);
            builder.Append(Text);
            if (trailing && _trailing != null) _trailing.WriteTo(builder);
        }
    }
}
