using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    public sealed class TapsetScannerTests
    {
        [Fact]
        public void IndexesTopLevelNamesOnly()
        {
            const string text = """
                # function commented_out() {}
                global counter, table[100], name = "x" ; global other
                private global hidden
                @__private30 global also_hidden
                function visible:long (a:long) { x = "function nested() {"; return a }
                private function helper() { }
                @__private30 function helper2() %{ /* pure */ %}
                function embedded:string () %{ /* } function fake() { */ %}
                probe my.alias = kernel.function("x") ?, begin { y = 1 }
                probe a.b = c.d, { e = 1 } , { f = 2 }
                probe begin { function_in_body = 1 }
                @define mac(x) %( %( 1 == 1 %? @x %) %)
                %( kernel_v >= "2.6" %? function cond_one() {} %: function cond_two() {} %)
                """;
            var index = TapsetScanner.Scan("f.stp", text);
            Assert.Equal(new[] { "visible", "embedded", "cond_one", "cond_two" }, index.Functions.ToArray());
            Assert.Equal(new[] { "counter", "table", "name", "other" }, index.Globals.ToArray());
            Assert.Equal(new[] { "my.alias", "a.b" }, index.Aliases.Select(a => string.Join(".", a)).ToArray());
            Assert.Equal(new[] { "mac" }, index.Macros.ToArray());
        }

        [Fact]
        public void ChainedAliasHeadsAreBothIndexed()
        {
            var index = TapsetScanner.Scan("f.stp", "probe first.name = second.name = begin { }");
            Assert.Equal(new[] { "first.name", "second.name" }, index.Aliases.Select(a => string.Join(".", a)).ToArray());
        }
    }
}
