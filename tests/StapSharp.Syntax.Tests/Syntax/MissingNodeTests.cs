using System;
using System.Linq;
using System.Reflection;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class MissingNodeTests
    {
        [Fact]
        public void MissingTokensAreZeroWidthAndCarryADiagnostic()
        {
            var tree = StapSyntaxTree.ParseText(TreeSamples.WithErrors);
            var root = tree.GetRoot();
            var missing = root.DescendantTokens().Where(t => t.IsMissing).ToList();
            Assert.NotEmpty(missing);
            foreach (var token in missing)
            {
                Assert.Equal(0, token.Width);
                Assert.Equal(string.Empty, token.Text);
            }
            Assert.True(root.ContainsDiagnostics);
            Assert.NotEmpty(tree.GetDiagnostics());
            Assert.Equal(TreeSamples.WithErrors, root.ToFullString());
        }

        [Fact]
        public void RequiredChildrenAreNeverNull()
        {
            var nullability = new NullabilityInfoContext();
            foreach (var text in new[] { TreeSamples.Script, TreeSamples.WithErrors, "probe", "function", "global", "probe a { if ( }", "x = = =" })
            {
                var root = StapSyntaxTree.ParseText(text).GetRoot();
                foreach (var node in root.DescendantNodesAndSelf(descendIntoTrivia: true))
                {
                    foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                    {
                        if (!typeof(StapSyntaxNode).IsAssignableFrom(property.PropertyType)) continue;
                        if (nullability.Create(property).ReadState == NullabilityState.Nullable) continue;
                        Assert.True(property.GetValue(node) != null, $"{node.Kind}.{property.Name} is null in: {text}");
                    }
                }
            }
        }

        [Fact]
        public void SkippedTokensBecomeStructuredTrivia()
        {
            var root = StapSyntaxTree.ParseText("probe begin { } ) ) probe end { }").GetRoot();
            var skipped = root.DescendantTrivia().Where(t => t.Kind == SyntaxKind.SkippedTokensTrivia).ToList();
            Assert.NotEmpty(skipped);
            Assert.True(skipped[0].HasStructure);
            var structure = skipped[0].GetStructure();
            Assert.NotNull(structure);
            Assert.Same(structure, skipped[0].GetStructure());
            Assert.Equal(skipped[0], structure!.ParentTrivia);
            Assert.Contains(structure.DescendantTokens(), t => t.Kind == SyntaxKind.CloseParenToken);
            Assert.True(root.ContainsSkippedText);
            Assert.Contains(root.DescendantNodes(descendIntoTrivia: true), n => n.Kind == SyntaxKind.SkippedTokensTrivia);
        }
    }
}
