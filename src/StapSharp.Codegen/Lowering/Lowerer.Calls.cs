using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        private IrExpression LowerInvocation(InvocationExpressionSyntax invocation)
        {
            string name = invocation.Identifier.ValueText;
            if (invocation.Kind == SyntaxKind.PrintInvocationExpression || SyntaxFacts.IsPrintFamily(name) && SymbolOf(invocation) is null)
                return LowerPrint(invocation);
            if (SymbolOf(invocation) is not FunctionSymbol function)
                return Unsupported(invocation, "the call of '" + name + "'");
            if (function.IsLibrary && (function.Name == "exit" || function.Name == "error"))
                return Unsupported(invocation, "'" + function.Name + "()' used as a value");
            if (TryLowerRegexFunction(function, invocation) is IrExpression regexFunction)
                return regexFunction;
            if (EmbeddedRefusal(function) is string reason)
            {
                Report(ErrorCode.ERR_LoweringEmbeddedFunction, invocation, function.Name, reason);
                return new IrLongLiteral(0);
            }

            var arguments = ImmutableArray.CreateBuilder<IrExpression>(invocation.ArgumentList.Arguments.Count);
            foreach (ExpressionSyntax argument in invocation.ArgumentList.Arguments)
                arguments.Add(LowerExpression(argument));
            IrType returnType = function.ReturnType == StapType.Unknown ? IrType.Void : ToIrType(function.ReturnType, invocation);
            return new IrCall(GetFunctionName(function), returnType, arguments.MoveToImmutable());
        }
    }
}
