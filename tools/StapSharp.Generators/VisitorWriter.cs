using System.Linq;

namespace StapSharp.Generators
{
    /// <summary>Writes the Visit methods of the two visitors and the rewriter's overrides.</summary>
    internal static class VisitorWriter
    {
        public static string WriteVisitors(TreeSpec spec)
        {
            var w = new CodeWriter();
            w.Line(CodeWriter.Header);
            w.Open("namespace StapSharp.Syntax");
            w.Open("public abstract partial class StapSyntaxVisitor");
            WriteMethods(w, spec, "void");
            w.Close();
            w.Line();
            w.Open("public abstract partial class StapSyntaxVisitor<TResult>");
            WriteMethods(w, spec, "TResult?");
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void WriteMethods(CodeWriter w, TreeSpec spec, string returnType)
        {
            bool first = true;
            foreach (var node in spec.ConcreteNodes)
            {
                if (!first) w.Line();
                first = false;
                w.Line($"/// <summary>Called when the visitor visits a <see cref=\"{node.Name}\"/>.</summary>");
                w.Param("node", "The node.");
                w.Line($"public virtual {returnType} Visit{node.ShortName}({node.Name} node) => DefaultVisit(node);");
            }
        }

        public static string WriteRewriter(TreeSpec spec)
        {
            var w = new CodeWriter();
            w.Line(CodeWriter.Header);
            w.Line("using System;");
            w.Line();
            w.Open("namespace StapSharp.Syntax");
            w.Open("public partial class StapSyntaxRewriter");
            bool first = true;
            foreach (var node in spec.ConcreteNodes)
            {
                if (!first) w.Line();
                first = false;
                w.Line("/// <inheritdoc/>");
                if (node.Fields.Count == 0)
                {
                    w.Line($"public override StapSyntaxNode? Visit{node.ShortName}({node.Name} node) => node;");
                    continue;
                }
                w.Line($"public override StapSyntaxNode? Visit{node.ShortName}({node.Name} node)");
                w.Line($"    => node.Update({string.Join(", ", node.Fields.Select(VisitField))});");
            }
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string VisitField(FieldSpec f) => f.Category switch
        {
            FieldCategory.Node => f.Optional
                ? $"({f.Type}?)Visit(node.{f.Name})"
                : $"({f.Type}?)Visit(node.{f.Name}) ?? throw new InvalidOperationException(\"The rewriter removed the required {f.Name}.\")",
            FieldCategory.Token => $"VisitToken(node.{f.Name})",
            _ => $"VisitList(node.{f.Name})",
        };
    }
}
