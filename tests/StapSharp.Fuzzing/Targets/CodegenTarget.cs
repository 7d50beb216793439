using System;
using System.Collections.Generic;
using StapSharp.Codegen;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// Lowering and C/Kbuild generation. Invariant: <see cref="ModuleGenerator.Generate(StapCompilation, ModuleGeneratorOptions?, System.Threading.CancellationToken)"/>
    /// never throws on the compilation of a script without syntax errors (errors and unsupported constructs are
    /// diagnostics), and a successful result has files. Allowed exceptions: none.
    /// </summary>
    internal sealed class CodegenTarget : FuzzTarget
    {
        public override string Name => "codegen";

        public override string Description => "lower + generate C for scripts without syntax errors: no exception, success implies files";

        public override bool TakesScripts => true;

        public override void Execute(ReadOnlySpan<byte> data)
        {
            StapSyntaxTree tree = ScriptPipeline.Parse(ScriptPipeline.ToText(data));
            if (ScriptPipeline.HasErrors(tree))
                return;
            StapCompilation compilation = ScriptPipeline.Bind(tree);
            GeneratedModule module = ModuleGenerator.Generate(compilation, ModuleGeneratorOptions.Default);
            if (module.Success && module.Files.IsEmpty)
                throw new FuzzInvariantException("Generate succeeded without files.");
        }

        public override IEnumerable<byte[]> CreateSeeds() => ScriptSeeds.Create();
    }
}
