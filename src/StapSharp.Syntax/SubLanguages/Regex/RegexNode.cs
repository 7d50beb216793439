using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>A node of a parsed regular expression; spans are offsets in the pattern's stap value.</summary>
    internal abstract record RegexNode(TextSpan Span);

    /// <summary>Matches the empty string (an empty pattern, alternative or group).</summary>
    internal sealed record RegexEmpty(TextSpan Span) : RegexNode(Span);

    /// <summary>One byte, compared exactly (stap's matching is case-sensitive and byte-wise).</summary>
    internal sealed record RegexLiteral(TextSpan Span, byte Value) : RegexNode(Span);

    /// <summary><c>.</c>: any byte, newline included.</summary>
    internal sealed record RegexAnyByte(TextSpan Span) : RegexNode(Span);

    /// <summary>A bracket expression: the set of bytes it matches (negation already applied; never NUL).</summary>
    internal sealed record RegexByteSet(TextSpan Span, RegexByteSetBits Bits) : RegexNode(Span);

    /// <summary><c>^</c> (start of the string only) or <c>$</c> (end of the string only).</summary>
    internal sealed record RegexAnchor(TextSpan Span, bool AtStart) : RegexNode(Span);

    /// <summary>A parenthesized group; <paramref name="Number"/> is its capture number (1-based), or 0 for <c>(?:</c>.</summary>
    internal sealed record RegexGroup(TextSpan Span, RegexNode Body, int Number) : RegexNode(Span);

    /// <summary>Nodes matched one after the other.</summary>
    internal sealed record RegexSequence(TextSpan Span, ImmutableArray<RegexNode> Items) : RegexNode(Span);

    /// <summary><c>a|b|...</c>: the alternatives in priority order.</summary>
    internal sealed record RegexAlternation(TextSpan Span, ImmutableArray<RegexNode> Alternatives) : RegexNode(Span);

    /// <summary><c>*</c>, <c>+</c>, <c>?</c> and <c>{m,n}</c>: <paramref name="Max"/> is -1 when unbounded. All are greedy.</summary>
    internal sealed record RegexRepeat(TextSpan Span, RegexNode Body, int Min, int Max) : RegexNode(Span);
}
