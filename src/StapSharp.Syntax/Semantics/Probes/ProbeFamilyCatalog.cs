using System.Collections.Generic;
using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>The built-in probe families as symbols, parsed once from the pattern table.</summary>
    internal static partial class ProbeFamilyCatalog
    {
        private static ImmutableArray<ProbeFamilySymbol> s_families;

        /// <summary>Every built-in family of the kernel runtime.</summary>
        public static ImmutableArray<ProbeFamilySymbol> Families
        {
            get
            {
                if (s_families.IsDefault)
                {
                    var builder = ImmutableArray.CreateBuilder<ProbeFamilySymbol>(s_kernelPatterns.Length);
                    foreach (string pattern in s_kernelPatterns) builder.Add(new ProbeFamilySymbol(pattern, ParsePattern(pattern)));
                    ImmutableInterlockedInitialize(builder.MoveToImmutable());
                }

                return s_families;
            }
        }

        private static void ImmutableInterlockedInitialize(ImmutableArray<ProbeFamilySymbol> families) =>
            System.Collections.Immutable.ImmutableInterlocked.InterlockedInitialize(ref s_families, families);

        /// <summary>Splits <c>kernel.function(string).return</c> into components with argument kinds.</summary>
        internal static ImmutableArray<ProbeFamilyComponent> ParsePattern(string pattern)
        {
            var components = new List<ProbeFamilyComponent>();
            foreach (string part in pattern.Split('.'))
            {
                int open = part.IndexOf('(');
                if (open < 0)
                {
                    components.Add(new ProbeFamilyComponent(part, ProbeArgumentKind.None));
                    continue;
                }

                string name = part.Substring(0, open);
                var kind = part.Substring(open) == "(number)" ? ProbeArgumentKind.Number : ProbeArgumentKind.String;
                components.Add(new ProbeFamilyComponent(name, kind));
            }

            return components.ToImmutableArray();
        }
    }
}
