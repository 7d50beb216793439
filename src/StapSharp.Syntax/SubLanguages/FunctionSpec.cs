using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A parsed probe-point function spec: the string argument of <c>kernel.function("...")</c>,
    /// <c>module("m").function("...")</c>, <c>process("...").function("...")</c> and <c>.statement("...")</c>,
    /// written <c>function[@file[:line | :first-last | :a,b-c | :* | +offset]]</c> with <c>*</c>, <c>?</c> and
    /// <c>[...]</c> wildcards in the function and file parts. Every part carries its offsets in the spec.
    /// </summary>
    public sealed class FunctionSpec
    {
        private const int CacheCapacity = 4096;

        private static readonly SubLanguageCache<FunctionSpec> s_cache = new(FunctionSpecParser.ParseText, CacheCapacity);

        internal FunctionSpec(
            string text, WildcardPattern function, WildcardPattern? file, FunctionSpecLineKind lineKind,
            TextSpan? linesSpan, IReadOnlyList<FunctionSpecLineRange> lines, IReadOnlyList<SubLanguageError> errors)
        {
            Text = text;
            Function = function;
            File = file;
            LineKind = lineKind;
            LinesSpan = linesSpan;
            Lines = lines;
            Errors = errors;
        }

        /// <summary>The spec text that was parsed.</summary>
        public string Text { get; }

        /// <summary>The function name pattern: the text before the first <c>@</c>.</summary>
        public WildcardPattern Function { get; }

        /// <summary>The source file pattern after <c>@</c> (it may end in <c>*</c>, as in <c>name@*</c>), or null.</summary>
        public WildcardPattern? File { get; }

        /// <summary>How the spec names lines.</summary>
        public FunctionSpecLineKind LineKind { get; }

        /// <summary>The offsets of the text after <c>:</c> or <c>+</c>, or null when there is no line part.</summary>
        public TextSpan? LinesSpan { get; }

        /// <summary>The line items, for <see cref="FunctionSpecLineKind.Absolute"/> and <see cref="FunctionSpecLineKind.Relative"/>.</summary>
        public IReadOnlyList<FunctionSpecLineRange> Lines { get; }

        /// <summary>The errors, in order of their offsets; empty when stap accepts the spec.</summary>
        public IReadOnlyList<SubLanguageError> Errors { get; }

        /// <summary>Whether stap would reject the spec.</summary>
        public bool HasErrors => Errors.Count != 0;

        /// <summary>Whether the spec may match several places: wildcards in the function or file, or <c>:*</c>.</summary>
        public bool HasWildcards =>
            Function.HasWildcards || (File?.HasWildcards ?? false) || LineKind == FunctionSpecLineKind.Wildcard;

        /// <summary>
        /// Parses <paramref name="text"/> as a function spec. Results are cached per distinct text and shared
        /// between threads; errors are reported in <see cref="Errors"/>, never thrown.
        /// </summary>
        /// <param name="text">The spec: the stap value of the string literal, without quotes.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static FunctionSpec Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return s_cache.GetOrParse(text);
        }

        /// <summary>Parses without the cache (the benchmarks compare both).</summary>
        internal static FunctionSpec ParseUncached(string text) => FunctionSpecParser.ParseText(text);

        /// <summary>Empties the cache (the benchmarks measure a cold cache).</summary>
        internal static void ClearCache() => s_cache.Clear();

        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}
