using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The file-level declarations of the analyzed trees, gathered once per run in a compilation-start action.</summary>
    internal sealed class ScriptDeclarations
    {
        private ScriptDeclarations(ImmutableArray<GlobalVariableSyntax> globals, ImmutableArray<FunctionDeclarationSyntax> functions, ImmutableHashSet<string> globalNames)
        {
            Globals = globals;
            Functions = functions;
            GlobalNames = globalNames;
        }

        /// <summary>The global variables declared in script (not library) trees.</summary>
        public ImmutableArray<GlobalVariableSyntax> Globals { get; }

        /// <summary>The functions declared in script (not library) trees.</summary>
        public ImmutableArray<FunctionDeclarationSyntax> Functions { get; }

        /// <summary>Every global name visible to the scripts: declared in any tree, or bound by the compilation (tapset globals).</summary>
        public ImmutableHashSet<string> GlobalNames { get; }

        public static ScriptDeclarations Collect(IEnumerable<StapSyntaxTree> trees, StapCompilation? compilation, CancellationToken cancellationToken)
        {
            var globals = ImmutableArray.CreateBuilder<GlobalVariableSyntax>();
            var functions = ImmutableArray.CreateBuilder<FunctionDeclarationSyntax>();
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                bool isScript = IsScript(tree);
                foreach (var member in tree.GetRoot(cancellationToken).Members)
                {
                    if (member is GlobalDeclarationSyntax declaration)
                    {
                        foreach (var variable in declaration.Variables)
                        {
                            if (variable.Identifier.IsMissing) continue;
                            names.Add(variable.Identifier.ValueText);
                            if (isScript) globals.Add(variable);
                        }
                    }
                    else if (member is FunctionDeclarationSyntax function && isScript && !function.Identifier.IsMissing)
                    {
                        functions.Add(function);
                    }
                }
            }
            if (compilation != null)
                foreach (var global in compilation.Globals)
                    names.Add(global.Name);
            return new ScriptDeclarations(globals.ToImmutable(), functions.ToImmutable(), names.ToImmutable());
        }

        public static bool IsScript(StapSyntaxTree tree) => tree.Options.Kind == StapSourceKind.Script;

        /// <summary>Whether a reference inside a function names one of its parameters (which hide globals).</summary>
        public static bool IsParameterReference(VariableReference reference)
        {
            var function = reference.Token.Parent?.FirstAncestorOrSelf<FunctionDeclarationSyntax>();
            return function != null && function.ParameterList.Parameters.Any(p => p.Identifier.ValueText == reference.Name);
        }
    }
}
