using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using SymbolKind = StapSharp.Semantics.SymbolKind;

namespace StapSharp.Syntax.Tests.Analysis
{
    /// <summary>Reports TEST001 at every invocation's name.</summary>
    internal sealed class CallReporter : StapAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TEST001", "Call", "Call to '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(c =>
            {
                var call = (InvocationExpressionSyntax)c.Node;
                c.ReportDiagnostic(Diagnostic.Create(Rule, call.Identifier.GetLocation(), call.Identifier.ValueText));
            }, SyntaxKind.InvocationExpression, SyntaxKind.PrintInvocationExpression);
    }

    /// <summary>Throws from a node action, or from Initialize.</summary>
    internal sealed class ThrowingAnalyzer(bool inInitialize) : StapAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TEST002", "Throw", "never", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override string Name => "Thrower";

        public override void Initialize(AnalysisContext context)
        {
            if (inInitialize) throw new NotSupportedException("init failed");
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.ProbeDeclaration);
        }
    }

    /// <summary>Reports an id it did not declare.</summary>
    internal sealed class UndeclaredIdAnalyzer : StapAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(CallReporter.Rule);

        public override string Name => "Undeclared";

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxTreeAction(c => c.ReportDiagnostic(Diagnostic.Create(ThrowingAnalyzer.Rule, Location.None)));
    }

    /// <summary>Counts probes over the whole run and reports the total at the end; also counts symbols and models.</summary>
    internal sealed class RunCounter : StapAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TEST003", "Count", "{0} probes, {1} symbols, {2} models, compilation: {3}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            int probes = 0, symbols = 0, models = 0;
            start.RegisterSyntaxNodeAction(_ => Interlocked.Increment(ref probes), SyntaxKind.ProbeDeclaration);
            start.RegisterSymbolAction(_ => Interlocked.Increment(ref symbols), SymbolKind.Global, SymbolKind.Function);
            start.RegisterSemanticModelAction(_ => Interlocked.Increment(ref models));
            start.RegisterCompilationEndAction(end =>
                end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, probes, symbols, models, end.Compilation != null)));
        });
    }
}
