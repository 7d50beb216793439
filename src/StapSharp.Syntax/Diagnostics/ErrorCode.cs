namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Every diagnostic StapSharp reports. The number is the diagnostic ID (<c>STP</c> + four digits);
    /// the message is the resource of the same name in Messages.resx. Numbers are never reused.
    /// STP0xxx lexer and preprocessor, STP1xxx parser, STP2xxx semantic,
    /// STP4xxx transport, STP9xxx infrastructure. The STP3xxx codes belong to the Codegen assembly
    /// (<c>StapSharp.Codegen.ErrorCode</c>). Internal: users match diagnostics by their stable <c>Id</c> string.
    /// </summary>
    internal enum ErrorCode
    {
        /// <summary>Not an error.</summary>
        Unknown = 0,

        // ---- lexer and preprocessor (STP0xxx) ----
        /// <summary>A number that <c>strtoull</c> does not fully accept, or that exceeds 64 bits.</summary>
        ERR_InvalidNumber = 1,
        /// <summary>A string literal without its closing quote on the same line.</summary>
        ERR_UnterminatedString = 2,
        /// <summary><c>%{</c> without a matching <c>%}</c>.</summary>
        ERR_UnterminatedEmbeddedCode = 3,
        /// <summary><c>}%</c> inside embedded code: probably a mistyped <c>%}</c>.</summary>
        WRN_EmbeddedCodeCloseTypo = 4,
        /// <summary>A command-line argument reference beyond the supplied arguments (or <c>$0</c>).</summary>
        ERR_ArgumentOutOfRange = 5,
        /// <summary>A character that starts no token (non-ASCII, control character).</summary>
        ERR_BadCharacter = 6,
        /// <summary><c>@define</c> whose body (<c>%( ... %)</c>) is not closed before the end of the file.</summary>
        ERR_UnterminatedMacroBody = 7,
        /// <summary>A preprocessor condition with fewer than three tokens in a comparison.</summary>
        ERR_PPIncompleteCondition = 20,
        /// <summary>A preprocessor condition not followed by <c>%?</c>.</summary>
        ERR_PPExpectedQuestion = 21,
        /// <summary>A preprocessor conditional still open at the end of the file.</summary>
        ERR_PPUnterminatedConditional = 22,
        /// <summary><c>%?</c>, <c>%:</c> or <c>%)</c> without an open <c>%(</c>.</summary>
        ERR_PPMissingOpen = 23,
        /// <summary>A second <c>%:</c> in one conditional.</summary>
        ERR_PPDuplicateElse = 24,
        /// <summary>A version, architecture, runtime, privilege or CONFIG comparison whose right side is not a string.</summary>
        ERR_PPExpectedString = 25,
        /// <summary>An operator that is not one of <c>== != &lt; &lt;= &gt; &gt;=</c>.</summary>
        ERR_PPExpectedComparisonOperator = 26,
        /// <summary>A wildcard pattern compared with an ordering operator.</summary>
        ERR_PPWildcardWithOrderOperator = 27,
        /// <summary>An operand that only allows <c>==</c> and <c>!=</c> compared otherwise.</summary>
        ERR_PPExpectedEqualityOperator = 28,
        /// <summary><c>guru_mode</c> compared with something that is not a number.</summary>
        ERR_PPExpectedNumber = 29,
        /// <summary><c>guru_mode</c> compared with a number other than 0 or 1.</summary>
        ERR_PPExpectedZeroOrOne = 30,
        /// <summary>A CONFIG option compared with a number while its value is not a number.</summary>
        ERR_PPConfigValueNotNumber = 31,
        /// <summary>A CONFIG option compared with something that is not a string, number or CONFIG option.</summary>
        ERR_PPExpectedConfigOperand = 32,
        /// <summary>A string compared with a number.</summary>
        ERR_PPExpectedStringRightOperand = 33,
        /// <summary>A number compared with a string.</summary>
        ERR_PPExpectedNumberRightOperand = 34,
        /// <summary>A left operand that is no preprocessor word, string or number (also bare <c>CONFIG_X</c>, <c>!</c>, parentheses).</summary>
        ERR_PPInvalidOperand = 35,
        /// <summary>A macro used in a condition that is not defined (no library macros were supplied).</summary>
        WRN_PPUndefinedMacro = 36,
        /// <summary>A macro used in a condition with the wrong number of arguments.</summary>
        ERR_PPMacroArgumentCount = 37,
        /// <summary>Macro expansion inside a condition nested too deeply (probably recursive).</summary>
        ERR_PPMacroExpansionTooDeep = 38,
        /// <summary>A macro used in a condition that is not defined in the file or in the supplied library.</summary>
        ERR_PPUnknownMacro = 39,
        /// <summary>The same macro defined in two library (<c>.stpm</c>) files.</summary>
        ERR_DuplicateLibraryMacro = 50,

        // regular expressions of =~ and !~ (STP07xx, SubLanguages/Regex/): stap 4.8's wording
        /// <summary>A group opened with <c>(</c> that the pattern never closes.</summary>
        ERR_RegexMissingCloseParen = 700,
        /// <summary>A <c>)</c> with no open group, before the end of the pattern.</summary>
        ERR_RegexUnbalancedCloseParen = 701,
        /// <summary>A bracket expression <c>[...]</c> without its closing <c>]</c>.</summary>
        ERR_RegexUnclosedClass = 702,
        /// <summary>A <c>*</c>, <c>+</c>, <c>?</c> or <c>{</c> with nothing before it to repeat.</summary>
        ERR_RegexNothingToRepeat = 703,
        /// <summary>A repetition applied to <c>^</c> or <c>$</c>.</summary>
        ERR_RegexRepeatedAnchor = 704,
        /// <summary>An interval <c>{</c> without a number where one must be.</summary>
        ERR_RegexIntervalNumberExpected = 705,
        /// <summary>An interval <c>{m,</c> followed by neither a number nor <c>}</c>.</summary>
        ERR_RegexIntervalCloseExpected = 706,
        /// <summary>The pattern ends inside an interval or right after a backslash.</summary>
        ERR_RegexUnexpectedEnd = 707,
        /// <summary>An interval bound larger than stap's limit (12344).</summary>
        ERR_RegexIntervalTooLarge = 708,
        /// <summary>An interval bound too long to be a number at all.</summary>
        ERR_RegexIntervalNumberInvalid = 709,
        /// <summary>An interval <c>{m,n}</c> with m greater than n (stap 4.8 aborts on it).</summary>
        ERR_RegexIntervalInverted = 710,
        /// <summary>A <c>[:name:]</c> class that POSIX does not define.</summary>
        ERR_RegexUnknownCharacterClass = 711,
        /// <summary>A range <c>z-a</c> whose end is below its start.</summary>
        ERR_RegexInvertedRange = 712,
        /// <summary>A group opened with <c>(?</c> that is not <c>(?:</c>.</summary>
        ERR_RegexUnknownGroupModifier = 713,
        /// <summary>A pattern with more optional parts in sequence than stap's matcher can rank (see RegexBranchingFactor).</summary>
        ERR_RegexExcessiveBranching = 714,

        // ---- parser (STP1xxx) ----
        // language parser (STP10xx, Parsing/LanguageParser*.cs)
        /// <summary>A token that cannot appear here; it is kept as skipped text.</summary>
        ERR_UnexpectedToken = 1001,
        /// <summary>A name was required.</summary>
        ERR_IdentifierExpected = 1002,
        /// <summary>A specific token (<c>)</c>, <c>;</c>, <c>in</c>, ...) was required.</summary>
        ERR_TokenExpected = 1003,
        /// <summary>An expression was required.</summary>
        ERR_ExpressionExpected = 1004,
        /// <summary>A statement was required (the body of <c>if</c>, <c>while</c>, <c>for</c>, <c>foreach</c>, <c>else</c>).</summary>
        ERR_StatementExpected = 1005,
        /// <summary>Something other than a probe, global, function, embedded C or macro definition at top level.</summary>
        ERR_MemberExpected = 1006,
        /// <summary><c>return</c> in a probe body: only functions return.</summary>
        ERR_ReturnOutsideFunction = 1007,
        /// <summary>The right side of <c>=~</c> / <c>!~</c> is not a string literal.</summary>
        ERR_RegexPatternNotLiteral = 1008,
        /// <summary><c>1 in a in b</c>: membership tests do not chain.</summary>
        ERR_MembershipNotChainable = 1009,
        /// <summary><c>++a++</c>: only one increment or decrement per operand.</summary>
        ERR_OnlyOneCrement = 1010,
        /// <summary>The format of <c>printf</c>/<c>sprintf</c> or the delimiter of <c>printd</c> is not a string literal.</summary>
        ERR_FormatNotLiteral = 1011,
        /// <summary><c>printd</c>-style calls need a delimiter and at least two values.</summary>
        ERR_PrintdNeedsTwoValues = 1012,
        /// <summary><c>print</c>, <c>sprint</c> and <c>print_char</c> need at least one value.</summary>
        ERR_PrintNeedsValue = 1013,
        /// <summary>A second sort marker in one <c>foreach</c> header.</summary>
        ERR_MultipleSortDirectives = 1014,
        /// <summary>An aggregate (<c>@sum</c>, ...) after a <c>foreach</c> array without <c>+</c>/<c>-</c>.</summary>
        ERR_SortDirectiveExpected = 1015,
        /// <summary>A global initialiser or probe-point argument that is not a literal.</summary>
        ERR_LiteralExpected = 1016,
        /// <summary>An array size, priority, histogram bound or similar that is not an integer literal.</summary>
        ERR_IntegerLiteralExpected = 1017,
        /// <summary>A string literal was required (<c>@cast</c> type, <c>@var</c> name, <c>@perf</c>, ...).</summary>
        ERR_StringLiteralExpected = 1018,
        /// <summary>A type annotation that is neither <c>string</c> nor <c>long</c>.</summary>
        ERR_TypeExpected = 1019,
        /// <summary><c>probe a, b = c</c>: an alias has exactly one name point.</summary>
        ERR_AliasNameNotSingle = 1020,
        /// <summary>An alias name with <c>?</c>, <c>!</c> or <c>if (...)</c>.</summary>
        ERR_AliasNameDecorated = 1021,
        /// <summary>A combined prologue/epilogue alias (<c>{ } , { }</c>) declared with <c>+=</c>.</summary>
        ERR_CombinedAliasNeedsEquals = 1022,
        /// <summary><c>?</c>, <c>!</c> or <c>if</c> inside a brace group that is not the last component.</summary>
        ERR_MarkerNotOnLastGroup = 1023,
        /// <summary>A probe-point argument that is an expression rather than a single literal.</summary>
        ERR_ProbePointArgumentNotLiteral = 1024,
        /// <summary>Embedded C, <c>@const</c>, <c>@kregister</c> or <c>@kderef</c> outside guru mode and tapsets.</summary>
        ERR_PrivilegedConstruct = 1025,
        /// <summary>A <c>*</c> wildcard outside an index list followed by <c>in</c>.</summary>
        ERR_WildcardOutsideIndexList = 1026,
        /// <summary>A bracketed list of several keys not followed by <c>in</c>.</summary>
        ERR_TupleWithoutIn = 1027,
        /// <summary>The right side of <c>in</c> (or a <c>foreach</c> source) is not an array name or histogram.</summary>
        ERR_ArrayExpected = 1028,
        /// <summary><c>$a$->b</c>: nothing may follow a pretty-print suffix.</summary>
        ERR_SuffixAfterPrettyPrint = 1029,
        /// <summary>An autocast (<c>&amp;</c>, <c>-&gt;</c>, <c>[</c>, <c>$</c> on a non-target value) below language level 2.6.</summary>
        ERR_AutocastNotSupported = 1030,
        /// <summary>A second operand for an @-operator that takes one.</summary>
        ERR_TooManyOperands = 1031,
        /// <summary>Expressions or statements nested deeper than the parser allows.</summary>
        ERR_NestingTooDeep = 1032,
        // stap's pass-1 checks beyond the grammar (STP104x, Parsing/LanguageParser.Checks.cs)
        /// <summary>A function parameter named like an earlier parameter of the same function.</summary>
        ERR_DuplicateParameter = 1040,
        /// <summary>A global declared twice in one file (both global, or both private).</summary>
        ERR_DuplicateGlobal = 1041,
        /// <summary>A name declared both <c>global</c> and <c>private global</c> in one file.</summary>
        ERR_GlobalPrivateConflict = 1042,
        /// <summary>An array size outside 1 to 2147483647.</summary>
        ERR_ArraySizeOutOfRange = 1043,
        /// <summary>An initialiser on a global with an array size: only scalars can be initialised.</summary>
        ERR_SizedArrayInitializer = 1044,
        /// <summary>An empty string where stap requires text (the type of <c>@cast</c>, the counter of <c>@perf</c>).</summary>
        ERR_EmptyStringNotAllowed = 1045,
        /// <summary>An <c>@name</c> that is no operator and no macro defined before this point.</summary>
        ERR_UnknownOperator = 1046,
        /// <summary>A macro whose expansion uses an <c>@name</c> that is no parameter and no macro defined by then.</summary>
        ERR_UnknownOperatorInExpansion = 1047,
        /// <summary>A script with no probe, global, function or embedded C (empty, or empty after preprocessing).</summary>
        ERR_EmptyScript = 1048,
        // printf formats (STP19xx, SubLanguages/)
        /// <summary>A printf directive whose conversion letter is invalid or missing (<c>%q</c>, <c>%+-d</c>, a trailing <c>%</c>).</summary>
        ERR_PrintfInvalidConversion = 1901,
        /// <summary>A printf directive cut short by the end of the format after a flag, width or precision (<c>%5</c>).</summary>
        ERR_PrintfIncompleteConversion = 1902,

        // ---- semantic (STP2xxx) ----
        // semantic model (STP20xx errors, STP21xx warnings; Semantics/)
        /// <summary>A call to a function no script or tapset file defines.</summary>
        ERR_UnresolvedFunction = 2001,
        /// <summary>An array that is not a declared global (arrays cannot be locals).</summary>
        ERR_UnresolvedGlobalArray = 2002,
        /// <summary>A probe point component that matches no built-in probe family or alias.</summary>
        ERR_ProbePointMismatch = 2003,
        /// <summary>A probe point that stops before a complete probe family.</summary>
        ERR_ProbePointTruncated = 2004,
        /// <summary>A probe point with components after a complete probe family.</summary>
        ERR_InvalidProbeSuffix = 2005,
        /// <summary>A value used with a type that conflicts with the type inferred earlier.</summary>
        ERR_TypeMismatch = 2006,
        /// <summary>The site where the conflicting type of an ERR_TypeMismatch was first inferred.</summary>
        ERR_TypeFirstInferredHere = 2007,
        /// <summary>An operand whose type is not the one its operator, statement or format requires.</summary>
        ERR_OperandTypeMismatch = 2008,
        /// <summary>An array index (or argument) whose type conflicts with the type inferred earlier.</summary>
        ERR_IndexTypeMismatch = 2009,
        /// <summary>The site where the conflicting index type of an ERR_IndexTypeMismatch was first inferred.</summary>
        ERR_IndexTypeFirstInferredHere = 2010,
        /// <summary>A variable used with a different number of indexes (0 for a scalar) than before.</summary>
        ERR_InconsistentArity = 2011,
        /// <summary>The site where the arity of an ERR_InconsistentArity was first inferred.</summary>
        ERR_ArityFirstInferredHere = 2012,
        /// <summary>A call with a number of arguments no overload of the function takes.</summary>
        ERR_FunctionArityMismatch = 2013,
        /// <summary>A variable, index or value whose type inference could not decide.</summary>
        ERR_UnresolvedType = 2014,
        /// <summary>A target variable ($name) where the probe point has no target variables.</summary>
        ERR_UnresolvedTargetSymbol = 2015,
        /// <summary>A * index outside delete, membership and foreach slices.</summary>
        ERR_WildcardNotAllowed = 2016,
        /// <summary>@entry outside a .return probe.</summary>
        ERR_EntryOutsideReturnProbe = 2017,
        /// <summary>An assignment to a target variable in a script without guru mode.</summary>
        ERR_TargetWriteNeedsGuru = 2018,
        /// <summary>An assignment, increment or &lt;&lt;&lt; whose target is not a variable or array element.</summary>
        ERR_ExpectingLvalue = 2019,
        /// <summary>No probe is left to run after elision.</summary>
        ERR_NoProbesFound = 2020,
        /// <summary>A formatted print whose argument count does not match its format.</summary>
        ERR_PrintfArgumentCount = 2021,
        /// <summary>An @name that names no macro visible here.</summary>
        ERR_UnknownMacro = 2022,
        /// <summary>A macro invocation with the wrong number of arguments.</summary>
        ERR_MacroArgumentCount = 2023,
        /// <summary>Locates the macro invocation a diagnostic inside a macro expansion came from.</summary>
        ERR_InExpansionOfMacro = 2024,
        /// <summary>A statistics operator (@count, @hist_log...) applied to something that is not a variable or array element.</summary>
        ERR_StatisticsOperandRequired = 2025,
        /// <summary>A statistics aggregate used as a value (assigned, printed, compared) instead of through @count, @sum....</summary>
        ERR_InvalidStatisticsUse = 2027,
        // privilege (STP204x): what only guru mode (-g, from the command line or the API options) allows
        /// <summary>A call from the user's code of a tapset function whose embedded C is marked <c>/* guru */</c>, without guru mode.</summary>
        ERR_GuruFunctionNeedsGuru = 2040,
        /// <summary>A macro invoked from the user's code whose expansion holds embedded C (<c>%{ %}</c>), without guru mode.</summary>
        ERR_MacroEmbeddedCodeNeedsGuru = 2041,
        /// <summary>A call that reaches a new function deeper than stap resolves call chains (101 functions from the probe).</summary>
        ERR_CallChainTooDeep = 2042,
        /// <summary>A local variable that is read but never assigned.</summary>
        WRN_NeverAssignedLocal = 2101,
        /// <summary>A probe whose body is empty, which stap drops.</summary>
        WRN_ProbeElided = 2102,
        /// <summary>An assignment to a local variable that is never read, which stap drops.</summary>
        WRN_AssignmentElided = 2103,
        /// <summary>A global variable that is never used.</summary>
        WRN_UnusedGlobal = 2104,
        /// <summary>A script function that is never called.</summary>
        WRN_UnusedFunction = 2105,
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
