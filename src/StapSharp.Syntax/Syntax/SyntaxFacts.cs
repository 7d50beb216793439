using System;
using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>Facts about kinds and spellings: the text of fixed tokens, keywords per language level, categories.</summary>
    public static class SyntaxFacts
    {
        private static readonly Version s_version30 = new(3, 0);
        private static readonly Version s_version31 = new(3, 1);
        private static readonly Version s_version40 = new(4, 0);
        private static readonly Version s_version55 = new(5, 5);
        private static readonly Version s_version56 = new(5, 6);

        /// <summary>The fixed text of a punctuation, keyword or @-word kind; the empty string for other kinds.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The text, e.g. <c>&lt;&lt;&lt;</c> for <see cref="SyntaxKind.LessThanLessThanLessThanToken"/>.</returns>
        public static string GetText(SyntaxKind kind) => kind switch
        {
            SyntaxKind.LessThanLessThanLessThanToken => "<<<",
            SyntaxKind.GreaterThanGreaterThanGreaterThanToken => ">>>",
            SyntaxKind.LessThanLessThanEqualsToken => "<<=",
            SyntaxKind.GreaterThanGreaterThanEqualsToken => ">>=",
            SyntaxKind.EqualsEqualsToken => "==",
            SyntaxKind.ExclamationEqualsToken => "!=",
            SyntaxKind.LessThanEqualsToken => "<=",
            SyntaxKind.GreaterThanEqualsToken => ">=",
            SyntaxKind.EqualsTildeToken => "=~",
            SyntaxKind.ExclamationTildeToken => "!~",
            SyntaxKind.PlusEqualsToken => "+=",
            SyntaxKind.MinusEqualsToken => "-=",
            SyntaxKind.AsteriskEqualsToken => "*=",
            SyntaxKind.SlashEqualsToken => "/=",
            SyntaxKind.PercentEqualsToken => "%=",
            SyntaxKind.AmpersandEqualsToken => "&=",
            SyntaxKind.CaretEqualsToken => "^=",
            SyntaxKind.BarEqualsToken => "|=",
            SyntaxKind.DotEqualsToken => ".=",
            SyntaxKind.AmpersandAmpersandToken => "&&",
            SyntaxKind.BarBarToken => "||",
            SyntaxKind.PlusPlusToken => "++",
            SyntaxKind.MinusMinusToken => "--",
            SyntaxKind.MinusGreaterThanToken => "->",
            SyntaxKind.LessThanLessThanToken => "<<",
            SyntaxKind.GreaterThanGreaterThanToken => ">>",
            SyntaxKind.PercentOpenParenToken => "%(",
            SyntaxKind.PercentQuestionToken => "%?",
            SyntaxKind.PercentColonToken => "%:",
            SyntaxKind.PercentCloseParenToken => "%)",
            SyntaxKind.OpenBraceToken => "{",
            SyntaxKind.CloseBraceToken => "}",
            SyntaxKind.OpenParenToken => "(",
            SyntaxKind.CloseParenToken => ")",
            SyntaxKind.OpenBracketToken => "[",
            SyntaxKind.CloseBracketToken => "]",
            SyntaxKind.SemicolonToken => ";",
            SyntaxKind.CommaToken => ",",
            SyntaxKind.ColonToken => ":",
            SyntaxKind.QuestionToken => "?",
            SyntaxKind.DotToken => ".",
            SyntaxKind.PlusToken => "+",
            SyntaxKind.MinusToken => "-",
            SyntaxKind.AsteriskToken => "*",
            SyntaxKind.SlashToken => "/",
            SyntaxKind.PercentToken => "%",
            SyntaxKind.AmpersandToken => "&",
            SyntaxKind.BarToken => "|",
            SyntaxKind.CaretToken => "^",
            SyntaxKind.TildeToken => "~",
            SyntaxKind.ExclamationToken => "!",
            SyntaxKind.EqualsToken => "=",
            SyntaxKind.LessThanToken => "<",
            SyntaxKind.GreaterThanToken => ">",
            SyntaxKind.ProbeKeyword => "probe",
            SyntaxKind.GlobalKeyword => "global",
            SyntaxKind.PrivateKeyword => "private",
            SyntaxKind.FunctionKeyword => "function",
            SyntaxKind.IfKeyword => "if",
            SyntaxKind.ElseKeyword => "else",
            SyntaxKind.ForKeyword => "for",
            SyntaxKind.ForeachKeyword => "foreach",
            SyntaxKind.InKeyword => "in",
            SyntaxKind.LimitKeyword => "limit",
            SyntaxKind.ReturnKeyword => "return",
            SyntaxKind.DeleteKeyword => "delete",
            SyntaxKind.WhileKeyword => "while",
            SyntaxKind.BreakKeyword => "break",
            SyntaxKind.ContinueKeyword => "continue",
            SyntaxKind.NextKeyword => "next",
            SyntaxKind.StringKeyword => "string",
            SyntaxKind.LongKeyword => "long",
            SyntaxKind.TryKeyword => "try",
            SyntaxKind.CatchKeyword => "catch",
            SyntaxKind.AtCastKeyword => "@cast",
            SyntaxKind.AtDefinedKeyword => "@defined",
            SyntaxKind.AtProbewriteKeyword => "@probewrite",
            SyntaxKind.AtEntryKeyword => "@entry",
            SyntaxKind.AtPerfKeyword => "@perf",
            SyntaxKind.AtVarKeyword => "@var",
            SyntaxKind.AtAvgKeyword => "@avg",
            SyntaxKind.AtCountKeyword => "@count",
            SyntaxKind.AtSumKeyword => "@sum",
            SyntaxKind.AtMinKeyword => "@min",
            SyntaxKind.AtMaxKeyword => "@max",
            SyntaxKind.AtHistLinearKeyword => "@hist_linear",
            SyntaxKind.AtHistLogKeyword => "@hist_log",
            SyntaxKind.AtConstKeyword => "@const",
            SyntaxKind.AtVarianceKeyword => "@variance",
            SyntaxKind.AtKregisterKeyword => "@kregister",
            SyntaxKind.AtUregisterKeyword => "@uregister",
            SyntaxKind.AtKderefKeyword => "@kderef",
            SyntaxKind.AtUderefKeyword => "@uderef",
            SyntaxKind.AtEnumKeyword => "@enum",
            SyntaxKind.AtEnumnameKeyword => "@enumname",
            SyntaxKind.AtDefineKeyword => "@define",
            _ => string.Empty,
        };

        /// <summary>
        /// The keyword or @-word kind of <paramref name="text"/> at any language level, or
        /// <see cref="SyntaxKind.None"/> when it is not one.
        /// </summary>
        /// <param name="text">A word such as <c>probe</c> or <c>@cast</c>.</param>
        /// <returns>The kind.</returns>
        public static SyntaxKind GetKeywordKind(string text) => GetKeywordKindAnyLevel(text);

        /// <summary>
        /// The keyword or @-word kind of <paramref name="text"/> at <paramref name="languageVersion"/>, or
        /// <see cref="SyntaxKind.None"/> when it is not one there (<c>private</c> before 3.0, <c>@const</c> before 3.1, ...).
        /// </summary>
        /// <param name="text">A word such as <c>probe</c> or <c>@cast</c>.</param>
        /// <param name="languageVersion">The language level (<c>--compatible</c>).</param>
        /// <returns>The kind.</returns>
        public static SyntaxKind GetKeywordKind(string text, Version languageVersion)
        {
            if (languageVersion is null) throw new ArgumentNullException(nameof(languageVersion));
            var kind = GetKeywordKindAnyLevel(text);
            var minimum = GetMinimumLanguageVersion(kind);
            return minimum is null || languageVersion >= minimum ? kind : SyntaxKind.None;
        }

        /// <summary>The language level that introduced a keyword or @-word, or null when it always exists.</summary>
        /// <param name="kind">A keyword or @-word kind.</param>
        /// <returns>The level, or null.</returns>
        public static Version? GetMinimumLanguageVersion(SyntaxKind kind) => kind switch
        {
            SyntaxKind.PrivateKeyword => s_version30,
            SyntaxKind.AtConstKeyword or SyntaxKind.AtVarianceKeyword => s_version31,
            SyntaxKind.AtKregisterKeyword or SyntaxKind.AtUregisterKeyword
                or SyntaxKind.AtKderefKeyword or SyntaxKind.AtUderefKeyword => s_version40,
            SyntaxKind.AtEnumKeyword => s_version55,
            SyntaxKind.AtEnumnameKeyword => s_version56,
            _ => null,
        };

        private static SyntaxKind GetKeywordKindAnyLevel(string text) => text switch
        {
            "probe" => SyntaxKind.ProbeKeyword,
            "global" => SyntaxKind.GlobalKeyword,
            "private" => SyntaxKind.PrivateKeyword,
            "function" => SyntaxKind.FunctionKeyword,
            "if" => SyntaxKind.IfKeyword,
            "else" => SyntaxKind.ElseKeyword,
            "for" => SyntaxKind.ForKeyword,
            "foreach" => SyntaxKind.ForeachKeyword,
            "in" => SyntaxKind.InKeyword,
            "limit" => SyntaxKind.LimitKeyword,
            "return" => SyntaxKind.ReturnKeyword,
            "delete" => SyntaxKind.DeleteKeyword,
            "while" => SyntaxKind.WhileKeyword,
            "break" => SyntaxKind.BreakKeyword,
            "continue" => SyntaxKind.ContinueKeyword,
            "next" => SyntaxKind.NextKeyword,
            "string" => SyntaxKind.StringKeyword,
            "long" => SyntaxKind.LongKeyword,
            "try" => SyntaxKind.TryKeyword,
            "catch" => SyntaxKind.CatchKeyword,
            "@cast" => SyntaxKind.AtCastKeyword,
            "@defined" => SyntaxKind.AtDefinedKeyword,
            "@probewrite" => SyntaxKind.AtProbewriteKeyword,
            "@entry" => SyntaxKind.AtEntryKeyword,
            "@perf" => SyntaxKind.AtPerfKeyword,
            "@var" => SyntaxKind.AtVarKeyword,
            "@avg" => SyntaxKind.AtAvgKeyword,
            "@count" => SyntaxKind.AtCountKeyword,
            "@sum" => SyntaxKind.AtSumKeyword,
            "@min" => SyntaxKind.AtMinKeyword,
            "@max" => SyntaxKind.AtMaxKeyword,
            "@hist_linear" => SyntaxKind.AtHistLinearKeyword,
            "@hist_log" => SyntaxKind.AtHistLogKeyword,
            "@const" => SyntaxKind.AtConstKeyword,
            "@variance" => SyntaxKind.AtVarianceKeyword,
            "@kregister" => SyntaxKind.AtKregisterKeyword,
            "@uregister" => SyntaxKind.AtUregisterKeyword,
            "@kderef" => SyntaxKind.AtKderefKeyword,
            "@uderef" => SyntaxKind.AtUderefKeyword,
            "@enum" => SyntaxKind.AtEnumKeyword,
            "@enumname" => SyntaxKind.AtEnumnameKeyword,
            "@define" => SyntaxKind.AtDefineKeyword,
            _ => SyntaxKind.None,
        };

        /// <summary>True for the 20 keywords (<c>probe</c> ... <c>catch</c>).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a keyword kind.</returns>
        public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.ProbeKeyword && kind <= SyntaxKind.CatchKeyword;

        /// <summary>True for the built-in @-words, <c>@define</c> included.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is an @-word kind.</returns>
        public static bool IsAtKeyword(SyntaxKind kind) => kind >= SyntaxKind.AtCastKeyword && kind <= SyntaxKind.AtDefineKeyword;

        /// <summary>True for operators and punctuation with a fixed text (<see cref="SyntaxKind.OtherPunctuationToken"/> excluded).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a punctuation kind.</returns>
        public static bool IsPunctuation(SyntaxKind kind) => kind >= SyntaxKind.LessThanLessThanLessThanToken && kind <= SyntaxKind.GreaterThanToken;

        /// <summary>True for the preprocessor tokens <c>%(</c> <c>%?</c> <c>%:</c> <c>%)</c>.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a preprocessor token kind.</returns>
        public static bool IsPreprocessorPunctuation(SyntaxKind kind) =>
            kind >= SyntaxKind.PercentOpenParenToken && kind <= SyntaxKind.PercentCloseParenToken;

        /// <summary>True for trivia kinds, structured ones included.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a trivia kind.</returns>
        public static bool IsTrivia(SyntaxKind kind) =>
            (kind >= SyntaxKind.WhitespaceTrivia && kind <= SyntaxKind.IgnoredTextTrivia) || IsPreprocessorDirective(kind);

        /// <summary>True for the comment trivia kinds (<c>#</c>, <c>//</c>, <c>/* */</c>).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a comment kind.</returns>
        public static bool IsComment(SyntaxKind kind) =>
            kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

        /// <summary>True for the preprocessor directive trivia kinds (900-949; condition nodes are 950-999).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a directive kind.</returns>
        public static bool IsPreprocessorDirective(SyntaxKind kind) => (ushort)kind >= 900 && (ushort)kind <= 949;

        /// <summary>True for a <c>%( ... %?</c> or <c>%:</c> directive whose branch is taken (the active kinds).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether the tokens after the directive are live.</returns>
        public static bool IsActiveBranchDirective(SyntaxKind kind) =>
            kind is SyntaxKind.ActiveConditionalDirectiveTrivia or SyntaxKind.ActiveElseDirectiveTrivia;

        /// <summary>True for tokens whose text varies (identifiers, literals, arguments, embedded code, bad tokens).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is such a token kind.</returns>
        public static bool IsLiteralOrNameToken(SyntaxKind kind) => kind >= SyntaxKind.IdentifierToken && kind <= SyntaxKind.BadToken;

        /// <summary>True for any token kind (punctuation, keyword, @-word, name, literal, end of file).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is a token kind.</returns>
        public static bool IsToken(SyntaxKind kind) =>
            IsPunctuation(kind) || kind == SyntaxKind.OtherPunctuationToken || IsKeyword(kind) || IsAtKeyword(kind)
            || (kind >= SyntaxKind.IdentifierToken && kind <= SyntaxKind.EndOfFileToken);

        /// <summary>
        /// True for the print family, which the parser treats specially: <c>print println printd printdln printf
        /// sprint sprintln sprintd sprintdln sprintf print_char</c>.
        /// </summary>
        /// <param name="name">A function name.</param>
        /// <returns>Whether calls to it are print-format calls.</returns>
        public static bool IsPrintFamily(string name) => name switch
        {
            "print" or "println" or "printd" or "printdln" or "printf"
                or "sprint" or "sprintln" or "sprintd" or "sprintdln" or "sprintf" or "print_char" => true,
            _ => false,
        };

        /// <summary>
        /// True for the words with a meaning inside a preprocessor condition: <c>kernel_v kernel_vr systemtap_v
        /// systemtap_privilege guru_mode arch runtime</c> and any <c>CONFIG_</c> name.
        /// </summary>
        /// <param name="name">An identifier.</param>
        /// <returns>Whether it is a preprocessor operand word.</returns>
        public static bool IsPreprocessorWord(string name) => name switch
        {
            "kernel_v" or "kernel_vr" or "systemtap_v" or "systemtap_privilege" or "guru_mode" or "arch" or "runtime" => true,
            _ => name.StartsWith("CONFIG_", StringComparison.Ordinal),
        };

        /// <summary>True for the six comparison operators allowed in preprocessor conditions.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Whether it is <c>== != &lt; &lt;= &gt; &gt;=</c>.</returns>
        public static bool IsComparisonOperator(SyntaxKind kind) => kind is SyntaxKind.EqualsEqualsToken
            or SyntaxKind.ExclamationEqualsToken or SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken
            or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken;

        /// <summary>All punctuation kinds with a fixed text.</summary>
        /// <returns>The kinds, in enum order.</returns>
        public static IEnumerable<SyntaxKind> GetPunctuationKinds()
        {
            for (int value = (int)SyntaxKind.LessThanLessThanLessThanToken; value <= (int)SyntaxKind.GreaterThanToken; value++)
                if (Enum.IsDefined(typeof(SyntaxKind), (SyntaxKind)value)) yield return (SyntaxKind)value;
        }

        /// <summary>All keyword kinds and built-in @-word kinds.</summary>
        /// <returns>The kinds, in enum order.</returns>
        public static IEnumerable<SyntaxKind> GetKeywordKinds()
        {
            for (int value = (int)SyntaxKind.ProbeKeyword; value <= (int)SyntaxKind.AtDefineKeyword; value++)
                if (Enum.IsDefined(typeof(SyntaxKind), (SyntaxKind)value)) yield return (SyntaxKind)value;
        }
    }
}
