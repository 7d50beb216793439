namespace StapSharp.Syntax
{
    /// <summary>
    /// The kind of a token, trivia or node. Values are explicit and never renumbered:
    /// tokens 1-199, keywords and @-words 200-399, other tokens 400-449, trivia 450-499,
    /// nodes 500-899, preprocessor nodes 900-999.
    /// </summary>
    public enum SyntaxKind : ushort
    {
        /// <summary>No kind.</summary>
        None = 0,
        /// <summary>A green list of children (internal use).</summary>
        List = 1,

        // ---- punctuation, named after the glyph (maximal munch, longest first) ----
        /// <summary><c>&lt;&lt;&lt;</c></summary>
        LessThanLessThanLessThanToken = 10,
        /// <summary><c>&gt;&gt;&gt;</c></summary>
        GreaterThanGreaterThanGreaterThanToken = 11,
        /// <summary><c>&lt;&lt;=</c></summary>
        LessThanLessThanEqualsToken = 12,
        /// <summary><c>&gt;&gt;=</c></summary>
        GreaterThanGreaterThanEqualsToken = 13,
        /// <summary><c>==</c></summary>
        EqualsEqualsToken = 20,
        /// <summary><c>!=</c></summary>
        ExclamationEqualsToken = 21,
        /// <summary><c>&lt;=</c></summary>
        LessThanEqualsToken = 22,
        /// <summary><c>&gt;=</c></summary>
        GreaterThanEqualsToken = 23,
        /// <summary><c>=~</c></summary>
        EqualsTildeToken = 24,
        /// <summary><c>!~</c></summary>
        ExclamationTildeToken = 25,
        /// <summary><c>+=</c></summary>
        PlusEqualsToken = 26,
        /// <summary><c>-=</c></summary>
        MinusEqualsToken = 27,
        /// <summary><c>*=</c></summary>
        AsteriskEqualsToken = 28,
        /// <summary><c>/=</c></summary>
        SlashEqualsToken = 29,
        /// <summary><c>%=</c></summary>
        PercentEqualsToken = 30,
        /// <summary><c>&amp;=</c></summary>
        AmpersandEqualsToken = 31,
        /// <summary><c>^=</c></summary>
        CaretEqualsToken = 32,
        /// <summary><c>|=</c></summary>
        BarEqualsToken = 33,
        /// <summary><c>.=</c></summary>
        DotEqualsToken = 34,
        /// <summary><c>&amp;&amp;</c></summary>
        AmpersandAmpersandToken = 35,
        /// <summary><c>||</c></summary>
        BarBarToken = 36,
        /// <summary><c>++</c></summary>
        PlusPlusToken = 37,
        /// <summary><c>--</c></summary>
        MinusMinusToken = 38,
        /// <summary><c>-&gt;</c></summary>
        MinusGreaterThanToken = 39,
        /// <summary><c>&lt;&lt;</c></summary>
        LessThanLessThanToken = 40,
        /// <summary><c>&gt;&gt;</c></summary>
        GreaterThanGreaterThanToken = 41,
        /// <summary><c>%(</c> (preprocessor conditional or macro body start)</summary>
        PercentOpenParenToken = 42,
        /// <summary><c>%?</c></summary>
        PercentQuestionToken = 43,
        /// <summary><c>%:</c></summary>
        PercentColonToken = 44,
        /// <summary><c>%)</c></summary>
        PercentCloseParenToken = 45,
        /// <summary><c>{</c></summary>
        OpenBraceToken = 60,
        /// <summary><c>}</c></summary>
        CloseBraceToken = 61,
        /// <summary><c>(</c></summary>
        OpenParenToken = 62,
        /// <summary><c>)</c></summary>
        CloseParenToken = 63,
        /// <summary><c>[</c></summary>
        OpenBracketToken = 64,
        /// <summary><c>]</c></summary>
        CloseBracketToken = 65,
        /// <summary><c>;</c></summary>
        SemicolonToken = 66,
        /// <summary><c>,</c></summary>
        CommaToken = 67,
        /// <summary><c>:</c></summary>
        ColonToken = 68,
        /// <summary><c>?</c></summary>
        QuestionToken = 69,
        /// <summary><c>.</c></summary>
        DotToken = 70,
        /// <summary><c>+</c></summary>
        PlusToken = 71,
        /// <summary><c>-</c></summary>
        MinusToken = 72,
        /// <summary><c>*</c></summary>
        AsteriskToken = 73,
        /// <summary><c>/</c></summary>
        SlashToken = 74,
        /// <summary><c>%</c></summary>
        PercentToken = 75,
        /// <summary><c>&amp;</c></summary>
        AmpersandToken = 76,
        /// <summary><c>|</c></summary>
        BarToken = 77,
        /// <summary><c>^</c></summary>
        CaretToken = 78,
        /// <summary><c>~</c></summary>
        TildeToken = 79,
        /// <summary><c>!</c></summary>
        ExclamationToken = 80,
        /// <summary><c>=</c></summary>
        EqualsToken = 81,
        /// <summary><c>&lt;</c></summary>
        LessThanToken = 82,
        /// <summary><c>&gt;</c></summary>
        GreaterThanToken = 83,
        /// <summary>Any other ASCII punctuation character (<c>'</c>, <c>`</c>, <c>\</c>, <c>@</c> alone, ...): lexes, never parses.</summary>
        OtherPunctuationToken = 84,

        // ---- keywords (20) ----
        /// <summary><c>probe</c></summary>
        ProbeKeyword = 200,
        /// <summary><c>global</c></summary>
        GlobalKeyword = 201,
        /// <summary><c>private</c> (language level 3.0 and later)</summary>
        PrivateKeyword = 202,
        /// <summary><c>function</c></summary>
        FunctionKeyword = 203,
        /// <summary><c>if</c></summary>
        IfKeyword = 204,
        /// <summary><c>else</c></summary>
        ElseKeyword = 205,
        /// <summary><c>for</c></summary>
        ForKeyword = 206,
        /// <summary><c>foreach</c></summary>
        ForeachKeyword = 207,
        /// <summary><c>in</c></summary>
        InKeyword = 208,
        /// <summary><c>limit</c></summary>
        LimitKeyword = 209,
        /// <summary><c>return</c></summary>
        ReturnKeyword = 210,
        /// <summary><c>delete</c></summary>
        DeleteKeyword = 211,
        /// <summary><c>while</c></summary>
        WhileKeyword = 212,
        /// <summary><c>break</c></summary>
        BreakKeyword = 213,
        /// <summary><c>continue</c></summary>
        ContinueKeyword = 214,
        /// <summary><c>next</c></summary>
        NextKeyword = 215,
        /// <summary><c>string</c></summary>
        StringKeyword = 216,
        /// <summary><c>long</c></summary>
        LongKeyword = 217,
        /// <summary><c>try</c></summary>
        TryKeyword = 218,
        /// <summary><c>catch</c></summary>
        CatchKeyword = 219,

        // ---- built-in @-words ----
        /// <summary><c>@cast</c></summary>
        AtCastKeyword = 300,
        /// <summary><c>@defined</c></summary>
        AtDefinedKeyword = 301,
        /// <summary><c>@probewrite</c></summary>
        AtProbewriteKeyword = 302,
        /// <summary><c>@entry</c></summary>
        AtEntryKeyword = 303,
        /// <summary><c>@perf</c></summary>
        AtPerfKeyword = 304,
        /// <summary><c>@var</c></summary>
        AtVarKeyword = 305,
        /// <summary><c>@avg</c></summary>
        AtAvgKeyword = 306,
        /// <summary><c>@count</c></summary>
        AtCountKeyword = 307,
        /// <summary><c>@sum</c></summary>
        AtSumKeyword = 308,
        /// <summary><c>@min</c></summary>
        AtMinKeyword = 309,
        /// <summary><c>@max</c></summary>
        AtMaxKeyword = 310,
        /// <summary><c>@hist_linear</c></summary>
        AtHistLinearKeyword = 311,
        /// <summary><c>@hist_log</c></summary>
        AtHistLogKeyword = 312,
        /// <summary><c>@const</c> (level 3.1)</summary>
        AtConstKeyword = 313,
        /// <summary><c>@variance</c> (level 3.1)</summary>
        AtVarianceKeyword = 314,
        /// <summary><c>@kregister</c> (level 4.0)</summary>
        AtKregisterKeyword = 315,
        /// <summary><c>@uregister</c> (level 4.0)</summary>
        AtUregisterKeyword = 316,
        /// <summary><c>@kderef</c> (level 4.0)</summary>
        AtKderefKeyword = 317,
        /// <summary><c>@uderef</c> (level 4.0)</summary>
        AtUderefKeyword = 318,
        /// <summary><c>@enum</c> (5.x, level 5.5)</summary>
        AtEnumKeyword = 319,
        /// <summary><c>@enumname</c> (5.x, level 5.6)</summary>
        AtEnumnameKeyword = 320,
        /// <summary><c>@define</c> (macro definition)</summary>
        AtDefineKeyword = 321,

        // ---- tokens with text ----
        /// <summary>An identifier (<c>a$b</c> included; not starting with <c>$</c>).</summary>
        IdentifierToken = 400,
        /// <summary>A target (context) variable name starting with <c>$</c>: <c>$var</c>, <c>$$vars</c>, <c>$return</c>, <c>$a$</c>, and the all-dollar pretty suffix <c>$</c>/<c>$$</c>.</summary>
        DollarIdentifierToken = 401,
        /// <summary>A macro or unknown @-name: <c>@name</c>, <c>@</c> followed by an identifier that is not a built-in @-word.</summary>
        AtIdentifierToken = 402,
        /// <summary>A number (decimal, hex, octal; validity checked by the lexer).</summary>
        NumericLiteralToken = 403,
        /// <summary>A double-quoted string literal.</summary>
        StringLiteralToken = 404,
        /// <summary><c>%{ ... %}</c> embedded C, a single token.</summary>
        EmbeddedCodeToken = 405,
        /// <summary>A command-line argument reference <c>$1</c>, <c>$#</c> (substituted as raw text).</summary>
        DollarArgumentToken = 406,
        /// <summary>A command-line argument reference <c>@1</c>, <c>@#</c> (substituted as a string literal).</summary>
        AtArgumentToken = 407,
        /// <summary>A byte that is no token (non-ASCII, control character): reported by the parser.</summary>
        BadToken = 408,
        /// <summary>End of input.</summary>
        EndOfFileToken = 409,

        // ---- trivia ----
        /// <summary>Spaces and tabs (and other non-newline whitespace).</summary>
        WhitespaceTrivia = 450,
        /// <summary><c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
        EndOfLineTrivia = 451,
        /// <summary><c># ...</c> to end of line.</summary>
        HashCommentTrivia = 452,
        /// <summary><c>// ...</c> to end of line.</summary>
        SingleLineCommentTrivia = 453,
        /// <summary><c>/* ... */</c> (possibly unterminated at end of file).</summary>
        MultiLineCommentTrivia = 454,
        /// <summary>Tokens the parser skipped while recovering from an error (structured).</summary>
        SkippedTokensTrivia = 455,
        /// <summary>The inactive branch of a preprocessor conditional.</summary>
        DisabledTextTrivia = 456,
        /// <summary>Everything after the first NUL byte: stap ignores it.</summary>
        IgnoredTextTrivia = 457,

        // ---- nodes (500-899): added with Syntax.xml ----
        /// <summary>A <c>CompilationUnitSyntax</c>.</summary>
        CompilationUnit = 500,
        /// <summary>A <c>GlobalDeclarationSyntax</c>.</summary>
        GlobalDeclaration = 501,
        /// <summary>A <c>GlobalVariableSyntax</c>.</summary>
        GlobalVariable = 502,
        /// <summary>A <c>ArraySizeSyntax</c>.</summary>
        ArraySize = 503,
        /// <summary>A <c>InitializerSyntax</c>.</summary>
        Initializer = 504,
        /// <summary>A <c>FunctionDeclarationSyntax</c>.</summary>
        FunctionDeclaration = 505,
        /// <summary>A <c>ParameterListSyntax</c>.</summary>
        ParameterList = 506,
        /// <summary>A <c>ParameterSyntax</c>.</summary>
        Parameter = 507,
        /// <summary>A <c>TypeClauseSyntax</c>.</summary>
        TypeClause = 508,
        /// <summary>A <c>PriorityClauseSyntax</c>.</summary>
        PriorityClause = 509,
        /// <summary>A <c>ProbeDeclarationSyntax</c>.</summary>
        ProbeDeclaration = 510,
        /// <summary>A <c>ProbeAliasDeclarationSyntax</c>.</summary>
        ProbeAliasDeclaration = 511,
        /// <summary>A <c>ProbeAliasHeadSyntax</c>.</summary>
        ProbeAliasHead = 512,
        /// <summary>A <c>ProbePointSyntax</c>.</summary>
        ProbePoint = 513,
        /// <summary>A <c>ProbePointComponentSyntax</c>.</summary>
        ProbePointComponent = 514,
        /// <summary>A <c>ProbePointComponentGroupSyntax</c>.</summary>
        ProbePointComponentGroup = 515,
        /// <summary>A <c>ProbePointArgumentSyntax</c>.</summary>
        ProbePointArgument = 516,
        /// <summary>A <c>ProbePointConditionSyntax</c>.</summary>
        ProbePointCondition = 517,
        /// <summary>A <c>EmbeddedCodeDeclarationSyntax</c>.</summary>
        EmbeddedCodeDeclaration = 518,
        /// <summary>A <c>MacroDefinitionSyntax</c>.</summary>
        MacroDefinition = 519,
        /// <summary>A <c>MacroParameterListSyntax</c>.</summary>
        MacroParameterList = 520,
        /// <summary>A <c>MacroParameterSyntax</c>.</summary>
        MacroParameter = 521,
        /// <summary>A <c>MacroInvocationDeclarationSyntax</c>.</summary>
        MacroInvocationDeclaration = 522,
        /// <summary>A <c>BlockSyntax</c>.</summary>
        Block = 600,
        /// <summary>A <c>ExpressionStatementSyntax</c>.</summary>
        ExpressionStatement = 601,
        /// <summary>A <c>EmptyStatementSyntax</c>.</summary>
        EmptyStatement = 602,
        /// <summary>A <c>IfStatementSyntax</c>.</summary>
        IfStatement = 603,
        /// <summary>A <c>ElseClauseSyntax</c>.</summary>
        ElseClause = 604,
        /// <summary>A <c>WhileStatementSyntax</c>.</summary>
        WhileStatement = 605,
        /// <summary>A <c>ForStatementSyntax</c>.</summary>
        ForStatement = 606,
        /// <summary>A <c>ForeachStatementSyntax</c>.</summary>
        ForeachStatement = 607,
        /// <summary>A <c>ForeachValueSyntax</c>.</summary>
        ForeachValue = 608,
        /// <summary>A <c>ForeachKeySyntax</c>.</summary>
        ForeachKey = 609,
        /// <summary>A <c>ForeachSortSyntax</c>.</summary>
        ForeachSort = 610,
        /// <summary>A <c>LimitClauseSyntax</c>.</summary>
        LimitClause = 611,
        /// <summary>A <c>ReturnStatementSyntax</c>.</summary>
        ReturnStatement = 612,
        /// <summary>A <c>DeleteStatementSyntax</c>.</summary>
        DeleteStatement = 613,
        /// <summary>A <c>BreakStatementSyntax</c>.</summary>
        BreakStatement = 614,
        /// <summary>A <c>ContinueStatementSyntax</c>.</summary>
        ContinueStatement = 615,
        /// <summary>A <c>NextStatementSyntax</c>.</summary>
        NextStatement = 616,
        /// <summary>A <c>TryStatementSyntax</c>.</summary>
        TryStatement = 617,
        /// <summary>A <c>CatchClauseSyntax</c>.</summary>
        CatchClause = 618,
        /// <summary>A <c>MacroDefinitionStatementSyntax</c>.</summary>
        MacroDefinitionStatement = 619,
        /// <summary><c>123</c> (<c>LiteralExpressionSyntax</c>).</summary>
        NumericLiteralExpression = 700,
        /// <summary><c>"a" "b"</c> (<c>LiteralExpressionSyntax</c>).</summary>
        StringLiteralExpression = 701,
        /// <summary>A <c>IdentifierNameSyntax</c>.</summary>
        IdentifierName = 702,
        /// <summary>A <c>ArgumentExpressionSyntax</c>.</summary>
        ArgumentExpression = 703,
        /// <summary>A <c>TargetSymbolExpressionSyntax</c>.</summary>
        TargetSymbolExpression = 704,
        /// <summary>A <c>MemberAccessExpressionSyntax</c>.</summary>
        MemberAccessExpression = 705,
        /// <summary><c>a[k]</c> (<c>ElementAccessExpressionSyntax</c>).</summary>
        ElementAccessExpression = 706,
        /// <summary><c>$p[i]</c> (<c>ElementAccessExpressionSyntax</c>).</summary>
        TargetIndexExpression = 707,
        /// <summary>A <c>PrettyPrintExpressionSyntax</c>.</summary>
        PrettyPrintExpression = 708,
        /// <summary><c>f(x)</c> (<c>InvocationExpressionSyntax</c>).</summary>
        InvocationExpression = 709,
        /// <summary><c>printf("%d", x)</c> (<c>InvocationExpressionSyntax</c>).</summary>
        PrintInvocationExpression = 710,
        /// <summary>A <c>ArgumentListSyntax</c>.</summary>
        ArgumentList = 711,
        /// <summary>A <c>BracketedArgumentListSyntax</c>.</summary>
        BracketedArgumentList = 712,
        /// <summary>A <c>ParenthesizedExpressionSyntax</c>.</summary>
        ParenthesizedExpression = 713,
        /// <summary>A <c>EmbeddedCodeExpressionSyntax</c>.</summary>
        EmbeddedCodeExpression = 714,
        /// <summary>A <c>CastExpressionSyntax</c>.</summary>
        CastExpression = 715,
        /// <summary>A <c>AtVarExpressionSyntax</c>.</summary>
        AtVarExpression = 716,
        /// <summary><c>@defined(x)</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        DefinedExpression = 717,
        /// <summary><c>@entry(x)</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        EntryExpression = 718,
        /// <summary><c>@probewrite(x)</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        ProbewriteExpression = 719,
        /// <summary><c>@perf("n")</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        PerfExpression = 720,
        /// <summary><c>@const("C")</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        ConstExpression = 721,
        /// <summary><c>@enum("N")</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        EnumExpression = 722,
        /// <summary><c>@kregister(n)</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        KernelRegisterExpression = 723,
        /// <summary><c>@uregister(n)</c> (<c>AtOperatorExpressionSyntax</c>).</summary>
        UserRegisterExpression = 724,
        /// <summary><c>@kderef(s, a)</c> (<c>DerefExpressionSyntax</c>).</summary>
        KernelDerefExpression = 725,
        /// <summary><c>@uderef(s, a)</c> (<c>DerefExpressionSyntax</c>).</summary>
        UserDerefExpression = 726,
        /// <summary>A <c>EnumnameExpressionSyntax</c>.</summary>
        EnumnameExpression = 727,
        /// <summary><c>@count(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        CountExpression = 728,
        /// <summary><c>@sum(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        SumExpression = 729,
        /// <summary><c>@min(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        MinExpression = 730,
        /// <summary><c>@max(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        MaxExpression = 731,
        /// <summary><c>@avg(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        AverageExpression = 732,
        /// <summary><c>@variance(x)</c> (<c>StatisticExpressionSyntax</c>).</summary>
        VarianceExpression = 733,
        /// <summary><c>@hist_linear(x, l, h, s)</c> (<c>HistogramExpressionSyntax</c>).</summary>
        LinearHistogramExpression = 734,
        /// <summary><c>@hist_log(x)</c> (<c>HistogramExpressionSyntax</c>).</summary>
        LogHistogramExpression = 735,
        /// <summary>A <c>HistogramBoundsSyntax</c>.</summary>
        HistogramBounds = 736,
        /// <summary><c>+x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        UnaryPlusExpression = 737,
        /// <summary><c>-x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        UnaryMinusExpression = 738,
        /// <summary><c>!x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        LogicalNotExpression = 739,
        /// <summary><c>~x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        BitwiseNotExpression = 740,
        /// <summary><c>&amp;x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        AddressOfExpression = 741,
        /// <summary><c>++x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        PreIncrementExpression = 742,
        /// <summary><c>--x</c> (<c>PrefixUnaryExpressionSyntax</c>).</summary>
        PreDecrementExpression = 743,
        /// <summary><c>x++</c> (<c>PostfixUnaryExpressionSyntax</c>).</summary>
        PostIncrementExpression = 744,
        /// <summary><c>x--</c> (<c>PostfixUnaryExpressionSyntax</c>).</summary>
        PostDecrementExpression = 745,
        /// <summary><c>*</c> (<c>BinaryExpressionSyntax</c>).</summary>
        MultiplyExpression = 746,
        /// <summary><c>/</c> (<c>BinaryExpressionSyntax</c>).</summary>
        DivideExpression = 747,
        /// <summary><c>%</c> (<c>BinaryExpressionSyntax</c>).</summary>
        ModuloExpression = 748,
        /// <summary><c>+</c> (<c>BinaryExpressionSyntax</c>).</summary>
        AddExpression = 749,
        /// <summary><c>-</c> (<c>BinaryExpressionSyntax</c>).</summary>
        SubtractExpression = 750,
        /// <summary><c>.</c> (<c>BinaryExpressionSyntax</c>).</summary>
        ConcatenateExpression = 751,
        /// <summary><c>&lt;&lt;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        LeftShiftExpression = 752,
        /// <summary><c>&gt;&gt;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        RightShiftExpression = 753,
        /// <summary><c>&gt;&gt;&gt;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        UnsignedRightShiftExpression = 754,
        /// <summary><c>&lt;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        LessThanExpression = 755,
        /// <summary><c>&lt;=</c> (<c>BinaryExpressionSyntax</c>).</summary>
        LessThanOrEqualExpression = 756,
        /// <summary><c>&gt;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        GreaterThanExpression = 757,
        /// <summary><c>&gt;=</c> (<c>BinaryExpressionSyntax</c>).</summary>
        GreaterThanOrEqualExpression = 758,
        /// <summary><c>==</c> (<c>BinaryExpressionSyntax</c>).</summary>
        EqualsExpression = 759,
        /// <summary><c>!=</c> (<c>BinaryExpressionSyntax</c>).</summary>
        NotEqualsExpression = 760,
        /// <summary><c>=~</c> (<c>BinaryExpressionSyntax</c>).</summary>
        RegexMatchExpression = 761,
        /// <summary><c>!~</c> (<c>BinaryExpressionSyntax</c>).</summary>
        RegexNotMatchExpression = 762,
        /// <summary><c>&amp;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        BitwiseAndExpression = 763,
        /// <summary><c>^</c> (<c>BinaryExpressionSyntax</c>).</summary>
        ExclusiveOrExpression = 764,
        /// <summary><c>|</c> (<c>BinaryExpressionSyntax</c>).</summary>
        BitwiseOrExpression = 765,
        /// <summary><c>&amp;&amp;</c> (<c>BinaryExpressionSyntax</c>).</summary>
        LogicalAndExpression = 766,
        /// <summary><c>||</c> (<c>BinaryExpressionSyntax</c>).</summary>
        LogicalOrExpression = 767,
        /// <summary>A <c>MembershipExpressionSyntax</c>.</summary>
        MembershipExpression = 768,
        /// <summary>A <c>TupleExpressionSyntax</c>.</summary>
        TupleExpression = 769,
        /// <summary>A <c>WildcardExpressionSyntax</c>.</summary>
        WildcardExpression = 770,
        /// <summary>A <c>ConditionalExpressionSyntax</c>.</summary>
        ConditionalExpression = 771,
        /// <summary><c>=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        SimpleAssignmentExpression = 772,
        /// <summary><c>+=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        AddAssignmentExpression = 773,
        /// <summary><c>-=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        SubtractAssignmentExpression = 774,
        /// <summary><c>*=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        MultiplyAssignmentExpression = 775,
        /// <summary><c>/=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        DivideAssignmentExpression = 776,
        /// <summary><c>%=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        ModuloAssignmentExpression = 777,
        /// <summary><c>&lt;&lt;=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        LeftShiftAssignmentExpression = 778,
        /// <summary><c>&gt;&gt;=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        RightShiftAssignmentExpression = 779,
        /// <summary><c>&amp;=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        AndAssignmentExpression = 780,
        /// <summary><c>^=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        ExclusiveOrAssignmentExpression = 781,
        /// <summary><c>|=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        OrAssignmentExpression = 782,
        /// <summary><c>.=</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        ConcatenateAssignmentExpression = 783,
        /// <summary><c>&lt;&lt;&lt;</c> (<c>AssignmentExpressionSyntax</c>).</summary>
        AggregateAssignmentExpression = 784,
        /// <summary>A <c>MacroInvocationExpressionSyntax</c>.</summary>
        MacroInvocationExpression = 785,
        /// <summary>A <c>MacroArgumentListSyntax</c>.</summary>
        MacroArgumentList = 786,
        /// <summary>A <c>MacroArgumentSyntax</c>.</summary>
        MacroArgument = 787,

        // ---- preprocessor nodes (900-999): added with Syntax.Directives.xml ----
        /// <summary><c>%( condition %?</c> whose branch is taken (<c>ConditionalDirectiveTriviaSyntax</c>).</summary>
        ActiveConditionalDirectiveTrivia = 900,
        /// <summary><c>%( condition %?</c> whose branch is skipped (<c>ConditionalDirectiveTriviaSyntax</c>).</summary>
        InactiveConditionalDirectiveTrivia = 901,
        /// <summary><c>%:</c> whose branch is taken (<c>ElseDirectiveTriviaSyntax</c>).</summary>
        ActiveElseDirectiveTrivia = 902,
        /// <summary><c>%:</c> whose branch is skipped (<c>ElseDirectiveTriviaSyntax</c>).</summary>
        InactiveElseDirectiveTrivia = 903,
        /// <summary><c>%)</c> closing a conditional (<c>EndDirectiveTriviaSyntax</c>).</summary>
        EndDirectiveTrivia = 904,
        /// <summary><c>%?</c>, <c>%:</c> or <c>%)</c> without an open conditional (<c>BadDirectiveTriviaSyntax</c>).</summary>
        BadDirectiveTrivia = 905,
        /// <summary>A three-token comparison in a condition (<c>PreprocessorComparisonSyntax</c>).</summary>
        PreprocessorComparison = 950,
        /// <summary>Two conditions joined by <c>&amp;&amp;</c> (<c>PreprocessorLogicalConditionSyntax</c>).</summary>
        PreprocessorAndCondition = 951,
        /// <summary>Two conditions joined by <c>||</c> (<c>PreprocessorLogicalConditionSyntax</c>).</summary>
        PreprocessorOrCondition = 952,
        /// <summary>A macro use or erroneous tokens in a condition (<c>PreprocessorTokenConditionSyntax</c>).</summary>
        PreprocessorTokenCondition = 953,
    }
}
