using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    // Embedded C: functions with %{ %} bodies (tapset or guru-mode script), top-level %{ %} blocks, %{ %} expressions.
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// Runtime pragmas whose machinery StapSharp's modules do not build (symbol tables of the kernel, the unwinder,
        /// the task finder, line tables, regex DFAs, script globals seen from C), with what each one needs.
        /// </summary>
        private static readonly Dictionary<string, string> UnsupportedPragmas = new()
        {
            ["symbols"] = "kernel symbol tables (pragma:symbols)",
            ["lines"] = "line-number tables (pragma:lines)",
            ["unwind"] = "the stack unwinder (pragma:unwind)",
            ["vma"] = "the task finder's VMA tracking (pragma:vma)",
            ["uprobes"] = "uprobes (pragma:uprobes)",
            ["tagged_dfa"] = "regular-expression matchers (pragma:tagged_dfa)",
            ["read"] = "access to script globals from C (pragma:read)",
            ["write"] = "access to script globals from C (pragma:write)",
        };

        /// <summary>Why a function cannot be compiled (null when it can): no body, or a pragma this code generator lacks.</summary>
        private static string? EmbeddedRefusal(FunctionSymbol function)
        {
            if (function.DeclaringSyntax is not FunctionDeclarationSyntax declaration)
                return "it has no declaration";
            if (declaration.Body is not null)
                return null;
            if (declaration.EmbeddedCodeToken.Kind != SyntaxKind.EmbeddedCodeToken)
                return "it has no body";
            foreach (string pragma in EmbeddedPragmas.RuntimePragmas(declaration.EmbeddedCodeToken.Text))
            {
                if (UnsupportedPragmas.TryGetValue(pragma, out string? need))
                    return "its embedded C needs " + need;
                return "its embedded C needs the runtime feature of 'pragma:" + pragma + "'";
            }
            return null;
        }

        /// <summary>The C between <c>%{</c> and <c>%}</c> of a top-level block (functions' and expressions' code is in the bound tree).</summary>
        private static string EmbeddedText(SyntaxToken token)
        {
            string text = token.Text;
            if (text.StartsWith("%{", System.StringComparison.Ordinal))
                text = text.Substring(2);
            if (text.EndsWith("%}", System.StringComparison.Ordinal))
                text = text.Substring(0, text.Length - 2);
            return text;
        }

        private void LowerEmbeddedFunction(FunctionSymbol function, FunctionDeclarationSyntax declaration, BoundEmbeddedCodeStatement body)
        {
            var parameters = ImmutableArray.CreateBuilder<IrVariable>(function.Parameters.Length);
            foreach (ParameterSymbol parameter in function.Parameters)
                parameters.Add(new IrVariable(parameter.Name, ToIrType(parameter.Type, declaration)));
            IrType returnType = function.ReturnType == StapType.Unknown ? IrType.Void : ToIrType(function.ReturnType, declaration);
            _functions.Add(new IrFunction(_functionNames[function], returnType, parameters.MoveToImmutable(), new IrBlock(ImmutableArray<IrStatement>.Empty))
            {
                Location = LocationOf(declaration),
                EmbeddedCode = body.Code,
            });
        }

        /// <summary>
        /// Top-level blocks of the user's files (only possible in guru mode: the parser rejects them otherwise) and of
        /// every tapset file the compilation pulled in, which stap emits whole whenever anything of the file is used.
        /// </summary>
        private ImmutableArray<string> CollectEmbeddedBlocks() =>
            _compilation.SyntaxTrees.Concat(_compilation.LibrarySyntaxTrees)
                .SelectMany(tree => ((CompilationUnitSyntax)tree.GetRoot()).Members.OfType<EmbeddedCodeDeclarationSyntax>())
                .Select(block => EmbeddedText(block.EmbeddedCodeToken))
                .ToImmutableArray();

        /// <summary>
        /// <c>@const("current->tgid")</c> (tapsets, or guru mode): a long-valued embedded-C expression, with the pragmas
        /// stap gives it.
        /// </summary>
        private IrExpression LowerConst(BoundConst constant) =>
            constant.Code is string code
                ? new IrEmbeddedExpression("/* pure */ /* unprivileged */ /* stable */ " + code, IrType.Long)
                : Unsupported(constant.Syntax, "'@const' of something other than a string literal");
    }
}
