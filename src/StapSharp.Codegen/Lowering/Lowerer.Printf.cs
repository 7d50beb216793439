using System.Collections.Immutable;
using System.Text;
using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// The print family as one <see cref="IrFormat"/>: printf/sprintf keep their format; print, println, printd and
        /// printdln (and the s- forms) build one from the argument types (%d for longs, %s for strings), with the
        /// delimiter and newline as literal text.
        /// </summary>
        private IrExpression LowerPrint(BoundPrint print)
        {
            var syntax = (InvocationExpressionSyntax)print.Syntax;
            string name = syntax.Identifier.ValueText;
            if (TryLowerHistogramText(print) is { } histogramText)
                return histogramText;
            bool hasLeadingArgument = print.PrintKind is BoundPrintKind.Printf or BoundPrintKind.Printd or BoundPrintKind.Printdln;
            if (hasLeadingArgument && print.FormatArgument is null)
                return Unsupported(syntax, "'" + name + "' without arguments");

            var lowered = ImmutableArray.CreateBuilder<IrExpression>(print.Arguments.Length);
            foreach (BoundExpression argument in print.Arguments)
                lowered.Add(LowerExpression(argument));

            string format;
            switch (print.PrintKind)
            {
                case BoundPrintKind.Printf:
                    if (ConstantString(print.FormatArgument!) is not string text)
                        return Unsupported(print.FormatArgument!.Syntax, "a " + name + " format that is not a string literal");
                    format = text;
                    break;
                case BoundPrintKind.Print:
                case BoundPrintKind.Println:
                    format = BuildFormat(print, lowered, delimiter: "", newline: print.PrintKind == BoundPrintKind.Println);
                    break;
                case BoundPrintKind.Printd:
                case BoundPrintKind.Printdln:
                    if (ConstantString(print.FormatArgument!) is not string delimiter)
                        return Unsupported(print.FormatArgument!.Syntax, "a " + name + " delimiter that is not a string literal");
                    format = BuildFormat(print, lowered, EscapePercent(delimiter), newline: print.PrintKind == BoundPrintKind.Printdln);
                    break;
                default:
                    return Unsupported(syntax, "'" + name + "'");
            }

            return new IrFormat(print.ReturnsString, format, lowered.ToImmutable());
        }

        /// <summary>The characters of a string literal operand (parentheses allowed), or null.</summary>
        private static string? ConstantString(BoundExpression expression) =>
            expression is BoundStringLiteral literal ? literal.Value : null;

        private string BuildFormat(BoundPrint print, ImmutableArray<IrExpression>.Builder arguments, string delimiter, bool newline)
        {
            var format = new StringBuilder();
            for (int i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                    format.Append(delimiter);
                switch (arguments[i].Type)
                {
                    case IrType.String:
                        format.Append("%s");
                        break;
                    case IrType.Long:
                        format.Append("%d");
                        break;
                    default:
                        Unsupported(print.Arguments[i].Syntax, "printing a value of type " + arguments[i].Type.ToString().ToLowerInvariant());
                        break;
                }
            }

            if (newline)
                format.Append('\n');
            return format.ToString();
        }

        private static string EscapePercent(string text) => text.Replace("%", "%%");
    }
}
