using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StapSharp.Generators
{
    /// <summary>Reads and validates Syntax*.xml; problems are collected as messages, never thrown.</summary>
    internal static class SpecReader
    {
        public static TreeSpec Read(IReadOnlyList<string> specFiles, string syntaxKindFile, List<string> errors)
        {
            var nodes = new List<NodeSpec>();
            string root = "StapSyntaxNode";
            foreach (var file in specFiles)
            {
                var doc = XDocument.Load(file, LoadOptions.None);
                var tree = doc.Root!;
                root = (string?)tree.Attribute("Root") ?? root;
                bool isDirective = Path.GetFileName(file).Contains("Directives", StringComparison.Ordinal);
                foreach (var element in tree.Elements())
                {
                    if (element.Name.LocalName is not ("Node" or "AbstractNode"))
                    {
                        if (element.Name.LocalName != "PredefinedNode")
                            errors.Add($"{file}: unknown element <{element.Name.LocalName}>");
                        continue;
                    }
                    nodes.Add(ReadNode(element, isDirective, Path.GetFileName(file)));
                }
            }

            var spec = new TreeSpec(root, nodes.GroupBy(n => n.Name).Select(g => g.First()).OrderBy(n => n.Name, StringComparer.Ordinal).ToList());
            foreach (var dup in nodes.GroupBy(n => n.Name).Where(g => g.Count() > 1))
                errors.Add($"node {dup.Key} is declared {dup.Count()} times");
            Validate(spec, ReadKindNames(syntaxKindFile), errors);
            return spec;
        }

        private static NodeSpec ReadNode(XElement element, bool isDirective, string file) => new()
        {
            Name = (string)element.Attribute("Name")!,
            Base = (string?)element.Attribute("Base") ?? "StapSyntaxNode",
            IsAbstract = element.Name.LocalName == "AbstractNode",
            TypeComment = Comment(element.Element("TypeComment")),
            Kinds = element.Elements("Kind").Select(k => (string)k.Attribute("Name")!).ToList(),
            Fields = element.Elements("Field").Select(f => ReadField(f, (string)element.Attribute("Name")!)).ToList(),
            IsDirective = isDirective,
            SourceFile = file,
        };

        /// <summary>Separators the spec does not name: lists whose separator is not a comma.</summary>
        private static readonly Dictionary<(string node, string field), string> s_defaultSeparators = new()
        {
            [("ProbePointSyntax", "Components")] = "DotToken",
        };

        private static FieldSpec ReadField(XElement element, string nodeName) => new()
        {
            Separator = (string?)element.Attribute("Separator")
                ?? (s_defaultSeparators.TryGetValue((nodeName, (string)element.Attribute("Name")!), out var separator) ? separator : "CommaToken"),
            Name = (string)element.Attribute("Name")!,
            Type = (string)element.Attribute("Type")!,
            Optional = string.Equals((string?)element.Attribute("Optional"), "true", StringComparison.OrdinalIgnoreCase),
            PropertyComment = Comment(element.Element("PropertyComment")),
            Kinds = element.Elements("Kind").Select(k => (string)k.Attribute("Name")!).ToList(),
        };

        /// <summary>The inner XML of a comment element, whitespace-normalised per line (it may hold &lt;c&gt; etc.).</summary>
        private static string? Comment(XElement? element)
        {
            if (element == null) return null;
            var inner = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            var lines = inner.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            var text = string.Join("\n", lines);
            return text.Length == 0 ? null : text;
        }

        private static HashSet<string> ReadKindNames(string syntaxKindFile)
        {
            var text = File.ReadAllText(syntaxKindFile);
            return new HashSet<string>(Regex.Matches(text, @"^\s*(\w+)\s*=\s*\d+\s*,", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        }

        private static void Validate(TreeSpec spec, HashSet<string> kinds, List<string> errors)
        {
            var knownTypes = new HashSet<string>(spec.Nodes.Select(n => n.Name)) { spec.Root, Names.StructuredTrivia };
            foreach (var node in spec.Nodes)
            {
                string where = $"{node.SourceFile}: {node.Name}";
                if (!node.Name.EndsWith("Syntax", StringComparison.Ordinal)) errors.Add($"{where}: node names end in 'Syntax'");
                if (!knownTypes.Contains(node.Base)) errors.Add($"{where}: unknown base '{node.Base}'");
                if (!node.IsAbstract && node.Kinds.Count == 0) errors.Add($"{where}: a node needs at least one <Kind>");
                foreach (var kind in node.Kinds.Concat(node.Fields.SelectMany(f => f.Kinds)))
                    if (!kinds.Contains(kind)) errors.Add($"{where}: SyntaxKind.{kind} does not exist in SyntaxKind.cs");
                foreach (var field in node.Fields)
                {
                    if (field.Category == FieldCategory.Node && !knownTypes.Contains(field.Type))
                        errors.Add($"{where}.{field.Name}: unknown type '{field.Type}'");
                    if (field.Category is FieldCategory.List or FieldCategory.SeparatedList && !knownTypes.Contains(field.ElementType))
                        errors.Add($"{where}.{field.Name}: unknown element type '{field.ElementType}'");
                    if (field.Optional && field.IsList)
                        errors.Add($"{where}.{field.Name}: list fields are never optional (an empty list is absent)");
                }
                if (node.Fields.Select(f => f.Name).Distinct().Count() != node.Fields.Count)
                    errors.Add($"{where}: duplicate field names");
            }
        }
    }
}
