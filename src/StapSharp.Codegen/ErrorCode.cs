namespace StapSharp.Codegen
{
    /// <summary>
    /// The diagnostics code generation and the module build report (STP3xxx). The number is the diagnostic ID
    /// (<c>STP</c> + four digits); the message is the resource of the same name in CodegenMessages.resx.
    /// Numbers are never reused. Kept in this assembly, apart from the Syntax assembly's codes, so that Codegen
    /// owns its diagnostics; users match them by their stable <c>Id</c> string (see docs/codegen.md).
    /// </summary>
    internal enum ErrorCode
    {
        /// <summary>Not an error.</summary>
        Unknown = 0,

        /// <summary>The module name is not a C identifier of at most 55 characters.</summary>
        ERR_InvalidModuleName = 3001,
        /// <summary>The IR uses a construct the C emitter does not generate yet.</summary>
        ERR_UnsupportedConstruct = 3002,
        /// <summary>A printf format cannot be translated.</summary>
        ERR_InvalidPrintfFormat = 3003,
        /// <summary>A printf call passes the wrong number or types of arguments for its format.</summary>
        ERR_PrintfArgumentMismatch = 3004,
        /// <summary>An IR expression has a type that does not fit where it is used.</summary>
        ERR_IrTypeMismatch = 3005,
        /// <summary>A call names a function the module does not define.</summary>
        ERR_UndefinedFunction = 3006,
        /// <summary>An IR node references a global the module does not declare.</summary>
        ERR_UndeclaredGlobal = 3007,
        /// <summary><c>break</c>/<c>continue</c> outside a loop, or <c>return</c> outside a function.</summary>
        ERR_MisplacedJump = 3008,
        /// <summary>A probe point has an invalid parameter (a zero timer interval...).</summary>
        ERR_InvalidProbePoint = 3009,
        /// <summary>A <c>-D</c> definition is not <c>NAME</c> or <c>NAME=VALUE</c>.</summary>
        ERR_InvalidDefine = 3010,
        /// <summary>The kernel build tree is missing.</summary>
        ERR_KernelBuildTreeNotFound = 3011,
        /// <summary>kbuild (make) failed.</summary>
        ERR_KbuildFailed = 3012,
        /// <summary>The C compiler reported an error in generated code.</summary>
        ERR_GeneratedCodeCompileError = 3013,
        /// <summary>A path cannot be written into a Kbuild file (spaces, quotes, <c>$</c>...).</summary>
        ERR_InvalidPath = 3014,
        /// <summary>No kernel build tree was given and none is installed; the message says what was looked for.</summary>
        ERR_NoKernelTarget = 3015,
        /// <summary>A build or cache folder that another user could have planted or can change (a symbolic link, another owner, group/world-writable).</summary>
        ERR_UntrustedBuildDirectory = 3016,
        /// <summary>The lowering meets a script construct the IR cannot express yet.</summary>
        ERR_LoweringUnsupportedConstruct = 3020,
        /// <summary>A call of a function the lowering cannot compile (embedded C that needs runtime machinery StapSharp lacks); the message says why.</summary>
        ERR_LoweringEmbeddedFunction = 3021,
        /// <summary>A probe point of a family the lowering does not support.</summary>
        ERR_LoweringUnsupportedProbePoint = 3022,
        /// <summary>A target-variable construct (<c>$var</c>, <c>@cast</c>, <c>@var</c>...), which needs debuginfo.</summary>
        ERR_LoweringTargetConstruct = 3023,
        /// <summary>Uses of one statistics global need conflicting runtime options (two histogram types, two <c>@variance</c> shifts).</summary>
        ERR_ConflictingStatisticOptions = 3040,
        /// <summary>A <c>@variance</c> bit shift outside 0..62 or <c>@hist_linear</c> bounds that do not fit the runtime's ints.</summary>
        ERR_StatisticParameterOutOfRange = 3041,

        /// <summary>A regular expression that compiles to more matcher instructions than the C tables can index.</summary>
        ERR_RegexTooLarge = 3070,
        /// <summary>An <c>=~</c>/<c>!~</c> pattern that is not a valid regular expression (hand-built IR).</summary>
        ERR_RegexInvalidPattern = 3071,
    }
}
