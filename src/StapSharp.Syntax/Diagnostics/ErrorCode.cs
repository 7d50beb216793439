namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Every diagnostic StapSharp reports. The number is the diagnostic ID (<c>STP</c> + four digits);
    /// the message is the resource of the same name in Messages.resx. Numbers are never reused.
    /// STP0xxx lexer and preprocessor, STP1xxx parser, STP2xxx semantic, STP3xxx codegen,
    /// STP4xxx transport, STP9xxx infrastructure.
    /// </summary>
    public enum ErrorCode
    {
        /// <summary>Not an error.</summary>
        Unknown = 0,

        // ---- lexer and preprocessor (STP0xxx) ----

        // ---- parser (STP1xxx) ----
        // printf formats (STP19xx, SubLanguages/)
        /// <summary>A printf directive whose conversion letter is invalid or missing (<c>%q</c>, <c>%+-d</c>, a trailing <c>%</c>).</summary>
        ERR_PrintfInvalidConversion = 1901,
        /// <summary>A printf directive cut short by the end of the format after a flag, width or precision (<c>%5</c>).</summary>
        ERR_PrintfIncompleteConversion = 1902,

        // ---- semantic (STP2xxx) ----
        // probe-point function specs (STP29xx, SubLanguages/)
        /// <summary>A function spec without a function name (empty, or starting with <c>@</c>).</summary>
        ERR_FunctionSpecMissingFunction = 2901,
        /// <summary>A function spec with <c>@</c> but no source file name.</summary>
        ERR_FunctionSpecMissingFile = 2902,
        /// <summary>A function spec with <c>:</c> or <c>+</c> but no line specification, or a range without numbers.</summary>
        ERR_FunctionSpecMissingLine = 2903,
        /// <summary>A line number that is not a decimal number.</summary>
        ERR_FunctionSpecInvalidLine = 2904,
        /// <summary>A line number larger than 2147483647.</summary>
        ERR_FunctionSpecLineTooLarge = 2905,

        // ---- infrastructure (STP9xxx) ----
        /// <summary>An analyzer threw an exception.</summary>
        ERR_AnalyzerException = 9001,
    }
}
