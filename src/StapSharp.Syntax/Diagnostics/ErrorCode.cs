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

        // ---- semantic (STP2xxx) ----

        // ---- infrastructure (STP9xxx) ----
        /// <summary>An analyzer threw an exception.</summary>
        ERR_AnalyzerException = 9001,
    }
}
