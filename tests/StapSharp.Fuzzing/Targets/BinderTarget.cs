using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// Binder, semantic model and the built-in analyzers. Invariant: a script that parses without errors binds
    /// (against the installed tapsets) and is analyzed without an exception; no analyzer fails (STP9001).
    /// Inputs with syntax errors are skipped (the parser target covers them). Allowed exceptions: none.
    /// </summary>
    internal sealed class BinderTarget : FuzzTarget
    {
        public override string Name => "binder";

        public override string Description => "bind + built-in analyzers on scripts without syntax errors: no exception, no STP9001";

        public override bool TakesScripts => true;

        public override void Execute(ReadOnlySpan<byte> data)
        {
            StapSyntaxTree tree = ScriptPipeline.Parse(ScriptPipeline.ToText(data));
            if (ScriptPipeline.HasErrors(tree))
                return;
            StapCompilation compilation = ScriptPipeline.Bind(tree);
            compilation.GetSemanticDiagnostics();
            ImmutableArray<Diagnostic> analyzerDiagnostics =
                StapAnalysis.RunAsync(compilation, StapAnalysis.BuiltInAnalyzers, AnalysisOptions.Default.WithConcurrentExecution(false))
                    .GetAwaiter().GetResult();
            ScriptPipeline.ThrowOnAnalyzerFailure(analyzerDiagnostics);
        }

        public override IEnumerable<byte[]> CreateSeeds() => ScriptSeeds.Create();
    }
}
