using System.Collections.Generic;
using System.Linq;
using static StapSharp.Syntax.SyntaxFactory;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class RewriterAndWalkerTests
    {
        private sealed class Rename : StapSyntaxRewriter
        {
            private readonly string _from;
            private readonly string _to;

            public Rename(string from, string to)
            {
                _from = from;
                _to = to;
            }

            public override SyntaxToken VisitToken(SyntaxToken t) =>
                t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == _from
                    ? Identifier(t.LeadingTrivia, _to, t.TrailingTrivia) : base.VisitToken(t);
        }

        private sealed class Identity : StapSyntaxRewriter
        {
        }

        private sealed class DropEmptyStatements : StapSyntaxRewriter
        {
            public override StapSyntaxNode? VisitEmptyStatement(EmptyStatementSyntax node) => null;
        }

        private sealed class Recorder : StapSyntaxWalker
        {
            public Recorder(SyntaxWalkerDepth depth) : base(depth) { }

            public List<string> Events { get; } = new();

            public override void DefaultVisit(StapSyntaxNode node)
            {
                Events.Add("node " + node.Kind);
                base.DefaultVisit(node);
            }

            public override void VisitToken(SyntaxToken token)
            {
                Events.Add("token " + token.Text);
                base.VisitToken(token);
            }

            public override void VisitTrivia(SyntaxTrivia trivia)
            {
                Events.Add("trivia " + trivia.Kind);
                base.VisitTrivia(trivia);
            }
        }

        [Fact]
        public void RenameKeepsTrivia()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var renamed = new Rename("reads", "bytes").Visit(root)!;
            Assert.Equal(TreeSamples.Script.Replace("reads[", "bytes[").Replace("global reads", "global bytes"), renamed.ToFullString());
        }

        [Fact]
        public void IdentityRewriterReturnsTheSameTree()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            Assert.Same(root, new Identity().Visit(root));
        }

        [Fact]
        public void ReturningNullRemovesAListElement()
        {
            var root = StapSyntaxTree.ParseText("probe begin { a = 1; ; b = 2 }").GetRoot();
            var rewritten = new DropEmptyStatements().Visit(root)!;
            Assert.Equal("probe begin { a = 1; b = 2 }", rewritten.ToFullString());
        }

        [Fact]
        public void WalkerVisitsInDocumentOrder()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var recorder = new Recorder(SyntaxWalkerDepth.Token);
            recorder.Visit(root);
            var tokens = recorder.Events.Where(e => e.StartsWith("token ")).Select(e => e.Substring(6)).ToList();
            Assert.Equal(root.DescendantTokens().Select(t => t.Text), tokens);
            var nodes = recorder.Events.Where(e => e.StartsWith("node ")).Select(e => e.Substring(5)).ToList();
            Assert.Equal(root.DescendantNodesAndSelf().Select(n => n.Kind.ToString()), nodes);
        }

        [Fact]
        public void WalkerDepthTriviaSeesComments()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var recorder = new Recorder(SyntaxWalkerDepth.Trivia);
            recorder.Visit(root);
            Assert.Equal(root.DescendantTrivia().Count(), recorder.Events.Count(e => e.StartsWith("trivia ")));
        }

        [Fact]
        public void ReplaceNodeTokenAndTrivia()
        {
            var root = StapSyntaxTree.ParseText("probe begin { x = 1 # one\n}").GetRoot();
            var literal = root.DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
            var replaced = root.ReplaceNode(literal, NumericLiteral(2).WithTrailingTriviaFrom(literal));
            Assert.Equal("probe begin { x = 2 # one\n}", replaced.ToFullString());

            var x = root.DescendantTokens().Single(t => t.Text == "x");
            Assert.Equal("probe begin { y = 1 # one\n}", root.ReplaceToken(x, Identifier(x.LeadingTrivia, "y", x.TrailingTrivia)).ToFullString());

            var comment = root.DescendantTrivia().Single(t => t.Kind == SyntaxKind.HashCommentTrivia);
            Assert.Equal("probe begin { x = 1 # uno\n}", root.ReplaceTrivia(comment, Comment("# uno")).ToFullString());
        }

        [Fact]
        public void RemoveAndInsertStatements()
        {
            var root = StapSyntaxTree.ParseText("probe begin { a = 1; b = 2; }").GetRoot();
            var first = root.DescendantNodes().OfType<ExpressionStatementSyntax>().First();
            Assert.Equal("probe begin { b = 2; }", root.RemoveNode(first).ToFullString());
            var inserted = root.InsertNodesAfter(first, new[] { ParseStatement("c = 3;") });
            Assert.Equal("probe begin { a = 1; c = 3;b = 2; }", inserted.ToFullString());
        }
    }

    internal static class TriviaCopy
    {
        public static TNode WithTrailingTriviaFrom<TNode>(this TNode node, StapSyntaxNode other) where TNode : StapSyntaxNode
        {
            var last = node.GetLastToken(includeZeroWidth: true);
            return node.ReplaceToken(last, last.WithTrailingTrivia(other.GetLastToken(includeZeroWidth: true).TrailingTrivia));
        }
    }
}
