using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StapSharp.Codegen;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// The <c>=~</c> regular-expression sub-language and its compilation to the generated matcher's program.
    /// Invariants: parsing any text throws nothing; error spans lie inside the text; a pattern without errors compiles
    /// (or is reported as too large) without an exception. Allowed exceptions: none.
    /// </summary>
    internal sealed class RegexTarget : FuzzTarget
    {
        public override string Name => "regex";

        public override string Description => "RegexParser + RegexCompiler: no exception, errors inside the text";

        public override void Execute(ReadOnlySpan<byte> data)
        {
            string text = ScriptPipeline.ToText(data);
            RegexPattern pattern = RegexParser.ParseText(text);
            SubLanguageChecks.ErrorsInside(pattern.Errors, text);
            if (pattern.HasErrors && pattern.Root is not null)
                throw new FuzzInvariantException("A pattern with errors has a syntax tree.");
            if (!pattern.HasErrors)
                RegexCompiler.Compile(pattern, out _);
        }

        public override IEnumerable<byte[]> CreateSeeds() => new[]
        {
            "^[a-z]+$", "(foo|bar)*baz", "a{2,4}b?c+", "[[:alpha:]][[:digit:]]*", "\\.so(\\.[0-9]+)*$", "^(a|b|)$", "[^\\]x-]",
            "(((a)))", "x{0}", ".*",
        }.Select(s => Encoding.UTF8.GetBytes(s));
    }
}
