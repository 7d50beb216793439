using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>
    /// Reads src/StapSharp.Syntax/Syntax/Syntax*.xml and writes the node classes into Syntax/Generated/; with
    /// <c>--bound SPEC OUTPUT</c>, reads the bound tree spec (Semantics/Bound/BoundNodes.xml) and writes its classes.
    /// Usage: StapSharp.Generators [syntax-dir] [output-dir] | --bound spec.xml output-dir. Exit code 1 on an invalid spec.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 3 && args[0] == "--bound") return GenerateBound(Path.GetFullPath(args[1]), Path.GetFullPath(args[2]));
            var syntaxDir = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("src", "StapSharp.Syntax", "Syntax"));
            var outputDir = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(syntaxDir, "Generated"));

            var specFiles = Directory.GetFiles(syntaxDir, "Syntax*.xml").OrderBy(f => f, StringComparer.Ordinal).ToList();
            var errors = new List<string>();
            var spec = SpecReader.Read(specFiles, Path.Combine(syntaxDir, "SyntaxKind.cs"), errors);
            if (errors.Count > 0)
            {
                foreach (var error in errors) Console.Error.WriteLine("error: " + error);
                return 1;
            }

            var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["Syntax.Green.g.cs"] = GreenWriter.Write(spec),
                ["Syntax.Red.g.cs"] = RedWriter.Write(spec),
                ["Syntax.Factory.g.cs"] = FactoryWriter.Write(spec),
                ["Syntax.Visitors.g.cs"] = VisitorWriter.WriteVisitors(spec),
                ["Syntax.Rewriter.g.cs"] = VisitorWriter.WriteRewriter(spec),
            };
            Write(outputDir, outputs);
            Console.WriteLine($"{specFiles.Count} spec file(s), {spec.Nodes.Count} node types -> {outputDir}");
            return 0;
        }

        private static int GenerateBound(string specFile, string outputDir)
        {
            var errors = new List<string>();
            var spec = BoundSpecReader.Read(specFile, errors);
            if (errors.Count > 0)
            {
                foreach (var error in errors) Console.Error.WriteLine("error: " + error);
                return 1;
            }

            Write(outputDir, new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["Bound.Nodes.g.cs"] = BoundWriter.WriteNodes(spec),
                ["Bound.Kind.g.cs"] = BoundWriter.WriteKinds(spec),
                ["Bound.Visitors.g.cs"] = BoundWriter.WriteVisitors(spec),
            });
            Console.WriteLine($"{spec.Nodes.Count} bound node types -> {outputDir}");
            return 0;
        }

        /// <summary>Writes the files with \n line endings and deletes stale *.g.cs files of the folder.</summary>
        private static void Write(string outputDir, SortedDictionary<string, string> outputs)
        {
            Directory.CreateDirectory(outputDir);
            foreach (var stale in Directory.GetFiles(outputDir, "*.g.cs").Where(f => !outputs.ContainsKey(Path.GetFileName(f))))
                File.Delete(stale);
            foreach (var (name, text) in outputs)
                File.WriteAllText(Path.Combine(outputDir, name), text.Replace("\r\n", "\n"));
        }
    }
}
