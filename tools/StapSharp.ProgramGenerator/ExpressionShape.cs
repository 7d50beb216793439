namespace StapSharp.ProgramGenerator;

/// <summary>The outermost operator of a generated (fully parenthesised) expression, read back from its text. The
/// generator needs it to keep shapes out of comparisons that gcc's kernel flags (-Werror with -Wall) reject in the C
/// both compilers emit (docs/testing.md section 5, stap bug 1).</summary>
internal static class ExpressionShape
{
    private static readonly string[] BinaryOperators =
        [" ? ", " && ", " || ", " == ", " != ", " <= ", " >= ", " < ", " > ", " << ", " >> ", " + ", " - ", " * ", " / ", " % ", " & ", " | ", " ^ ", " . ", " in "];

    /// <summary>"!", "~", "neg", "in", a binary operator ("&lt;", "&amp;", "?", ...), or null for a leaf, a call or an element.</summary>
    public static string? TopOperator(string e)
    {
        if (e.Length < 2 || e[0] != '(' || Close(e, 0) != e.Length - 1)
            return null;
        string inner = e[1..^1];
        if (inner.StartsWith("!(", System.StringComparison.Ordinal))
            return "!";
        if (inner.StartsWith("~(", System.StringComparison.Ordinal))
            return "~";
        if (inner.StartsWith("-(", System.StringComparison.Ordinal))
            return "neg";
        int depth = 0;
        for (int i = 0; i < inner.Length; i++)
        {
            char c = inner[i];
            if (c == '"')
            {
                i = EndOfString(inner, i);
                continue;
            }

            if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (depth == 0 && c == ' ')
            {
                foreach (string op in BinaryOperators)
                {
                    if (string.CompareOrdinal(inner, i, op, 0, op.Length) == 0)
                        return op.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>A truth value in C (a comparison, "!", "&amp;&amp;", "||", "in"): gcc's -Wbool-compare rejects comparing it
    /// with a constant outside 0/1, and -Wtautological-compare some comparisons with 0/1.</summary>
    public static bool IsBoolean(string e) => TopOperator(e) is "==" or "!=" or "<" or ">" or "<=" or ">=" or "&&" or "||" or "!" or "in";

    /// <summary>A bitwise and/or: gcc's -Wtautological-compare rejects "(x &amp; 3) == 8" (always false).</summary>
    public static bool IsBitwiseAndOr(string e) => TopOperator(e) is "&" or "|";

    private static int Close(string e, int open)
    {
        int depth = 0;
        for (int i = open; i < e.Length; i++)
        {
            char c = e[i];
            if (c == '"')
                i = EndOfString(e, i);
            else if (c == '(')
                depth++;
            else if (c == ')' && --depth == 0)
                return i;
        }

        return -1;
    }

    private static int EndOfString(string e, int quote)
    {
        for (int i = quote + 1; i < e.Length; i++)
        {
            if (e[i] == '\\')
                i++;
            else if (e[i] == '"')
                return i;
        }

        return e.Length - 1;
    }
}
