using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    // Every accept/reject decision below was checked with `stap -p2` 4.8 on this machine; the patterns
    // are stap values (C escapes kept), written here as C# strings.
    public sealed class RegexPatternTests
    {
        [Theory]
        [InlineData("abc")]
        [InlineData("")]
        [InlineData("a)")]
        [InlineData(")")]
        [InlineData("a**")]
        [InlineData("a+*")]
        [InlineData("a*?")]
        [InlineData("a+?")]
        [InlineData("a{1}")]
        [InlineData("a{01}")]
        [InlineData("a{0,0}")]
        [InlineData("a{1}{2}")]
        [InlineData("a{12344}")]
        [InlineData("a{2,}")]
        [InlineData(@"\\d")]
        [InlineData(@"\\w")]
        [InlineData(@"\\(")]
        [InlineData(@"\\1")]
        [InlineData(@"\\0")]
        [InlineData(@"\\x41")]
        [InlineData(@"\n")]
        [InlineData("[a-]")]
        [InlineData("[-a]")]
        [InlineData("[--]")]
        [InlineData("[]]")]
        [InlineData(@"[\\]]")]
        [InlineData("[[:alpha:]-z]")]
        [InlineData("[[.a.]]")]
        [InlineData("[[=a=]]")]
        [InlineData("a||b")]
        [InlineData("|a")]
        [InlineData("()")]
        [InlineData("(|)")]
        [InlineData("(a|)+")]
        [InlineData("(^)*")]
        [InlineData("$^")]
        [InlineData(".")]
        [InlineData("}")]
        [InlineData("]")]
        [InlineData("a]")]
        [InlineData("(?:a)")]
        [InlineData("^([a-z]+)\\\\.([a-z]+)$")]
        public void Accepted_as_by_stap(string pattern)
        {
            RegexPattern parsed = RegexPattern.Parse(pattern);

            Assert.False(parsed.HasErrors, string.Join("; ", parsed.Errors));
            Assert.NotNull(parsed.Root);
        }

        [Theory]
        [InlineData("(", (int)ErrorCode.ERR_RegexMissingCloseParen, 1, 0)]
        [InlineData("(a", (int)ErrorCode.ERR_RegexMissingCloseParen, 2, 0)]
        [InlineData("x)y", (int)ErrorCode.ERR_RegexUnbalancedCloseParen, 1, 1)]
        [InlineData("[", (int)ErrorCode.ERR_RegexUnclosedClass, 1, 0)]
        [InlineData("[a", (int)ErrorCode.ERR_RegexUnclosedClass, 2, 0)]
        [InlineData("[]", (int)ErrorCode.ERR_RegexUnclosedClass, 2, 0)]
        [InlineData("[^]", (int)ErrorCode.ERR_RegexUnclosedClass, 3, 0)]
        [InlineData("[[:alpha:]", (int)ErrorCode.ERR_RegexUnclosedClass, 10, 0)]
        [InlineData("*", (int)ErrorCode.ERR_RegexNothingToRepeat, 0, 1)]
        [InlineData("*a", (int)ErrorCode.ERR_RegexNothingToRepeat, 0, 1)]
        [InlineData("+a", (int)ErrorCode.ERR_RegexNothingToRepeat, 0, 1)]
        [InlineData("?a", (int)ErrorCode.ERR_RegexNothingToRepeat, 0, 1)]
        [InlineData("{", (int)ErrorCode.ERR_RegexNothingToRepeat, 0, 1)]
        [InlineData("a|*", (int)ErrorCode.ERR_RegexNothingToRepeat, 2, 1)]
        [InlineData("(*a)", (int)ErrorCode.ERR_RegexNothingToRepeat, 1, 1)]
        [InlineData("(+)", (int)ErrorCode.ERR_RegexNothingToRepeat, 1, 1)]
        [InlineData("^*", (int)ErrorCode.ERR_RegexRepeatedAnchor, 1, 1)]
        [InlineData("^+", (int)ErrorCode.ERR_RegexRepeatedAnchor, 1, 1)]
        [InlineData("$*", (int)ErrorCode.ERR_RegexRepeatedAnchor, 1, 1)]
        [InlineData("a$?", (int)ErrorCode.ERR_RegexRepeatedAnchor, 2, 1)]
        [InlineData("a{", (int)ErrorCode.ERR_RegexIntervalNumberExpected, 2, 0)]
        [InlineData("a{,2}", (int)ErrorCode.ERR_RegexIntervalNumberExpected, 2, 1)]
        [InlineData("a{x}", (int)ErrorCode.ERR_RegexIntervalNumberExpected, 2, 1)]
        [InlineData("a{ 1}", (int)ErrorCode.ERR_RegexIntervalNumberExpected, 2, 1)]
        [InlineData("a{b", (int)ErrorCode.ERR_RegexIntervalNumberExpected, 2, 1)]
        [InlineData("a{1", (int)ErrorCode.ERR_RegexUnexpectedEnd, 3, 0)]
        [InlineData("a{1,", (int)ErrorCode.ERR_RegexIntervalCloseExpected, 4, 0)]
        [InlineData(@"\\", (int)ErrorCode.ERR_RegexUnexpectedEnd, 2, 0)]
        [InlineData(@"a\\", (int)ErrorCode.ERR_RegexUnexpectedEnd, 3, 0)]
        [InlineData("a{12345}", (int)ErrorCode.ERR_RegexIntervalTooLarge, 2, 5)]
        [InlineData("x{65535}", (int)ErrorCode.ERR_RegexIntervalTooLarge, 2, 5)]
        [InlineData("a{2,12345}", (int)ErrorCode.ERR_RegexIntervalTooLarge, 4, 5)]
        [InlineData("a{99999999999999999999}", (int)ErrorCode.ERR_RegexIntervalNumberInvalid, 2, 20)]
        [InlineData("a{2,1}", (int)ErrorCode.ERR_RegexIntervalInverted, 1, 5)]
        [InlineData("[[:foo:]]", (int)ErrorCode.ERR_RegexUnknownCharacterClass, 1, 7)]
        [InlineData("[[:word:]]+", (int)ErrorCode.ERR_RegexUnknownCharacterClass, 1, 8)]
        [InlineData("[z-a]", (int)ErrorCode.ERR_RegexInvertedRange, 1, 3)]
        [InlineData("[a-[:alpha:]]", (int)ErrorCode.ERR_RegexInvertedRange, 1, 3)]
        [InlineData(@"[a-\\\\]", (int)ErrorCode.ERR_RegexInvertedRange, 1, 4)]
        [InlineData("(?)", (int)ErrorCode.ERR_RegexUnknownGroupModifier, 0, 3)]
        [InlineData("(?a)", (int)ErrorCode.ERR_RegexUnknownGroupModifier, 0, 3)]
        [InlineData("(?", (int)ErrorCode.ERR_RegexUnknownGroupModifier, 0, 2)]
        public void Rejected_as_by_stap(string pattern, int code, int start, int length)
        {
            RegexPattern parsed = RegexPattern.Parse(pattern);

            SubLanguageError error = Assert.Single(parsed.Errors);
            Assert.Equal((ErrorCode)code, error.Code);
            Assert.Equal(new TextSpan(start, length), error.Span);
            Assert.Null(parsed.Root);
        }

        [Theory]
        [InlineData("x{65535}", "65535 is too large")]
        [InlineData("[z-a]", "Inverted character range z-a")]
        [InlineData("[[:foo:]]", "unknown character class 'foo'")]
        [InlineData("(a", "expected ), found end of regex")]
        [InlineData("x)y", "unbalanced ')'")]
        [InlineData("*", "unexpected '*'")]
        [InlineData("^*", "postfix closure '*' applied to anchoring operator")]
        [InlineData("a{1,", "expected '}' or number")]
        public void Messages_use_stap_wording(string pattern, string message) =>
            Assert.Equal(message, RegexPattern.Parse(pattern).Errors[0].Message);

        [Theory]
        [InlineData("abc", 0)]
        [InlineData("(a)(b(c))", 3)]
        [InlineData("(?:a)(b)", 1)]
        [InlineData("(x)(z)|(x)(y)", 4)]
        [InlineData(@"\\(a\\)", 0)]
        [InlineData("[(]", 0)]
        public void Groups_are_counted_by_their_opening_parenthesis(string pattern, int groups) =>
            Assert.Equal(groups, RegexPattern.Parse(pattern).GroupCount);

        [Fact]
        public void C_escapes_are_bytes_and_a_doubled_backslash_escapes_the_next_byte()
        {
            // "\n" is a newline; "\\n" is the regex escape of 'n' (a literal n); "\\\\" a literal backslash; "\x41" is 'A'.
            Assert.Equal(new[] { (byte)'\n' }, Literals(@"\n"));
            Assert.Equal(new[] { (byte)'n' }, Literals(@"\\n"));
            Assert.Equal(new[] { (byte)'\\' }, Literals(@"\\\\"));
            Assert.Equal(new[] { (byte)'A' }, Literals(@"\x41"));
            Assert.Equal(new[] { (byte)'A' }, Literals(@"\101"));
            Assert.Equal(new[] { (byte)'x', (byte)'4', (byte)'1' }, Literals(@"\\x41"));
        }

        [Fact]
        public void Non_capturing_group_keeps_its_colon_as_stap_4_8_does()
        {
            var group = Assert.IsType<RegexGroup>(RegexPattern.Parse("(?:b)").Root);
            Assert.Equal(0, group.Number);
            var body = Assert.IsType<RegexSequence>(group.Body);
            Assert.Equal(new[] { (byte)':', (byte)'b' }, body.Items.Cast<RegexLiteral>().Select(l => l.Value));
        }

        [Fact]
        public void A_trailing_close_parenthesis_is_ignored() =>
            Assert.IsType<RegexLiteral>(RegexPattern.Parse("a)").Root);

        [Fact]
        public void Bracket_sets_apply_ranges_classes_negation_and_never_hold_nul()
        {
            var set = Assert.IsType<RegexByteSet>(RegexPattern.Parse("[^a-c[:digit:]]").Root).Bits;
            Assert.False(set.Contains('a'));
            Assert.False(set.Contains('c'));
            Assert.False(set.Contains('5'));
            Assert.True(set.Contains('d'));
            Assert.True(set.Contains(0xff));
            Assert.False(set.Contains(0));
        }

        [Fact]
        public void Parse_is_cached_and_rejects_null()
        {
            Assert.Same(RegexPattern.Parse("a(b)c"), RegexPattern.Parse("a(b)c"));
            Assert.Throws<System.ArgumentNullException>(() => RegexPattern.Parse(null!));
        }

        [Fact]
        public void Binder_reports_an_invalid_literal_pattern_inside_the_string()
        {
            const string source = "probe begin { if (\"abc\" =~ \"a[z-b]\") println(1) }";
            var compilation = StapCompilation.Create(new[] { StapSyntaxTree.ParseText(source, path: "t.stp") });

            var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Id == "STP0712");
            int literal = source.IndexOf("\"a[z-b]\"", System.StringComparison.Ordinal);
            Assert.Equal(new TextSpan(literal + 3, 3), diagnostic.Location.SourceSpan);   // "z-b", after the quote and the a
            Assert.Equal("Inverted character range z-b", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Binder_accepts_valid_patterns()
        {
            var valid = StapCompilation.Create(new[] { StapSyntaxTree.ParseText("probe begin { if (\"abc\" !~ \"b(c)$\") println(1) }", path: "t.stp") });
            Assert.DoesNotContain(valid.GetDiagnostics(), d => d.Id.StartsWith("STP07", System.StringComparison.Ordinal));
        }

        private static byte[] Literals(string pattern)
        {
            RegexNode? root = RegexPattern.Parse(pattern).Root;
            return root switch
            {
                RegexLiteral literal => new[] { literal.Value },
                RegexSequence sequence => sequence.Items.Cast<RegexLiteral>().Select(l => l.Value).ToArray(),
                _ => System.Array.Empty<byte>(),
            };
        }
    }
}
