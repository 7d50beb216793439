namespace StapSharp.Syntax.Tests.Syntax
{
    public class NormalizerTests
    {
        private static string Normalize(string text) => StapSyntaxTree.ParseText(text).GetRoot().NormalizeWhitespace().ToFullString();

        [Theory]
        [InlineData("probe begin{print(\"hi\")}", "probe begin {\n    print(\"hi\")\n}\n")]
        [InlineData("global a,b", "global a, b\n")]
        [InlineData("probe kernel . function ( \"x\" ) . return ? { }", "probe kernel.function(\"x\").return? {\n}\n")]
        [InlineData("probe begin { x=a- -b; y=a - - b }", "probe begin {\n    x = a - -b;\n    y = a - -b\n}\n")]
        [InlineData("probe begin { x = a-(-b) }", "probe begin {\n    x = a - (-b)\n}\n")]
        [InlineData("probe begin { if(x)y=1 else{z=2} }", "probe begin {\n    if (x)\n        y = 1\n    else {\n        z = 2\n    }\n}\n")]
        [InlineData("probe begin { if (x) { } else if (y) { } }", "probe begin {\n    if (x) {\n    } else if (y) {\n    }\n}\n")]
        [InlineData("function f:long(a:long,b){return a}", "function f:long(a:long, b) {\n    return a\n}\n")]
        [InlineData("probe begin { foreach([a,b] in arr- limit 3) n++ }", "probe begin {\n    foreach ([a, b] in arr- limit 3)\n        n++\n}\n")]
        [InlineData("probe begin { x = $p->m$$; y = @cast(p,\"t\")->f }", "probe begin {\n    x = $p->m$$;\n    y = @cast(p, \"t\")->f\n}\n")]
        [InlineData("probe begin { s = \"a\" . \"b\" \"c\" }", "probe begin {\n    s = \"a\" . \"b\" \"c\"\n}\n")]
        [InlineData("probe begin { try { x = 1 } catch(e) { next } }", "probe begin {\n    try {\n        x = 1\n    } catch (e) {\n        next\n    }\n}\n")]
        [InlineData("probe a.{b,c} {}", "probe a.{b, c} {\n}\n")]
        [InlineData("global x probe begin { }", "global x\n\nprobe begin {\n}\n")]
        public void FormatsTheStapWay(string input, string expected)
        {
            Assert.Equal(expected, Normalize(input));
        }

        [Theory]
        [InlineData("# head\nprobe begin { # inside\n  x = 1 // trailing\n  /* block */ y = 2\n}\n# tail\n")]
        [InlineData("probe begin { x = %( arch == \"x86_64\" %? 1 %: 2 %) }")]
        [InlineData("%( kernel_v < \"2.6\" %?\nprobe old {}\n%:\nprobe new { }\n%)\n")]
        [InlineData("@define twice(x) %( (@x) * 2 %)\nprobe begin { print(@twice(3)) }")]
        [InlineData("probe process(\"a\").function(\"*\"), syscall.*open*, sys**read { }")]
        [InlineData("probe begin { a = b\n++c }")]
        [InlineData(TreeSamples.Script)]
        [InlineData("probe begin { }\n\0 ignored { garbage")]
        [InlineData("probe begin { } /* unterminated")]
        public void IsIdempotentAndKeepsTokensAndComments(string input)
        {
            var original = StapSyntaxTree.ParseText(input).GetRoot();
            var once = original.NormalizeWhitespace();
            var twice = StapSyntaxTree.ParseText(once.ToFullString()).GetRoot().NormalizeWhitespace();
            Assert.Equal(once.ToFullString(), twice.ToFullString());

            var before = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(original.DescendantTokens(), t => t.Kind + ":" + t.Text));
            var after = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(StapSyntaxTree.ParseText(once.ToFullString()).GetRoot().DescendantTokens(), t => t.Kind + ":" + t.Text));
            Assert.Equal(before, after);

            var comments = System.Linq.Enumerable.Where(original.DescendantTrivia(), t => t.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia);
            foreach (var comment in comments) Assert.Contains(comment.ToString(), once.ToFullString());
        }

        [Fact]
        public void ProbePointNamePiecesKeepTheirAdjacency()
        {
            Assert.Equal("probe sys**open, foo*bar {\n}\n", Normalize("probe sys**open , foo*bar{}"));
        }

        [Fact]
        public void NormalizesAFragment()
        {
            var expression = SyntaxFactory.ParseExpression("a+b*  c");
            Assert.Equal("a + b * c", expression.NormalizeWhitespace().ToFullString());
        }
    }
}
