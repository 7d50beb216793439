using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>
    /// Writes the public SyntaxFactory overloads: the full one (every field), one without the tokens that
    /// can be created from their kind, one that also leaves out optional fields, a params form when a single
    /// list remains, and a string form for identifier tokens.
    /// </summary>
    internal static class FactoryWriter
    {
        /// <summary>Token kinds whose text is not fixed by the kind: they can never be created automatically.</summary>
        private static readonly HashSet<string> s_textTokens = new()
        {
            "IdentifierToken", "DollarIdentifierToken", "AtIdentifierToken", "NumericLiteralToken", "StringLiteralToken",
            "EmbeddedCodeToken", "DollarArgumentToken", "AtArgumentToken", "BadToken", "OtherPunctuationToken",
        };

        public static string Write(TreeSpec spec)
        {
            var w = new CodeWriter();
            w.Line(CodeWriter.Header);
            w.Line("using System;");
            w.Line();
            w.Open("namespace StapSharp.Syntax");
            w.Line("/// <summary>Creates syntax nodes, tokens and trivia.</summary>");
            w.Open("public static partial class SyntaxFactory");
            bool first = true;
            foreach (var node in spec.ConcreteNodes)
            {
                if (!first) w.Line();
                first = false;
                WriteNode(w, node);
            }
            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>A required token with a fixed text: one kind, or one kind per node kind (matched by position).</summary>
        private static bool IsAutoToken(NodeSpec node, FieldSpec f) =>
            f.Category == FieldCategory.Token && !f.Optional && f.Kinds.Count > 0 && !f.Kinds.Any(s_textTokens.Contains)
            && (f.Kinds.Count == 1 || (node.HasSeveralKinds && f.Kinds.Count == node.Kinds.Count));

        private static bool IsIdentifier(FieldSpec f) =>
            f.Category == FieldCategory.Token && !f.Optional && f.Kinds.Count == 1 && f.Kinds[0] == "IdentifierToken";

        private enum Form { Given, Auto, Omitted, Params, String }

        private static void WriteNode(CodeWriter w, NodeSpec node)
        {
            var full = node.Fields.Select(_ => Form.Given).ToList();
            var noTokens = node.Fields.Select(f => IsAutoToken(node, f) ? Form.Auto : Form.Given).ToList();
            var minimal = node.Fields.Select(f => IsAutoToken(node, f) ? Form.Auto : f.Optional ? Form.Omitted : Form.Given).ToList();
            var forms = new List<List<Form>> { full, noTokens, minimal };

            var givenLists = node.Fields.Select((f, i) => (f, i)).Where(p => minimal[p.i] == Form.Given && p.f.Category is FieldCategory.List or FieldCategory.SeparatedList).ToList();
            if (givenLists.Count == 1 && minimal.Count(m => m == Form.Given) == 1)
                forms.Add(minimal.Select((m, i) => i == givenLists[0].i ? Form.Params : m).ToList());
            if (node.Fields.Any(IsIdentifier))
                forms.Add(minimal.Select((m, i) => IsIdentifier(node.Fields[i]) ? Form.String : m).ToList());

            var seen = new HashSet<string>();
            bool firstForm = true;
            foreach (var form in forms)
            {
                var signature = string.Join(",", node.Fields.Select((f, i) => ParameterType(f, form[i])).Where(t => t != null));
                if (!seen.Add(signature)) continue;
                if (!firstForm) w.Line();
                if (firstForm) WriteFull(w, node);
                else WriteConvenience(w, node, form);
                firstForm = false;
            }
            WriteTokenKindMaps(w, node);
        }

        private static string? ParameterType(FieldSpec f, Form form) => form switch
        {
            Form.Given => RedWriter.PropertyType(f),
            Form.Params => $"params {f.ElementType}[]",
            Form.String => "string",
            _ => null,
        };

        private static string Convert(FieldSpec f)
        {
            var p = f.ParameterName;
            return f.Category switch
            {
                FieldCategory.Node => f.Optional ? $"(InternalSyntax.{f.Type}?){p}?.Green" : $"(InternalSyntax.{f.Type}){p}.Green",
                FieldCategory.Token => f.Optional ? $"{p}.Node" : $"{p}.Node!",
                _ => $"{p}.ToGreenList()",
            };
        }

        private static void WriteFull(CodeWriter w, NodeSpec node)
        {
            var parameters = node.Fields.Select(f => $"{RedWriter.PropertyType(f)} {f.ParameterName}").ToList();
            if (node.HasSeveralKinds) parameters.Insert(0, "SyntaxKind kind");
            w.Line($"/// <summary>Creates a new <see cref=\"{node.Name}\"/>.</summary>");
            if (node.HasSeveralKinds) w.Param("kind", "One of the node's kinds: " + string.Join(", ", node.Kinds) + ".");
            foreach (var f in node.Fields) w.Param(f.ParameterName, RedWriter.PropertyDoc(f));
            w.Open($"public static {node.Name} {node.ShortName}({string.Join(", ", parameters)})");
            if (node.HasSeveralKinds) WriteKindCheck(w, "kind", node.Kinds, allowNone: false);
            foreach (var f in node.Fields)
            {
                if (f.Category == FieldCategory.Node && !f.Optional)
                    w.Line($"if ({f.ParameterName} == null) throw new ArgumentNullException(nameof({f.ParameterName}));");
                if (f.Category == FieldCategory.Token)
                {
                    if (f.Kinds.Count > 0) WriteKindCheck(w, f.ParameterName + ".Kind", f.Kinds, allowNone: f.Optional, f.ParameterName);
                    else if (!f.Optional) w.Line($"if ({f.ParameterName}.Node == null) throw new ArgumentException(\"A token is required.\", nameof({f.ParameterName}));");
                }
            }
            var kindArg = node.HasSeveralKinds ? "kind" + (node.Fields.Count > 0 ? ", " : "") : "";
            w.Line($"var green = InternalSyntax.SyntaxFactory.{node.ShortName}({kindArg}{string.Join(", ", node.Fields.Select(Convert))});");
            w.Line($"return ({node.Name})green.CreateRed(null, 0);");
            w.Close();
        }

        private static void WriteKindCheck(CodeWriter w, string expression, IReadOnlyList<string> kinds, bool allowNone, string? parameter = null)
        {
            var name = parameter ?? expression;
            var cases = kinds.Select(k => "SyntaxKind." + k).ToList();
            if (allowNone) cases.Insert(0, "SyntaxKind.None");
            w.Line($"switch ({expression})");
            w.Line("{");
            foreach (var c in cases) w.Line($"    case {c}:");
            w.Line("        break;");
            w.Line("    default:");
            w.Line($"        throw new ArgumentException(\"Unexpected kind \" + {expression} + \".\", nameof({name}));");
            w.Line("}");
        }

        private static void WriteConvenience(CodeWriter w, NodeSpec node, List<Form> form)
        {
            var parameters = new List<string>();
            if (node.HasSeveralKinds) parameters.Add("SyntaxKind kind");
            var arguments = new List<string>();
            if (node.HasSeveralKinds) arguments.Add("kind");
            for (int i = 0; i < node.Fields.Count; i++)
            {
                var f = node.Fields[i];
                var type = ParameterType(f, form[i]);
                if (type != null) parameters.Add($"{type} {f.ParameterName}");
                arguments.Add(form[i] switch
                {
                    Form.Given => f.ParameterName,
                    Form.Auto => f.Kinds.Count == 1 ? $"Token(SyntaxKind.{f.Kinds[0]})" : $"Token(Get{node.ShortName}{f.Name}Kind(kind))",
                    Form.Omitted => f.Category == FieldCategory.Token ? "default(SyntaxToken)" : $"({f.Type}?)null",
                    Form.Params => f.Category == FieldCategory.List ? $"List({f.ParameterName})" : $"SeparatedList({f.ParameterName}, SyntaxKind.{f.Separator})",
                    _ => $"Identifier({f.ParameterName})",
                });
            }
            w.Line($"/// <summary>Creates a new <see cref=\"{node.Name}\"/>; tokens with a fixed text are created, absent optional parts are left out.</summary>");
            if (node.HasSeveralKinds) w.Param("kind", "One of the node's kinds: " + string.Join(", ", node.Kinds) + ".");
            for (int i = 0; i < node.Fields.Count; i++)
                if (ParameterType(node.Fields[i], form[i]) != null) w.Param(node.Fields[i].ParameterName, RedWriter.PropertyDoc(node.Fields[i]));
            w.Line($"public static {node.Name} {node.ShortName}({string.Join(", ", parameters)})");
            w.Line($"    => {node.ShortName}({string.Join(", ", arguments)});");
        }

        /// <summary>For a token field with one kind per node kind: the map from node kind to token kind.</summary>
        private static void WriteTokenKindMaps(CodeWriter w, NodeSpec node)
        {
            foreach (var f in node.Fields.Where(f => IsAutoToken(node, f) && f.Kinds.Count > 1))
            {
                w.Line();
                w.Line($"private static SyntaxKind Get{node.ShortName}{f.Name}Kind(SyntaxKind kind) => kind switch");
                w.Line("{");
                for (int i = 0; i < node.Kinds.Count; i++)
                    w.Line($"    SyntaxKind.{node.Kinds[i]} => SyntaxKind.{f.Kinds[i]},");
                w.Line("    _ => throw new ArgumentException(\"Unexpected kind \" + kind + \".\", nameof(kind)),");
                w.Line("};");
            }
        }
    }
}
