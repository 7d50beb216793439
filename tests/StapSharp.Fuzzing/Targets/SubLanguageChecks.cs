using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>Invariants every sub-language parse result must satisfy: errors point into the text being parsed.</summary>
    internal static class SubLanguageChecks
    {
        public static void SpanInside(TextSpan span, string text, string what)
        {
            if (span.Start < 0 || span.End > text.Length)
                throw new FuzzInvariantException($"{what} span {span} lies outside the {text.Length}-char text.");
        }

        public static void ErrorsInside(IReadOnlyList<SubLanguageError> errors, string text)
        {
            foreach (SubLanguageError error in errors)
            {
                SpanInside(error.Span, text, error.Id);
                if (string.IsNullOrWhiteSpace(error.Message))
                    throw new FuzzInvariantException($"{error.Id} has no message.");
            }
        }
    }
}
