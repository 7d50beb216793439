using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>The IR global of a symbol, declared on first use (tapset globals only when reached).</summary>
        private IrGlobal GetGlobal(GlobalSymbol symbol, StapSyntaxNode? use)
        {
            if (_globals.TryGetValue(symbol, out IrGlobal? existing))
                return existing;
            var declaration = symbol.DeclaringSyntax as GlobalVariableSyntax;
            StapSyntaxNode site = (StapSyntaxNode?)declaration ?? use!;
            var global = new IrGlobal(UniqueName(symbol.Name, _globalNames), ToIrType(symbol.Type, site))
            {
                KeyTypes = symbol.IndexTypes.Select(t => ToIrType(t, site)).ToImmutableArray(),
            };
            if (declaration is not null)
            {
                if (declaration.PercentToken.Kind != SyntaxKind.None && global.ValueType == IrType.Statistics)
                    Unsupported(declaration, "a wrapping array of statistics ('%')");
                else if (declaration.PercentToken.Kind != SyntaxKind.None)
                    global = global with { Wraps = true };
                if (declaration.ArraySize is { } size)
                {
                    if (ConstantLong(size.Size) is long entries && entries > 0 && entries <= int.MaxValue)
                        global = global with { MaxEntries = (int)entries };
                    else
                        Unsupported(size, "an array size that is not a positive integer literal");
                }

                if (declaration.Initializer is { } initializer)
                    global = global with { Initializer = LowerGlobalInitializer(initializer.Value, global.ValueType) };
            }

            _globals.Add(symbol, global);
            _globalOrder.Add(global);
            return global;
        }

        private IrExpression? LowerGlobalInitializer(ExpressionSyntax value, IrType type)
        {
            if (type == IrType.String && ConstantString(value) is string text)
                return new IrStringLiteral(text);
            if (type == IrType.Long && ConstantLong(value) is long number)
                return new IrLongLiteral(number);
            Unsupported(value, "a global initializer that is not a literal of the global's type");
            return null;
        }

        /// <summary>The IR name of a function, queueing its body for lowering on first use.</summary>
        private string GetFunctionName(FunctionSymbol function)
        {
            if (_functionNames.TryGetValue(function, out string? name))
                return name;
            name = UniqueName(function.Name, _usedFunctionNames);
            _functionNames.Add(function, name);
            _pendingFunctions.Enqueue(function);
            return name;
        }

        private void LowerFunction(FunctionSymbol function)
        {
            if (function.DeclaringSyntax is not FunctionDeclarationSyntax declaration || !_boundFunctions.TryGetValue(function, out BoundFunction? bound))
                return;
            if (bound.Body is BoundEmbeddedCodeStatement embedded)
            {
                LowerEmbeddedFunction(function, declaration, embedded);
                return;
            }
            _locals = new Dictionary<string, IrVariable>(StringComparer.Ordinal);
            var parameters = ImmutableArray.CreateBuilder<IrVariable>(function.Parameters.Length);
            foreach (ParameterSymbol parameter in function.Parameters)
            {
                var variable = new IrVariable(parameter.Name, ToIrType(parameter.Type, declaration));
                _locals[parameter.Name] = variable;
                parameters.Add(variable);
            }

            IrType returnType = function.ReturnType == StapType.Unknown ? IrType.Void : ToIrType(function.ReturnType, declaration);
            IrBlock body = LowerBlock((BoundBlock)bound.Body);
            _functions.Add(new IrFunction(_functionNames[function], returnType, parameters.MoveToImmutable(), body)
            {
                // stap's MAXNESTING error names the function's identifier ("identifier 'f' at x.stp:3:10").
                Location = LocationOf(declaration.Identifier, declaration),
            });
        }

        /// <summary>The local (or parameter) of the current body with this name, created on first use.</summary>
        private IrVariable GetLocal(string name, StapType type, StapSyntaxNode use)
        {
            if (_locals.TryGetValue(name, out IrVariable? variable))
                return variable;
            variable = new IrVariable(name, ToIrType(type, use));
            _locals.Add(name, variable);
            return variable;
        }

        private static long? ConstantLong(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.NumericLiteralExpression
                && literal.Tokens.Count == 1 && literal.Tokens[0].Value is long value => value,
            PrefixUnaryExpressionSyntax { Operand: var operand } unary when unary.Kind == SyntaxKind.UnaryMinusExpression
                && ConstantLong(operand) is long value => unchecked(-value),
            PrefixUnaryExpressionSyntax { Operand: var operand } unary when unary.Kind == SyntaxKind.UnaryPlusExpression => ConstantLong(operand),
            ParenthesizedExpressionSyntax parenthesized => ConstantLong(parenthesized.Expression),
            _ => null,
        };

        private static string? ConstantString(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.StringLiteralExpression => LiteralText(literal),
            ParenthesizedExpressionSyntax parenthesized => ConstantString(parenthesized.Expression),
            _ => null,
        };
    }
}
