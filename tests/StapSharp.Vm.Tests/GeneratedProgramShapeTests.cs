using System.Collections.Generic;
using System.Linq;
using StapSharp.ProgramGenerator;
using StapSharp.Syntax;

namespace StapSharp.Vm.Tests;

/// <summary>
/// A property of the program generator, checked on the parsed programs of many seeds (no kernel needed): it never
/// prints an expression whose C gcc's kernel flags (-Wall -Werror) reject in the code stap 4.8 emits, because one such
/// expression makes a whole batch fail to build in both compilers (docs/testing.md section 5, stap bug 1; seed 3638).
/// </summary>
public sealed class GeneratedProgramShapeTests
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", ">", "<=", ">="];

    public static IEnumerable<object[]> SeedRanges() => [[1UL, 600], [3001UL, 1200], [90001UL, 200]];

    [Theory]
    [MemberData(nameof(SeedRanges))]
    public void Generated_programs_have_no_expression_gcc_rejects(ulong first, int count)
    {
        var problems = new List<string>();
        for (ulong seed = first; seed < first + (ulong)count; seed++)
        {
            string text = ProgramPrinter.Standalone(ProgramGenerator.ProgramGenerator.Generate(seed), new HashSet<int>());
            StapSyntaxTree tree = StapSyntaxTree.ParseText(text);
            Assert.Empty(tree.GetDiagnostics());
            foreach (StapSyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                string? why = Rejected(node);
                if (why != null)
                    problems.Add($"seed {seed}: {why}: {node}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void The_shapes_of_seed_3638_are_recognised()
    {
        // The expression that stopped the first 1,000-program campaign, and the other shapes gcc rejects.
        string[] rejected =
        [
            "y = (15 > (!((12 < x))))", "y = ((x < 1) == 2)", "y = (([1] in a) >= 0)", "y = ((x & 3) == 8)",
            "y = ((x | 8) != 3)", "y = ((x + 1) == (x + 1))", "y = (!((x * y)))", "y = ((x << 3) && (y < 1))",
            "y = (~((x < y)))", "y = (x || (y >> 2))",
        ];
        foreach (string statement in rejected)
        {
            StapSyntaxTree tree = StapSyntaxTree.ParseText("probe begin { " + statement + " }");
            Assert.Contains(tree.GetRoot().DescendantNodes(), n => Rejected(n) != null);
        }

        StapSyntaxTree fine = StapSyntaxTree.ParseText("probe begin { y = ((x + 1) > (!((12 < x)) + 0)); z = ((x - 1) == (x + 1)) }");
        Assert.DoesNotContain(fine.GetRoot().DescendantNodes(), n => Rejected(n) != null);
    }

    /// <summary>Why gcc rejects this node's C, or null. The rules are gcc's warnings that -Wall enables.</summary>
    private static string? Rejected(StapSyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax b when Comparisons.Contains(b.OperatorToken.Text):
                {
                    ExpressionSyntax l = Strip(b.Left), r = Strip(b.Right);
                    if (IsTruthValue(l) || IsTruthValue(r))
                        return "a truth value compared (-Wbool-compare)";
                    if (IsBitwiseAndOr(l) || IsBitwiseAndOr(r))
                        return "a bitwise and/or compared (-Wtautological-compare)";
                    if (l.ToString().Trim() == r.ToString().Trim() && l is not LiteralExpressionSyntax)
                        return "an expression compared with itself (-Wtautological-compare)";
                    return null;
                }

            case BinaryExpressionSyntax b when b.OperatorToken.Text is "&&" or "||":
                return IsIntInBoolContext(Strip(b.Left)) || IsIntInBoolContext(Strip(b.Right)) ? "an arithmetic operand of && or || (-Wint-in-bool-context)" : null;
            case PrefixUnaryExpressionSyntax u when u.OperatorToken.Text == "!":
                return IsIntInBoolContext(Strip(u.Operand)) ? "an arithmetic operand of ! (-Wint-in-bool-context)" : null;
            case PrefixUnaryExpressionSyntax u when u.OperatorToken.Text == "~":
                return IsTruthValue(Strip(u.Operand)) ? "~ on a truth value (-Wbool-operation)" : null;
            default:
                return null;
        }
    }

    private static ExpressionSyntax Strip(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p)
            e = p.Expression;
        return e;
    }

    private static bool IsTruthValue(ExpressionSyntax e) => e switch
    {
        BinaryExpressionSyntax b => Comparisons.Contains(b.OperatorToken.Text) || b.OperatorToken.Text is "&&" or "||",
        PrefixUnaryExpressionSyntax u => u.OperatorToken.Text == "!",
        MembershipExpressionSyntax => true,
        _ => false,
    };

    private static bool IsBitwiseAndOr(ExpressionSyntax e) => e is BinaryExpressionSyntax { OperatorToken.Text: "&" or "|" };

    private static bool IsIntInBoolContext(ExpressionSyntax e) =>
        e is BinaryExpressionSyntax { OperatorToken.Text: "*" or "<<" or ">>" } or ConditionalExpressionSyntax;
}
