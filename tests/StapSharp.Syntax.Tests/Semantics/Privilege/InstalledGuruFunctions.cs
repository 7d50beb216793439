using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// The functions of the installed tapsets (the files stap reads for the kernel runtime) whose embedded C carries
    /// stap's <c>/* guru */</c> marker, found by parsing the files, each with a call that passes values of the declared
    /// parameter types.
    /// </summary>
    internal static class InstalledGuruFunctions
    {
        private static readonly Lazy<IReadOnlyList<GuruFunctionCall>> s_all = new(Find);

        public static IReadOnlyList<GuruFunctionCall> All => s_all.Value;

        public static bool TapsetsInstalled => Directory.Exists(TapsetSearchPath.DefaultRoot);

        private static IReadOnlyList<GuruFunctionCall> Find()
        {
            if (!TapsetsInstalled) return Array.Empty<GuruFunctionCall>();
            var options = StapParseOptions.Default;
            var files = TapsetSearchPath.EnumerateFiles(new[] { TapsetSearchPath.DefaultRoot }, options.KernelRelease, options.Architecture, options.Runtime);
            var found = new SortedDictionary<string, GuruFunctionCall>(StringComparer.Ordinal);
            foreach (string file in files.Where(f => f.EndsWith(".stp", StringComparison.Ordinal)))
            {
                var tree = StapSyntaxTree.ParseText(File.ReadAllText(file), options.WithKind(StapSourceKind.Library), path: file);
                foreach (var function in tree.GetRoot().DescendantNodes().OfType<FunctionDeclarationSyntax>())
                {
                    var code = function.EmbeddedCodeToken;
                    if (code.Kind != SyntaxKind.EmbeddedCodeToken || !code.Text.Contains("/* guru */", StringComparison.Ordinal)) continue;
                    var arguments = function.ParameterList.Parameters.Select(p => p.TypeClause?.ToString().Contains("string", StringComparison.Ordinal) == true ? "\"x\"" : "0");
                    string call = function.Identifier.ValueText + "(" + string.Join(", ", arguments) + ")";
                    found[call] = new GuruFunctionCall(function.Identifier.ValueText, call, Path.GetFileName(file));
                }
            }

            return found.Values.ToList();
        }
    }

    /// <summary>A guru-marked function and a call of it, e.g. <c>set_kernel_long(0, 0)</c>.</summary>
    internal sealed record GuruFunctionCall(string Name, string Call, string File)
    {
        /// <summary>The script both stap and StapSharp judge: the call in a begin probe that exit() keeps from being elided.</summary>
        public string Script => "probe begin { " + Call + "; exit() }";
    }
}
