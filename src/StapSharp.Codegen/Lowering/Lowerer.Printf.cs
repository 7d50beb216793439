using System.Collections.Immutable;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// The print family as one <see cref="IrFormat"/>: printf/sprintf keep their format; print, println, printd and
        /// printdln (and the s- forms) build one from the argument types (%d for longs, %s for strings), with the
        /// delimiter and newline as literal text.
        /// </summary>
        private IrExpression LowerPrint(InvocationExpressionSyntax invocation)
        {
            string name = invocation.Identifier.ValueText;
            if (TryLowerHistogramText(invocation) is { } histogramText)
                return histogramText;
            var arguments = invocation.ArgumentList.Arguments;
            bool isSprintf = name.StartsWith("s", System.StringComparison.Ordinal);
            string kind = isSprintf ? name.Substring(1) : name;
            int first = kind is "printf" or "printd" or "printdln" ? 1 : 0;
            if (first == 1 && arguments.Count == 0)
                return Unsupported(invocation, "'" + name + "' without arguments");

            var lowered = ImmutableArray.CreateBuilder<IrExpression>(arguments.Count - first);
            for (int i = first; i < arguments.Count; i++)
                lowered.Add(LowerExpression(arguments[i]));

            string format;
            switch (kind)
            {
                case "printf":
                    if (ConstantString(arguments[0]) is not string text)
                        return Unsupported(arguments[0], "a " + name + " format that is not a string literal");
                    format = text;
                    break;
                case "print":
                case "println":
                    format = BuildFormat(invocation, lowered, delimiter: "", newline: kind == "println");
                    break;
                case "printd":
                case "printdln":
                    if (ConstantString(arguments[0]) is not string delimiter)
                        return Unsupported(arguments[0], "a " + name + " delimiter that is not a string literal");
                    format = BuildFormat(invocation, lowered, EscapePercent(delimiter), newline: kind == "printdln");
                    break;
                default:
                    return Unsupported(invocation, "'" + name + "'");
            }

            return new IrFormat(isSprintf, format, lowered.ToImmutable());
        }

        private string BuildFormat(InvocationExpressionSyntax invocation, ImmutableArray<IrExpression>.Builder arguments, string delimiter, bool newline)
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
                        Unsupported(invocation.ArgumentList.Arguments[i + invocation.ArgumentList.Arguments.Count - arguments.Count],
                            "printing a value of type " + arguments[i].Type.ToString().ToLowerInvariant());
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
