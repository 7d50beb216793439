using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class LazyChildrenTests
    {
        [Fact]
        public void ChildrenAreCreatedOnceAndShared()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var first = root.Members[1];
            Assert.Same(first, root.Members[1]);
            Assert.Same(root.DescendantNodes().ToList()[3], root.DescendantNodes().ToList()[3]);
        }

        [Fact]
        public void ConcurrentAccessSeesTheSameRedNodes()
        {
            for (int round = 0; round < 20; round++)
            {
                var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
                var seen = new ConcurrentBag<StapSyntaxNode[]>();
                Parallel.For(0, 8, _ => seen.Add(root.DescendantNodes().ToArray()));
                var reference = seen.First();
                foreach (var nodes in seen)
                {
                    Assert.Equal(reference.Length, nodes.Length);
                    for (int i = 0; i < nodes.Length; i++) Assert.Same(reference[i], nodes[i]);
                }
            }
        }
    }
}
