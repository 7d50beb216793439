using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>What every frame emitter shares: the module, its analysis and the diagnostics bag.</summary>
    internal sealed class EmitContext
    {
        private readonly HashSet<string> _globalNames = new();
        private readonly Dictionary<string, StatisticOptions> _statistics;

        public EmitContext(IrModule module, ModuleGeneratorOptions options)
        {
            Module = module;
            Options = options;
            Analysis = new IrAnalysis(module);
            foreach (IrGlobal g in module.Globals)
                _globalNames.Add(g.Name);
            _statistics = StatisticInference.Infer(module, this);
        }

        public IrModule Module { get; }

        public ModuleGeneratorOptions Options { get; }

        public IrAnalysis Analysis { get; }

        /// <summary>The regex programs the frames use, written once before the handlers.</summary>
        public RegexTables Regexes { get; } = new();

        public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

        public void Report(ErrorCode code, IrSourceLocation? location, params object[] arguments) =>
            Diagnostics.Add(CodegenDiagnostics.Create(code, location, arguments));

        /// <summary>Reports globals that the module does not declare (hand-built IR can reference any record).</summary>
        public bool CheckDeclared(IrGlobal global, IrSourceLocation? location)
        {
            if (_globalNames.Contains(global.Name))
                return true;
            Report(ErrorCode.ERR_UndeclaredGlobal, location, global.Name);
            return false;
        }

        /// <summary>The runtime options of a statistics global, inferred from all its uses.</summary>
        public StatisticOptions StatisticOptionsOf(IrGlobal global) =>
            _statistics.TryGetValue(global.Name, out StatisticOptions? options) ? options.Effective() : new StatisticOptions().Effective();

        /// <summary>The position of a global in the module, for a stable lock order.</summary>
        public int IndexOf(IrGlobal global)
        {
            for (int i = 0; i < Module.Globals.Length; i++)
            {
                if (Module.Globals[i].Name == global.Name)
                    return i;
            }
            return int.MaxValue;
        }
    }
}
