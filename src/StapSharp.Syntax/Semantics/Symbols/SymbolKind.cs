namespace StapSharp.Semantics
{
    /// <summary>What a <see cref="Symbol"/> stands for.</summary>
    public enum SymbolKind
    {
        /// <summary>A global variable or array (<see cref="GlobalSymbol"/>).</summary>
        Global = 0,

        /// <summary>A probe- or function-local variable (<see cref="LocalSymbol"/>).</summary>
        Local = 1,

        /// <summary>A function parameter (<see cref="ParameterSymbol"/>).</summary>
        Parameter = 2,

        /// <summary>A script or tapset function (<see cref="FunctionSymbol"/>).</summary>
        Function = 3,

        /// <summary>A probe alias (<see cref="ProbeAliasSymbol"/>).</summary>
        ProbeAlias = 4,

        /// <summary>A built-in probe point family such as <c>timer.ms(number)</c> (<see cref="ProbeFamilySymbol"/>).</summary>
        ProbeFamily = 5,

        /// <summary>A probe declaration (<see cref="ProbeSymbol"/>).</summary>
        Probe = 6,

        /// <summary>A target (context) variable such as <c>$fd</c> (<see cref="TargetVariableSymbol"/>).</summary>
        TargetVariable = 7,

        /// <summary>A preprocessor macro defined with <c>@define</c> (<see cref="MacroSymbol"/>).</summary>
        Macro = 8,
    }
}
