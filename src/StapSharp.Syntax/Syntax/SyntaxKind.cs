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

        // ---- preprocessor nodes (900-999): added with Syntax.Directives.xml ----
    }
}
