using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>
    /// Whitespace, newlines and comments between the tokens of statements never change the tree (newlines are not
    /// terminators in stap). Probe-point names are left alone: there, touching pieces are glued on purpose.
    /// </summary>
    public class SpacingPermutationTests
    {
        private static readonly string[] s_separators = { " ", "\n", "\t  ", " /* c */ ", "\n# c\n", " // c\n", "" };

        [Theory]
        [InlineData("x = a + b * c - d / e % f")]
        [InlineData("if (a[1, 2] == $x->y) { s .= sprintf(\"%d\", @count(v)) } else delete a[*, 1]")]
        [InlineData("foreach (v = [k1, k2-] in arr[*, 1] limit 10) printf(\"%d %d\\n\", k1, v)")]
        [InlineData("for (i = 0; i < 10; i++) { try { f(i) } catch (e) { next } }")]
        [InlineData("x = c ? @cast(p, \"task_struct\")->pid : @var(\"jiffies\") << 2")]
        [InlineData("while (!(k in arr) && j != 3) { arr[j] <<< @hist_linear(x, 0, 10, 1)[2]; j-- }")]
        [InlineData("x = \"a\" \"b\" . @entry($fd) ; y = -(1) ; z = ~2 ; w = a >>> 3")]
        public void SeparatorsBetweenTokensDoNotChangeTheTree(string statements)
        {
            var baseline = Shape("probe begin { " + statements + " }", out int baselineErrors, out var tokens);
            Assert.Equal(0, baselineErrors);
            var random = new Random(statements.Length);
            for (int round = 0; round < 40; round++)
            {
                var builder = new StringBuilder("probe begin {");
                foreach (var token in tokens)
                {
                    // Two words must stay apart, or they would lex as one token.
                    string separator = s_separators[random.Next(s_separators.Length)];
                    if (separator.Length == 0 && NeedsSeparation(builder, token)) separator = " ";
                    builder.Append(separator).Append(token);
                }
                builder.Append(" }");
                string text = builder.ToString();
                var shape = Shape(text, out int errors, out _);
                Assert.True(errors == 0, "errors in " + GreenTreeInspector.Quote(text));
                Assert.True(baseline.SequenceEqual(shape), "tree changed for " + GreenTreeInspector.Quote(text));
            }
        }

        private static bool NeedsSeparation(StringBuilder builder, string next)
        {
            if (builder.Length == 0) return false;
            char last = builder[builder.Length - 1];
            // Any two punctuation characters may form a longer operator (+ +, - >, < <); words may merge.
            return !(char.IsWhiteSpace(last) || last is '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '"')
                || !(next[0] is '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '"');
        }

        /// <summary>The node and token kinds in order, the error count, and the statement tokens' texts.</summary>
        private static List<SyntaxKind> Shape(string text, out int errors, out List<string> statementTokens)
        {
            var root = new LanguageParser(SourceText.From(text), StapParseOptions.Default).ParseCompilationUnit();
            Assert.Equal(text, root.ToFullString());
            errors = GreenTreeInspector.Diagnostics(root).Count;
            var items = GreenTreeInspector.NodesAndTokens(root);
            var tokens = items.OfType<GreenToken>().Where(t => !t.IsMissing).Select(t => t.Text).ToList();
            // Between "probe begin {" and the closing "}" and end of file.
            statementTokens = tokens.Skip(3).Take(tokens.Count - 5).ToList();
            return items.Select(i => i.Kind).ToList();
        }
    }
}
