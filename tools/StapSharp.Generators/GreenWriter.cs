using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>Writes the internal green classes and the green factory (namespace StapSharp.Syntax.InternalSyntax).</summary>
    internal static class GreenWriter
    {
        public static string Write(TreeSpec spec)
        {
            var w = new CodeWriter();
            w.Line(CodeWriter.Header);
            w.Open("namespace StapSharp.Syntax.InternalSyntax");
            foreach (var node in spec.Nodes)
            {
                if (node.IsAbstract) WriteAbstract(w, node);
                else WriteNode(w, spec, node);
                w.Line();
            }
            WriteFactory(w, spec);
            w.Close();
            return w.ToString();
        }

        /// <summary>The green type of a field: green node classes share the red class names.</summary>
        public static string FieldType(FieldSpec field) => field.Category switch
        {
            FieldCategory.Token => field.Optional ? "GreenToken?" : "GreenToken",
            FieldCategory.Node => field.Optional ? field.Type + "?" : field.Type,
            _ => "GreenList",
        };

        private static void WriteAbstract(CodeWriter w, NodeSpec node)
        {
            w.Line($"/// <summary>Green half of <see cref=\"global::StapSharp.Syntax.{node.Name}\"/>.</summary>");
            w.Open($"internal abstract class {node.Name} : {node.Base}");
            w.Line($"protected {node.Name}(SyntaxKind kind, SyntaxDiagnosticInfo[]? diagnostics)");
            w.Line("    : base(kind, diagnostics)");
            w.Line("{");
            w.Line("}");
            w.Close();
        }

        private static void WriteNode(CodeWriter w, TreeSpec spec, NodeSpec node)
        {
            var fields = node.Fields;
            w.Line($"/// <summary>Green half of <see cref=\"global::StapSharp.Syntax.{node.Name}\"/>.</summary>");
            w.Open($"internal sealed class {node.Name} : {node.Base}");
            foreach (var f in fields)
                w.Line($"private readonly {FieldType(f)} {f.FieldName};");
            if (fields.Count > 0) w.Line();

            var parameters = string.Join(", ", fields.Select(f => $"{FieldType(f)} {f.ParameterName}"));
            w.Line($"public {node.Name}(SyntaxKind kind{(parameters.Length > 0 ? ", " + parameters : "")}, SyntaxDiagnosticInfo[]? diagnostics = null)");
            w.Line("    : base(kind, diagnostics)");
            w.Line("{");
            foreach (var f in fields)
            {
                w.Line($"    AdjustFlagsAndWidth({f.ParameterName});");
                w.Line($"    {f.FieldName} = {f.ParameterName};");
            }
            if (spec.IsStructuredTrivia(node)) w.Line("    Flags |= NodeFlags.ContainsStructuredTrivia;");
            if (node.Kinds.Contains("SkippedTokensTrivia")) w.Line("    Flags |= NodeFlags.ContainsSkippedText;");
            if (node.IsDirective) w.Line("    Flags |= NodeFlags.ContainsDirectives;");
            w.Line("}");
            w.Line();

            foreach (var f in fields)
                w.Line($"public {FieldType(f)} {f.Name} => {f.FieldName};");
            if (fields.Count > 0) w.Line();

            w.Line($"public override int SlotCount => {fields.Count};");
            if (fields.Count == 0)
            {
                w.Line("public override GreenNode? GetSlot(int index) => null;");
            }
            else
            {
                w.Line("public override GreenNode? GetSlot(int index) => index switch");
                w.Line("{");
                for (int i = 0; i < fields.Count; i++)
                    w.Line($"    {i} => {fields[i].FieldName},");
                w.Line("    _ => null,");
                w.Line("};");
            }
            w.Line();
            var arguments = string.Concat(fields.Select(f => ", " + f.FieldName));
            w.Line("public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics)");
            w.Line($"    => new {node.Name}(Kind{arguments}, diagnostics);");
            w.Line();
            w.Line("internal override global::StapSharp.Syntax.StapSyntaxNode CreateRed(global::StapSharp.Syntax.StapSyntaxNode? parent, int position)");
            w.Line($"    => new global::StapSharp.Syntax.{node.Name}(this, parent, position);");
            w.Close();
        }

        private static void WriteFactory(CodeWriter w, TreeSpec spec)
        {
            w.Line("/// <summary>Green node factory used by the parser: no validation, no red nodes.</summary>");
            w.Open("internal static partial class SyntaxFactory");
            bool first = true;
            foreach (var node in spec.ConcreteNodes)
            {
                if (!first) w.Line();
                first = false;
                var parameters = node.Fields.Select(f => $"{FieldType(f)} {f.ParameterName}").ToList();
                if (node.HasSeveralKinds) parameters.Insert(0, "SyntaxKind kind");
                var kind = node.HasSeveralKinds ? "kind" : "SyntaxKind." + node.Kinds[0];
                var arguments = string.Concat(node.Fields.Select(f => ", " + f.ParameterName));
                w.Line($"public static {node.Name} {node.ShortName}({string.Join(", ", parameters)})");
                w.Line($"    => new {node.Name}({kind}{arguments});");
            }
            w.Close();
        }
    }
}
