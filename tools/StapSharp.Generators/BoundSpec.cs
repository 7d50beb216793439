using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace StapSharp.Generators
{
    /// <summary>The bound tree spec (BoundNodes.xml): hand-written bases and the generated node classes.</summary>
    internal sealed class BoundTreeSpec
    {
        public BoundTreeSpec(IReadOnlyList<BoundBaseSpec> bases, IReadOnlyList<BoundNodeSpec> nodes)
        {
            Bases = bases;
            Nodes = nodes;
        }

        public IReadOnlyList<BoundBaseSpec> Bases { get; }

        /// <summary>The generated nodes, ordered by name (the order of <c>BoundKind</c>).</summary>
        public IReadOnlyList<BoundNodeSpec> Nodes { get; }

        /// <summary>True when a field of this type is a child the walker visits.</summary>
        public bool IsNodeType(string type) =>
            Bases.Any(b => b.Name == type) || Nodes.Any(n => n.Name == type);

        /// <summary>The extra base constructor parameters of a node (those of its hand-written base).</summary>
        public string BaseArguments(BoundNodeSpec node) => Bases.FirstOrDefault(b => b.Name == node.Base)?.BaseArguments ?? "";
    }

    internal sealed class BoundBaseSpec
    {
        public string Name { get; init; } = "";
        public string BaseArguments { get; init; } = "";
    }

    internal sealed class BoundNodeSpec
    {
        public string Name { get; init; } = "";
        public string Base { get; init; } = "";
        public string TypeComment { get; init; } = "";
        public IReadOnlyList<BoundFieldSpec> Fields { get; init; } = new List<BoundFieldSpec>();

        /// <summary>The kind and visitor name: the class name without the Bound prefix.</summary>
        public string ShortName => Name.Substring("Bound".Length);
    }

    internal sealed class BoundFieldSpec
    {
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public bool Optional { get; init; }
        public string Comment { get; init; } = "";

        public bool IsArray => Type.StartsWith("ImmutableArray<", StringComparison.Ordinal);

        public string ElementType => IsArray ? Type.Substring("ImmutableArray<".Length, Type.Length - "ImmutableArray<".Length - 1) : Type;

        /// <summary>The C# type of the property: optional reference types are nullable (value types say <c>?</c> in the spec).</summary>
        public string PropertyType => Optional && !Type.EndsWith("?", StringComparison.Ordinal) ? Type + "?" : Type;

        public string ParameterName => Names.Camel(Name);
    }

    /// <summary>Reads and validates BoundNodes.xml; problems are collected as messages, never thrown.</summary>
    internal static class BoundSpecReader
    {
        public static BoundTreeSpec Read(string file, List<string> errors)
        {
            var root = XDocument.Load(file, LoadOptions.None).Root!;
            var bases = new List<BoundBaseSpec>();
            var nodes = new List<BoundNodeSpec>();
            foreach (var element in root.Elements())
            {
                string name = (string?)element.Attribute("Name") ?? "";
                switch (element.Name.LocalName)
                {
                    case "PredefinedNode":
                        bases.Add(new BoundBaseSpec { Name = name, BaseArguments = (string?)element.Attribute("BaseArguments") ?? "" });
                        break;
                    case "Node":
                        nodes.Add(new BoundNodeSpec
                        {
                            Name = name,
                            Base = (string?)element.Attribute("Base") ?? "BoundNode",
                            TypeComment = Comment(element.Element("TypeComment")) ?? "",
                            Fields = element.Elements("Field").Select(f => new BoundFieldSpec
                            {
                                Name = (string?)f.Attribute("Name") ?? "",
                                Type = (string?)f.Attribute("Type") ?? "",
                                Optional = string.Equals((string?)f.Attribute("Optional"), "true", StringComparison.OrdinalIgnoreCase),
                                Comment = Comment(f.Element("PropertyComment")) ?? "",
                            }).ToList(),
                        });
                        break;
                    default:
                        errors.Add($"{file}: unknown element <{element.Name.LocalName}>");
                        break;
                }
            }

            var spec = new BoundTreeSpec(bases, nodes.OrderBy(n => n.Name, StringComparer.Ordinal).ToList());
            Validate(spec, Path.GetFileName(file), errors);
            return spec;
        }

        private static void Validate(BoundTreeSpec spec, string file, List<string> errors)
        {
            foreach (var dup in spec.Nodes.GroupBy(n => n.Name).Where(g => g.Count() > 1))
                errors.Add($"{file}: node {dup.Key} is declared {dup.Count()} times");
            foreach (var node in spec.Nodes)
            {
                string where = $"{file}: {node.Name}";
                if (!node.Name.StartsWith("Bound", StringComparison.Ordinal)) errors.Add($"{where}: bound node names start with 'Bound'");
                if (spec.Bases.All(b => b.Name != node.Base)) errors.Add($"{where}: the base '{node.Base}' is not a PredefinedNode (nodes are sealed)");
                if (node.TypeComment.Length == 0) errors.Add($"{where}: every node needs a <TypeComment> (it becomes the class's XML doc)");
                foreach (var field in node.Fields)
                {
                    if (field.Name.Length == 0 || field.Type.Length == 0) errors.Add($"{where}: a field needs Name and Type");
                    if (field.Comment.Length == 0) errors.Add($"{where}.{field.Name}: every field needs a <PropertyComment>");
                    if (field.Optional && field.IsArray) errors.Add($"{where}.{field.Name}: array fields are never optional (empty is absent)");
                    if (field.Name is "Kind" or "Syntax" or "Type" or "IsSynthesized") errors.Add($"{where}.{field.Name}: the name is a member of the base classes");
                }
                if (node.Fields.Select(f => f.Name).Distinct().Count() != node.Fields.Count) errors.Add($"{where}: duplicate field names");
            }
        }

        private static string? Comment(XElement? element)
        {
            if (element == null) return null;
            var inner = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            var lines = inner.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            var text = string.Join("\n", lines);
            return text.Length == 0 ? null : text;
        }
    }
}
