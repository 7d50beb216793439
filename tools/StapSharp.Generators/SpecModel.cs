using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>The merged contents of every Syntax*.xml file.</summary>
    internal sealed class TreeSpec
    {
        public TreeSpec(string root, IReadOnlyList<NodeSpec> nodes)
        {
            Root = root;
            Nodes = nodes;
            ByName = nodes.ToDictionary(n => n.Name);
        }

        public string Root { get; }
        public IReadOnlyList<NodeSpec> Nodes { get; }
        public IReadOnlyDictionary<string, NodeSpec> ByName { get; }

        public IEnumerable<NodeSpec> ConcreteNodes => Nodes.Where(n => !n.IsAbstract);

        /// <summary>The base chain of a node, nearest first, stopping at the root or an undeclared base.</summary>
        public IEnumerable<NodeSpec> Ancestors(NodeSpec node)
        {
            var current = node.Base;
            var seen = new HashSet<string>();
            while (ByName.TryGetValue(current, out var parent) && seen.Add(current))
            {
                yield return parent;
                current = parent.Base;
            }
        }

        public bool IsStructuredTrivia(NodeSpec node) =>
            node.Base == Names.StructuredTrivia || Ancestors(node).Any(a => a.Base == Names.StructuredTrivia);

        /// <summary>True when an abstract ancestor declares a field of this name (the property is then an override).</summary>
        public bool IsInheritedField(NodeSpec node, FieldSpec field) =>
            Ancestors(node).Any(a => a.Fields.Any(f => f.Name == field.Name));
    }

    internal sealed class NodeSpec
    {
        public string Name { get; init; } = "";
        public string Base { get; init; } = "";
        public bool IsAbstract { get; init; }
        public string? TypeComment { get; init; }
        public IReadOnlyList<string> Kinds { get; init; } = new List<string>();
        public IReadOnlyList<FieldSpec> Fields { get; init; } = new List<FieldSpec>();
        /// <summary>Declared in Syntax.Directives.xml: its green node marks ContainsDirectives.</summary>
        public bool IsDirective { get; init; }
        public string SourceFile { get; init; } = "";

        /// <summary>The factory and visitor name: the class name without the Syntax suffix.</summary>
        public string ShortName => Name.EndsWith("Syntax") ? Name.Substring(0, Name.Length - "Syntax".Length) : Name;
        public bool HasSeveralKinds => Kinds.Count > 1;
    }

    internal enum FieldCategory { Node, Token, TokenList, List, SeparatedList }

    internal sealed class FieldSpec
    {
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public bool Optional { get; init; }
        public string? PropertyComment { get; init; }
        public IReadOnlyList<string> Kinds { get; init; } = new List<string>();

        /// <summary>The separator kind of a separated list (the Separator attribute, else CommaToken).</summary>
        public string Separator { get; init; } = "CommaToken";

        public FieldCategory Category => Type switch
        {
            "SyntaxToken" => FieldCategory.Token,
            "SyntaxTokenList" => FieldCategory.TokenList,
            _ when Type.StartsWith("SyntaxList<") => FieldCategory.List,
            _ when Type.StartsWith("SeparatedSyntaxList<") => FieldCategory.SeparatedList,
            _ => FieldCategory.Node,
        };

        /// <summary>The element type of a list field (<c>T</c> of <c>SyntaxList&lt;T&gt;</c>).</summary>
        public string ElementType
        {
            get
            {
                int open = Type.IndexOf('<');
                return open < 0 ? Type : Type.Substring(open + 1, Type.Length - open - 2);
            }
        }

        public bool IsList => Category is FieldCategory.List or FieldCategory.SeparatedList or FieldCategory.TokenList;

        /// <summary>camelCase parameter name, escaped when it is a C# keyword.</summary>
        public string ParameterName => Names.Camel(Name);
        public string FieldName => "_" + char.ToLowerInvariant(Name[0]) + Name.Substring(1);
    }

    internal static class Names
    {
        public const string StructuredTrivia = "StructuredTriviaSyntax";

        private static readonly HashSet<string> s_keywords = new()
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
            "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
            "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
            "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        public static string Camel(string name)
        {
            var camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
            return s_keywords.Contains(camel) ? "@" + camel : camel;
        }
    }
}
