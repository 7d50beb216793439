using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    /// <summary>
    /// stap prints, when a script ends, every global of the script that is written but never read: <c>x=5</c>,
    /// <c>s="text"</c>, each element of an array (largest value first), and the statistics of an aggregate. It does
    /// this by adding one <c>end</c> probe per such global after the script's own probes; so does this class, as
    /// script text compiled with the user's scripts, so that the printing goes through the ordinary code paths.
    /// The formats are those of stap 4.8's generated code (<c>stap -p3</c>).
    /// </summary>
    internal static class GlobalDisplay
    {
        /// <summary>The path of the added script (it only appears in run-time error messages of the display probes).</summary>
        public const string SyntheticPath = "<global display>";

        /// <summary>The compilation with the display probes added, or the same compilation when no global needs one.</summary>
        public static StapCompilation AddDisplayProbes(StapCompilation compilation, CancellationToken cancellationToken)
        {
            var trees = compilation.SyntaxTrees;
            if (trees.Length == 0 || trees.Any(t => t.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)))
                return compilation;
            var usage = GlobalUsage.Collect(trees, cancellationToken);
            var text = new StringBuilder();
            foreach (var global in DeclaredGlobals(trees))
            {
                string name = global.Identifier.ValueText;
                if (!usage.IsDisplayed(name)) continue;
                if (!compilation.Binding.GlobalsByName.TryGetValue(name, out var symbols)) continue;
                var symbol = symbols.FirstOrDefault(s => !s.IsLibrary && !s.IsPrivate);
                if (symbol is null) continue;
                AppendProbe(text, symbol);
            }
            if (text.Length == 0) return compilation;
            var options = trees[0].Options.WithKind(StapSourceKind.Script);
            var display = StapSyntaxTree.ParseText(text.ToString(), options, SyntheticPath);
            return StapCompilation.Create(trees.Add(display), compilation.Options);
        }

        private static IEnumerable<GlobalVariableSyntax> DeclaredGlobals(IEnumerable<StapSyntaxTree> trees)
        {
            foreach (var tree in trees)
                foreach (var declaration in tree.GetRoot().Members.OfType<GlobalDeclarationSyntax>())
                    foreach (var variable in declaration.Variables)
                        yield return variable;
        }

        private static void AppendProbe(StringBuilder text, GlobalSymbol global)
        {
            string? statement = global.IsArray ? ArrayStatement(global) : ScalarStatement(global);
            if (statement != null) text.Append("probe end {\n  ").Append(statement).Append("\n}\n");
        }

        private static string? ScalarStatement(GlobalSymbol global)
        {
            string name = global.Name;
            return global.Type switch
            {
                StapType.Long => Invariant($"printf(\"{name}=%d\\n\", {name})"),
                StapType.String => Invariant($"printf(\"{name}=\\\"%#s\\\"\\n\", {name})"),
                // An empty aggregate has no @min/@max/@avg (reading them is an error): stap prints a fixed text.
                StapType.Statistics => Invariant($"if (@count({name}) == 0) print(\"{name} @count=0x0\\n\") else printf(\"{name} {StatisticsFormat}\\n\", {StatisticsArguments(name)})"),
                _ => null,
            };
        }

        /// <summary>Every element, largest value (largest <c>@count</c> for aggregates) first, as stap sorts them.</summary>
        private static string? ArrayStatement(GlobalSymbol global)
        {
            string name = global.Name;
            var keys = Enumerable.Range(1, global.IndexTypes.Length).Select(i => "__stapsharp_display_key" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            string keyList = string.Join(", ", keys);
            string keyFormat = string.Join(",", global.IndexTypes.Select(t => t == StapType.String ? "\\\"%#s\\\"" : "%#d"));
            string element = name + "[" + keyList + "]";
            return global.Type switch
            {
                StapType.Long => Invariant($"foreach ([{keyList}] in {name}-) printf(\"{name}[{keyFormat}]=%d\\n\", {keyList}, {element})"),
                StapType.String => Invariant($"foreach ([{keyList}] in {name}-) printf(\"{name}[{keyFormat}]=\\\"%#s\\\"\\n\", {keyList}, {element})"),
                StapType.Statistics => Invariant($"foreach ([{keyList}] in {name} @count-) printf(\"{name}[{keyFormat}] {StatisticsFormat}\\n\", {keyList}, {StatisticsArguments(element)})"),
                _ => null,
            };
        }

        private const string StatisticsFormat = "@count=%#d @min=%#d @max=%#d @sum=%#d @avg=%#d";

        private static string StatisticsArguments(string value)
            => string.Join(", ", new[] { "@count", "@min", "@max", "@sum", "@avg" }.Select(op => op + "(" + value + ")"));

        private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
