using System.Collections.Immutable;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen.Tests
{
    public sealed class CNamesTests
    {
        [Fact]
        public void ManglingFollowsStap()
        {
            Assert.Equal("probe_0", CNames.Probe(0));
            Assert.Equal("probe_6374", CNames.Probe(6374));
            Assert.Equal("function___global_exit__overload_0", CNames.Function("exit"));
            Assert.Equal("function___global_fact__overload_2", CNames.Function("fact", 2));
            Assert.Equal("s___global_count", CNames.Global("count"));
            Assert.Equal("l_msg", CNames.Local("msg"));
            Assert.Equal("__tmp12", CNames.Temporary(12));
            Assert.Equal("probe_3_locals", CNames.Locals(CNames.Probe(3)));
        }

        [Fact]
        public void Function_names_past_96_characters_are_hashed_as_stap_numbers_them()
        {
            // stap 4.8 -p3: a 66-character script function keeps function___global_NAME__overload_0 (96 characters), a
            // 67-character one becomes function_N; longer C symbols break kbuild's objtool (".cold" parent > 128).
            string kept = "f" + new string('x', 65), hashed = "f" + new string('x', 66);
            Assert.Equal("function___global_" + kept + "__overload_0", CNames.Function(kept));
            string name = CNames.Function(hashed);
            Assert.Matches("^function_h[0-9a-f]{16}$", name);
            Assert.Equal(name, CNames.Function(hashed));
            Assert.NotEqual(name, CNames.Function(hashed + "y"));
            Assert.NotEqual(name, CNames.Function(hashed, 1));
        }

        [Fact]
        public void MapSuffixIsKeyLettersThenValueLetter()
        {
            Assert.Equal("si", CNames.MapSuffix(ImmutableArray.Create(IrType.String), IrType.Long));
            Assert.Equal("is", CNames.MapSuffix(ImmutableArray.Create(IrType.Long), IrType.String));
            Assert.Equal("sisx", CNames.MapSuffix(ImmutableArray.Create(IrType.String, IrType.Long, IrType.String), IrType.Statistics));
        }

        [Theory]
        [InlineData("plain_name", "plain_name")]
        [InlineData("_X", "__X0058_")]
        [InlineData("a-b", "a_X002D_b")]
        [InlineData("9lives", "_X0039_lives")]
        [InlineData("x;y", "x_X003B_y")]
        [InlineData("", "")]
        public void NonIdentifiersAreEncodedInjectively(string name, string expected)
        {
            Assert.Equal(expected, CNames.Identifier(name));
        }

        [Fact]
        public void EncodedNamesCannotCollideWithPlainOnes()
        {
            // "a-b" encodes to a_X002D_b; the plain name a_X002D_b must encode differently.
            Assert.NotEqual(CNames.Identifier("a-b"), CNames.Identifier("a_X002D_b"));
        }
    }
}
