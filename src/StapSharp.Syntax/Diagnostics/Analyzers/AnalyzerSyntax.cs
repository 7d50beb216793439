using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;
using Location = Microsoft.CodeAnalysis.Location;

namespace StapSharp.Diagnostics
{
    /// <summary>Syntax questions the built-in analyzers share: probe-point shapes, literals, locations.</summary>
    internal static class AnalyzerSyntax
    {
        public static Location LocationOf(StapSyntaxTree tree, TextSpan span) => SyntaxDiagnostics.CreateLocation(tree, span);

        /// <summary>The dotted names of a probe point's components (<c>kernel</c>, <c>function</c>, <c>return</c>); a group is <c>{}</c>.</summary>
        public static IReadOnlyList<string> ComponentNames(ProbePointSyntax point)
        {
            var names = new List<string>();
            foreach (var component in point.Components)
                names.Add(component is ProbePointComponentSyntax named ? string.Concat(named.NameTokens.Select(t => t.Text)) : "{}");
            return names;
        }

        /// <summary>
        /// Whether a probe point fires in a hot kernel path: kernel/module function or statement probes, kprobes,
        /// tracepoints, syscalls and profiling timers. Tapset aliases other than syscalls are not recognized.
        /// </summary>
        public static bool IsHotProbePoint(ProbePointSyntax point)
        {
            var names = ComponentNames(point);
            if (names.Count == 0) return false;
            switch (names[0])
            {
                case "kernel":
                case "module":
                    return names.Skip(1).Any(n => n == "function" || n == "statement" || n == "trace");
                case "kprobe":
                case "syscall":
                case "nd_syscall":
                case "syscall_any":
                case "tracepoint":
                case "perf":
                    return true;
                case "timer":
                    return names.Count > 1 && names[1] == "profile";
                default:
                    return false;
            }
        }

        /// <summary>Whether a probe point is a <c>.return</c> probe (its last component is <c>return</c>).</summary>
        public static bool IsReturnProbePoint(ProbePointSyntax point)
        {
            var names = ComponentNames(point);
            return names.Count > 1 && names[names.Count - 1] == "return";
        }

        /// <summary>The probe points of the probe or alias containing <paramref name="node"/>, or none.</summary>
        public static IEnumerable<ProbePointSyntax> EnclosingProbePoints(StapSyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                if (ancestor is ProbeDeclarationSyntax probe) return probe.ProbePoints;
                if (ancestor is ProbeAliasDeclarationSyntax alias) return alias.ProbePoints;
                if (ancestor is FunctionDeclarationSyntax) break;
            }
            return Array.Empty<ProbePointSyntax>();
        }

        /// <summary>The expression without parentheses.</summary>
        public static ExpressionSyntax StripParentheses(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            return expression;
        }

        /// <summary>The value of an integer literal, through parentheses and unary signs.</summary>
        public static bool TryGetInteger(ExpressionSyntax expression, out long value)
        {
            value = 0;
            expression = StripParentheses(expression);
            bool negate = false;
            while (expression is PrefixUnaryExpressionSyntax unary
                && (unary.Kind == SyntaxKind.UnaryMinusExpression || unary.Kind == SyntaxKind.UnaryPlusExpression))
            {
                negate ^= unary.Kind == SyntaxKind.UnaryMinusExpression;
                expression = StripParentheses(unary.Operand);
            }
            if (expression is not LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } literal || literal.Tokens.Count != 1)
                return false;
            if (literal.Tokens[0].Value is not IConvertible convertible) return false;
            try
            {
                value = convertible.ToInt64(CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                return false;
            }
            if (negate) value = unchecked(-value);
            return true;
        }

        /// <summary>Whether the expression is a numeric literal (possibly signed and parenthesized).</summary>
        public static bool IsNumericLiteral(ExpressionSyntax expression) => TryGetInteger(expression, out _);

        /// <summary>Whether the expression is a string literal (possibly parenthesized).</summary>
        public static bool IsStringLiteral(ExpressionSyntax expression) =>
            StripParentheses(expression).Kind == SyntaxKind.StringLiteralExpression;
    }
}
