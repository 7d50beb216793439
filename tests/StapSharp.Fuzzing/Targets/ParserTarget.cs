using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// Lexer, preprocessor and parser. Invariants: parsing any text throws nothing (errors are diagnostics), the
    /// full-fidelity tree gives the text back (<c>ToFullString() == input</c>), and every diagnostic lies inside the text.
    /// Allowed exceptions: none.
    /// </summary>
    internal sealed class ParserTarget : FuzzTarget
    {
        public override string Name => "parser";

        public override string Description => "parse any text: no exception, ToFullString() == input, diagnostics inside the text";

        public override bool TakesScripts => true;

        public override void Execute(ReadOnlySpan<byte> data)
        {
            string text = ScriptPipeline.ToText(data);
            StapSyntaxTree tree = ScriptPipeline.Parse(text);
            string roundTrip = tree.GetRoot().ToFullString();
            if (!string.Equals(roundTrip, text, StringComparison.Ordinal))
                throw new FuzzInvariantException($"Round trip differs: input {text.Length} chars, ToFullString() {roundTrip.Length} chars.");
            foreach (var diagnostic in tree.GetDiagnostics().ToList())
            {
                var span = diagnostic.Location.SourceSpan;
                if (span.Start < 0 || span.End > text.Length)
                    throw new FuzzInvariantException($"{diagnostic.Id} at {span} lies outside the {text.Length}-char text.");
            }
        }

        public override IEnumerable<byte[]> CreateSeeds() => ScriptSeeds.Create();
    }
}
