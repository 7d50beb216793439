using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>Writes the public red classes (namespace StapSharp.Syntax).</summary>
    internal static class RedWriter
    {
        public static string Write(TreeSpec spec)
        {
            var w = new CodeWriter();
            w.Line(CodeWriter.Header);
            w.Open("namespace StapSharp.Syntax");
            foreach (var node in spec.Nodes)
            {
                if (node.IsAbstract) WriteAbstract(w, node);
                else WriteNode(w, spec, node);
                w.Line();
            }
            w.Close();
            return w.ToString();
        }

        public static string PropertyType(FieldSpec field) => field.Category switch
        {
            FieldCategory.Node => field.Optional ? field.Type + "?" : field.Type,
            _ => field.Type,
        };

        public static string PropertyDoc(FieldSpec field) => field.PropertyComment ?? field.Category switch
        {
            FieldCategory.Token => field.Optional ? $"The {field.Name} token, or a default token when absent." : $"The {field.Name} token.",
            FieldCategory.Node => field.Optional ? $"The {field.Name} child, or null when absent." : $"The {field.Name} child.",
            _ => $"The {field.Name} list (empty when there are none).",
        };

        public static string TypeDoc(NodeSpec node) => node.TypeComment ?? $"The {node.ShortName} syntax.";

        private static void WriteAbstract(CodeWriter w, NodeSpec node)
        {
            w.Summary(TypeDoc(node));
            w.Open($"public abstract partial class {node.Name} : {node.Base}");
            w.Line($"internal {node.Name}(InternalSyntax.GreenNode green, StapSyntaxNode? parent, int position)");
            w.Line("    : base(green, parent, position)");
            w.Line("{");
            w.Line("}");
            foreach (var f in node.Fields)
            {
                w.Line();
                w.Summary(PropertyDoc(f));
                w.Line($"public abstract {PropertyType(f)} {f.Name} {{ get; }}");
            }
            w.Close();
        }

        private static void WriteNode(CodeWriter w, TreeSpec spec, NodeSpec node)
        {
            var fields = node.Fields;
            w.Summary(TypeDoc(node));
            if (node.Kinds.Count > 0)
                w.Line("/// <remarks>Kinds: " + string.Join(", ", node.Kinds.Select(k => $"<see cref=\"SyntaxKind.{k}\"/>")) + ".</remarks>");
            w.Open($"public sealed partial class {node.Name} : {node.Base}");
            var cached = fields.Select((f, i) => (f, i)).Where(p => p.f.Category != FieldCategory.Token && p.f.Category != FieldCategory.TokenList).ToList();
            foreach (var (f, _) in cached)
                w.Line($"private {(f.Category == FieldCategory.Node ? f.Type : "StapSyntaxNode")}? {f.FieldName};");
            if (cached.Count > 0) w.Line();

            w.Line($"internal {node.Name}(InternalSyntax.{node.Name} green, StapSyntaxNode? parent, int position)");
            w.Line("    : base(green, parent, position)");
            w.Line("{");
            w.Line("}");

            for (int i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                w.Line();
                w.Summary(PropertyDoc(f));
                var modifier = spec.IsInheritedField(node, f) ? "override " : "";
                w.Line($"public {modifier}{PropertyType(f)} {f.Name} => {PropertyBody(f, i)};");
            }

            w.Line();
            WriteSlots(w, "GetNodeSlot", cached.Select(p => (p.i, $"GetRed(ref {p.f.FieldName}, {p.i})")));
            w.Line();
            WriteSlots(w, "GetCachedSlot", cached.Select(p => (p.i, p.f.FieldName)));

            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override void Accept(StapSyntaxVisitor visitor) => visitor.Visit{node.ShortName}(this);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override TResult? Accept<TResult>(StapSyntaxVisitor<TResult> visitor) where TResult : default => visitor.Visit{node.ShortName}(this);");

            WriteUpdate(w, node);
            WriteWithAndAdd(w, node);
            w.Close();
        }

        private static string PropertyBody(FieldSpec f, int slot) => f.Category switch
        {
            FieldCategory.Node => f.Optional ? $"GetRed(ref {f.FieldName}, {slot})" : $"GetRed(ref {f.FieldName}, {slot})!",
            FieldCategory.Token => f.Optional
                ? $"Green.GetSlot({slot}) is InternalSyntax.GreenToken token ? new SyntaxToken(this, token, GetChildPosition({slot})) : default"
                : $"new SyntaxToken(this, (InternalSyntax.GreenToken)Green.GetSlot({slot})!, GetChildPosition({slot}))",
            FieldCategory.TokenList => $"new SyntaxTokenList(this, Green.GetSlot({slot}), GetChildPosition({slot}))",
            FieldCategory.List => $"new {f.Type}(GetRed(ref {f.FieldName}, {slot}))",
            _ => $"new {f.Type}(GetRed(ref {f.FieldName}, {slot}))",
        };

        private static void WriteSlots(CodeWriter w, string method, System.Collections.Generic.IEnumerable<(int slot, string expression)> slots)
        {
            var list = slots.ToList();
            if (list.Count == 0)
            {
                w.Line($"internal override StapSyntaxNode? {method}(int index) => null;");
                return;
            }
            w.Line($"internal override StapSyntaxNode? {method}(int index) => index switch");
            w.Line("{");
            foreach (var (slot, expression) in list)
                w.Line($"    {slot} => {expression},");
            w.Line("    _ => null,");
            w.Line("};");
        }

        private static void WriteUpdate(CodeWriter w, NodeSpec node)
        {
            var fields = node.Fields;
            w.Line();
            w.Line("/// <summary>Returns this node if every argument is the current child, else a new node with the given children.</summary>");
            foreach (var f in fields) w.Param(f.ParameterName, $"The new {f.Name}.");
            w.Open($"public {node.Name} Update({string.Join(", ", fields.Select(f => $"{PropertyType(f)} {f.ParameterName}"))})");
            if (fields.Count == 0)
            {
                w.Line("return this;");
            }
            else
            {
                var changed = string.Join(" || ", fields.Select(f => $"{f.ParameterName} != {f.Name}"));
                var args = string.Join(", ", fields.Select(f => f.ParameterName));
                var kind = node.HasSeveralKinds ? "Kind, " : "";
                w.Line($"if ({changed})");
                w.Line($"    return SyntaxFactory.{node.ShortName}({kind}{args});");
                w.Line("return this;");
            }
            w.Close();
        }

        private static void WriteWithAndAdd(CodeWriter w, NodeSpec node)
        {
            var fields = node.Fields;
            foreach (var f in fields)
            {
                var args = string.Join(", ", fields.Select(o => o == f ? f.ParameterName : o.Name));
                w.Line();
                w.Line($"/// <summary>Returns a copy of this node with {f.Name} replaced.</summary>");
                w.Param(f.ParameterName, $"The new {f.Name}.");
                w.Line($"public {node.Name} With{f.Name}({PropertyType(f)} {f.ParameterName}) => Update({args});");
            }
            foreach (var f in fields.Where(f => f.IsList))
            {
                var element = f.Category == FieldCategory.TokenList ? "SyntaxToken" : f.ElementType;
                w.Line();
                w.Line($"/// <summary>Returns a copy of this node with <paramref name=\"items\"/> appended to {f.Name}.</summary>");
                w.Param("items", "The items to append.");
                w.Line($"public {node.Name} Add{f.Name}(params {element}[] items) => With{f.Name}({f.Name}.AddRange(items));");
            }
        }
    }
}
