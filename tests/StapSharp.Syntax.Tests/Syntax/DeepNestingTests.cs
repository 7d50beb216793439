using System.Linq;
using System.Text;
using static StapSharp.Syntax.SyntaxFactory;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class DeepNestingTests
    {
        private sealed class CountingWalker : StapSyntaxWalker
        {
            public int Nodes { get; private set; }

            public override void DefaultVisit(StapSyntaxNode node)
            {
                Nodes++;
                base.DefaultVisit(node);
            }
        }

        private sealed class Identity : StapSyntaxRewriter
        {
        }

        /// <summary>A factory-built chain far deeper than any parser limit: the tree layer must still cope.</summary>
        private static ExpressionSyntax DeepUnaryChain(int depth)
        {
            ExpressionSyntax expression = IdentifierName("x");
            for (int i = 0; i < depth; i++) expression = PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, expression);
            return expression;
        }

        [Fact]
        public void WalkerRewriterAndTextSurviveVeryDeepTrees()
        {
            const int depth = 100_000;
            var expression = DeepUnaryChain(depth);
            Assert.Equal(new string('!', depth) + "x", expression.ToFullString());

            var walker = new CountingWalker();
            walker.Visit(expression);
            Assert.Equal(depth + 1, walker.Nodes);

            Assert.Same(expression, new Identity().Visit(expression));
            Assert.Equal(depth + 1, expression.DescendantTokens().Count());
            Assert.Equal(0, expression.DescendantTokens().Last().Position - depth);
        }

        [Fact]
        public void DeeplyNestedInputGivesADiagnosticNotACrash()
        {
            int depth = LanguageParser.MaxNestingDepth + 1000;
            var text = new StringBuilder("probe begin { x = ");
            text.Append('(', depth).Append('1').Append(')', depth).Append(" }");
            var tree = StapSyntaxTree.ParseText(text.ToString());
            Assert.Equal(text.ToString(), tree.GetRoot().ToFullString());
            Assert.NotEmpty(tree.GetDiagnostics());
            var walker = new CountingWalker();
            walker.Visit(tree.GetRoot());
            Assert.True(walker.Nodes > 0);
        }
    }
}
