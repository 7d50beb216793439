using System.Collections.Immutable;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A variable (global, local or parameter): a scalar, an array with typed keys, or a statistics aggregate.</summary>
    public abstract class VariableSymbol : Symbol
    {
        private protected VariableSymbol(string name, StapSyntaxNode? declaringSyntax, bool isLibrary)
            : base(name, declaringSyntax, isLibrary)
        {
        }

        /// <summary>The inferred value type (<see cref="StapType.Unknown"/> when inference could not decide).</summary>
        public StapType Type { get; internal set; }

        /// <summary>The inferred key types of an array; empty for a scalar.</summary>
        public ImmutableArray<StapType> IndexTypes { get; internal set; } = ImmutableArray<StapType>.Empty;

        /// <summary>True when the variable is used as an array.</summary>
        public bool IsArray => !IndexTypes.IsEmpty;

        /// <summary>Formats the variable the way <c>stap -p2</c> lists globals: <c>name:type [key, key]</c>.</summary>
        public override string ToString()
        {
            var builder = new StringBuilder(Name).Append(':').Append(StapTypeFacts.GetDisplayName(Type));
            if (IsArray)
            {
                builder.Append(" [");
                for (int i = 0; i < IndexTypes.Length; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append(StapTypeFacts.GetDisplayName(IndexTypes[i]));
                }

                builder.Append(']');
            }

            return builder.ToString();
        }
    }
}
