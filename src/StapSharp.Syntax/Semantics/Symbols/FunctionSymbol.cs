using System.Collections.Immutable;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A script or tapset function. Functions may be overloaded by arity; overloads of the same arity chain at
    /// run time through <c>next</c>, tried in order of <see cref="Priority"/>.
    /// </summary>
    public sealed class FunctionSymbol : Symbol
    {
        internal FunctionSymbol(string name, FunctionDeclarationSyntax declaringSyntax, bool isLibrary, bool isPrivate,
            string filePath, StapType declaredReturnType, long priority, bool isEmbedded, string? embeddedCode)
            : base(name, declaringSyntax, isLibrary)
        {
            IsPrivate = isPrivate;
            FilePath = filePath;
            DeclaredReturnType = declaredReturnType;
            ReturnType = declaredReturnType;
            Priority = priority;
            IsEmbedded = isEmbedded;
            EmbeddedCode = embeddedCode;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Function;

        /// <summary>The parameters in order.</summary>
        public ImmutableArray<ParameterSymbol> Parameters { get; internal set; } = ImmutableArray<ParameterSymbol>.Empty;

        /// <summary>The return type written as <c>function f:long (...)</c>, or <see cref="StapType.Unknown"/>.</summary>
        public StapType DeclaredReturnType { get; }

        /// <summary>The inferred return type (<see cref="StapType.Unknown"/> for a function that returns nothing).</summary>
        public StapType ReturnType { get; internal set; }

        /// <summary>The overload priority: the <c>:N</c> after the parameter list, else 0 for scripts and 1 for tapsets.</summary>
        public long Priority { get; }

        /// <summary>True when the body is embedded C (<c>%{ ... %}</c>).</summary>
        public bool IsEmbedded { get; }

        /// <summary>The embedded C body including its <c>/* pure */</c>-style pragmas, or null for a script body.</summary>
        public string? EmbeddedCode { get; }

        /// <summary>True for <c>private function</c>, visible only inside <see cref="FilePath"/>.</summary>
        public bool IsPrivate { get; }

        /// <summary>The path of the declaring file.</summary>
        public string FilePath { get; }

        /// <summary>True when a call site of this function was seen (stap elides unreferenced functions).</summary>
        public bool IsReferenced { get; internal set; }

        /// <summary>Formats the function the way <c>stap -p2</c> lists functions: <c>name:type (a:type, b:type)</c>.</summary>
        public override string ToString()
        {
            var builder = new StringBuilder(Name).Append(':').Append(StapTypeFacts.GetDisplayName(ReturnType)).Append(" (");
            for (int i = 0; i < Parameters.Length; i++)
            {
                if (i > 0) builder.Append(", ");
                builder.Append(Parameters[i].Name).Append(':').Append(StapTypeFacts.GetDisplayName(Parameters[i].Type));
            }

            return builder.Append(')').ToString();
        }
    }
}
