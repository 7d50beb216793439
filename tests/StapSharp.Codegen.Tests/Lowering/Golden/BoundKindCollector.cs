using System.Collections.Generic;
using StapSharp.Semantics;

namespace StapSharp.Codegen.Tests.Lowering.Golden
{
    /// <summary>The bound kinds of a program's nodes that come from one file (the golden script, not the tapsets).</summary>
    internal sealed class BoundKindCollector : BoundTreeWalker
    {
        private readonly string _path;

        private BoundKindCollector(string path) => _path = path;

        public HashSet<BoundKind> Kinds { get; } = new();

        public static HashSet<BoundKind> Collect(BoundProgram program, string path)
        {
            var collector = new BoundKindCollector(path);
            foreach (BoundProbe probe in program.Probes)
                collector.Visit(probe);
            foreach (BoundProbeAlias alias in program.Aliases)
                collector.Visit(alias);
            foreach (BoundFunction function in program.Functions)
                collector.Visit(function);
            return collector.Kinds;
        }

        public override void Visit(BoundNode? node)
        {
            if (node is not null && node.Syntax.SyntaxTree.FilePath == _path)
                Kinds.Add(node.Kind);
            base.Visit(node);
        }
    }
}
