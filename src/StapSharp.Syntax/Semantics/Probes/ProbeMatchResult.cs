using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Semantics
{
    /// <summary>What a probe point matched, or the deepest reason it did not.</summary>
    internal sealed class ProbeMatchResult
    {
        public List<ProbeFamilySymbol> Families { get; } = new();

        public List<object> Aliases { get; } = new();

        /// <summary>Aliases matched by a prefix of the point, with the index where the suffix starts.</summary>
        public List<(object Alias, int SuffixStart)> SuffixedAliases { get; } = new();

        public int Count => Families.Count + Aliases.Count;

        public bool Succeeded => Count > 0;

        public ProbeMatchFailure Failure { get; private set; }

        /// <summary>The index of the component the failure is reported at.</summary>
        public int FailureComponent { get; private set; } = -1;

        /// <summary>Similar names (mismatch) or the possible next components (truncation).</summary>
        public IReadOnlyList<string> Suggestions { get; private set; } = new string[0];

        /// <summary>Keeps the failure that got furthest into the point, as the most useful explanation.</summary>
        public void Fail(ProbeMatchFailure failure, int component, IEnumerable<string> suggestions)
        {
            if (component < FailureComponent) return;
            Failure = failure;
            FailureComponent = component < 0 ? 0 : component;
            Suggestions = suggestions.ToArray();
        }
    }
}
