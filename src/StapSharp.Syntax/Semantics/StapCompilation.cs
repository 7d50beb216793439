using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StapSharp.Syntax;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A set of user scripts elaborated together with the tapsets they use, like one <c>stap -p2</c> run:
    /// symbols are resolved (tapset files are pulled in only when the script reaches a symbol they define),
    /// probe points are matched against the built-in families and aliases, and types are inferred.
    /// Binding happens once, on first use, and is thread-safe.
    /// </summary>
    public sealed class StapCompilation
    {
        private readonly Lazy<BindingResult> _binding;
        private readonly ConcurrentSemanticModels _models = new();

        private StapCompilation(ImmutableArray<StapSyntaxTree> trees, StapCompilationOptions options)
        {
            SyntaxTrees = trees;
            Options = options;
            _binding = new Lazy<BindingResult>(() => Binder.Bind(trees, options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The user scripts, in the order given.</summary>
        public ImmutableArray<StapSyntaxTree> SyntaxTrees { get; }

        /// <summary>The compilation options.</summary>
        public StapCompilationOptions Options { get; }

        /// <summary>The tapset files the scripts pulled in, parsed as library files (in the order they were needed).</summary>
        public ImmutableArray<StapSyntaxTree> LibrarySyntaxTrees => Binding.LibraryTrees;

        /// <summary>Every global declared by a user script or a pulled-in tapset file.</summary>
        public ImmutableArray<GlobalSymbol> Globals =>
            Binding.GlobalsByName.Values.SelectMany(list => list).OrderBy(g => g.IsLibrary).ThenBy(g => g.Name, StringComparer.Ordinal).ToImmutableArray();

        /// <summary>Every function defined by a user script or a pulled-in tapset file.</summary>
        public ImmutableArray<FunctionSymbol> Functions =>
            Binding.FunctionsByName.Values.SelectMany(list => list).Select(f => f.Symbol)
                .OrderBy(f => f.IsLibrary).ThenBy(f => f.Name, StringComparer.Ordinal).ToImmutableArray();

        /// <summary>Every probe declared by a user script or a pulled-in tapset file.</summary>
        public ImmutableArray<ProbeSymbol> Probes => Binding.Probes.ToImmutableArray();

        internal BindingResult Binding => _binding.Value;

        /// <summary>
        /// The bound tree of the whole compilation: every probe (with the conditions of its points), the probe aliases
        /// and functions they reach, and the globals. Binds the compilation on first use.
        /// </summary>
        /// <param name="cancellationToken">Cancels the operation.</param>
        /// <returns>The bound program; meaningful for code generation only when <see cref="GetDiagnostics"/> has no error.</returns>
        public BoundProgram GetBoundProgram(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Binding.Program;
        }

        /// <summary>Creates a compilation of the given user scripts.</summary>
        /// <param name="trees">The parsed user scripts.</param>
        /// <param name="options">The options, or null for <see cref="StapCompilationOptions.Default"/>.</param>
        /// <returns>The compilation; nothing is bound until it is queried.</returns>
        public static StapCompilation Create(IEnumerable<StapSyntaxTree> trees, StapCompilationOptions? options = null)
        {
            if (trees is null) throw new ArgumentNullException(nameof(trees));
            return new StapCompilation(trees.ToImmutableArray(), options ?? StapCompilationOptions.Default);
        }

        /// <summary>The semantic model of one of <see cref="SyntaxTrees"/> (or of a pulled-in library tree).</summary>
        /// <param name="tree">The tree.</param>
        /// <returns>The model, shared between calls.</returns>
        public SemanticModel GetSemanticModel(StapSyntaxTree tree)
        {
            if (tree is null) throw new ArgumentNullException(nameof(tree));
            return _models.GetOrAdd(tree, t => new SemanticModel(this, t));
        }

        /// <summary>The syntax diagnostics of the user scripts followed by the semantic (pass 2) diagnostics.</summary>
        /// <param name="cancellationToken">Cancels the operation.</param>
        /// <returns>All diagnostics.</returns>
        public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default)
        {
            var builder = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var tree in SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.AddRange(tree.GetDiagnostics());
            }

            builder.AddRange(GetSemanticDiagnostics(cancellationToken));
            return builder.ToImmutable();
        }

        /// <summary>Only the semantic (pass 2) diagnostics.</summary>
        /// <param name="cancellationToken">Cancels the operation.</param>
        /// <returns>The STP2xxx diagnostics, ordered by file and position.</returns>
        public ImmutableArray<Diagnostic> GetSemanticDiagnostics(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Binding.Diagnostics;
        }

        /// <summary>Thread-safe cache of semantic models per tree.</summary>
        private sealed class ConcurrentSemanticModels
        {
            private readonly System.Collections.Concurrent.ConcurrentDictionary<StapSyntaxTree, SemanticModel> _models = new();

            public SemanticModel GetOrAdd(StapSyntaxTree tree, Func<StapSyntaxTree, SemanticModel> create) => _models.GetOrAdd(tree, create);
        }
    }
}
