using System.Collections.Immutable;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        private IrExpression LowerCall(BoundCall call)
        {
            FunctionSymbol function = call.Function;
            if (EmbeddedRefusal(function) is string reason)
            {
                Report(ErrorCode.ERR_LoweringEmbeddedFunction, call.Syntax, function.Name, reason);
                return new IrLongLiteral(0);
            }

            var arguments = ImmutableArray.CreateBuilder<IrExpression>(call.Arguments.Length);
            foreach (BoundExpression argument in call.Arguments)
                arguments.Add(LowerExpression(argument));
            IrType returnType = function.ReturnType == StapType.Unknown ? IrType.Void : ToIrType(function.ReturnType, call.Syntax);
            return new IrCall(GetFunctionName(function), returnType, arguments.MoveToImmutable());
        }
    }
}
