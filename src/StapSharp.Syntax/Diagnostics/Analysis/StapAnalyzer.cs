using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// The base of every analyzer of SystemTap scripts, shaped like Roslyn's <c>DiagnosticAnalyzer</c>: it declares the
    /// diagnostics it can report and registers actions in <see cref="Initialize"/>. Run analyzers with
    /// <see cref="StapAnalysis.RunAsync(System.Collections.Generic.IEnumerable{Syntax.StapSyntaxTree}, ImmutableArray{StapAnalyzer}, AnalysisOptions?, System.Threading.CancellationToken)"/>.
    /// Actions may run concurrently, so an analyzer must not keep per-run state in fields; use
    /// <see cref="AnalysisContext.RegisterCompilationStartAction"/> for state shared by one run.
    /// </summary>
    public abstract class StapAnalyzer
    {
        /// <summary>The diagnostics this analyzer may report; reporting any other id is an analyzer failure (STP9001).</summary>
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>Registers the analyzer's actions. Called once per run.</summary>
        /// <param name="context">The registration context.</param>
        public abstract void Initialize(AnalysisContext context);

        /// <summary>The name shown when the analyzer fails: the type's full name unless overridden.</summary>
        public virtual string Name => GetType().FullName ?? GetType().Name;

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
