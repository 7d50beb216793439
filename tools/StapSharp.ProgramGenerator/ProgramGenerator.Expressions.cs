using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.ProgramGenerator;

/// <summary>Expressions of both types, fully parenthesised (so the printer needs no precedence table), and the
/// print family with the printf directives and flags stap accepts.</summary>
internal sealed partial class ProgramGenerator
{
    private static readonly string[] StringLiterals =
    [
        "\"\"", "\"a\"", "\"hello\"", "\"x y\"", "\"tab\\there\"", "\"q\\\"uote\"", "\"back\\\\slash\"", "\"%d%s\"",
        "\"100\"", "\"-42\"", "\"0x1f\"", "\"017\"", "\"Ab9\"", "\"line\\n\"", "\"zzzzzzzzzzzzzzzzzzzzzzzz\"", "\"12abc\"",
    ];

    private string LongLiteral() => _r.Next(12) switch
    {
        0 => "9223372036854775807",
        1 => "(-9223372036854775807 - 1)",
        2 => "0x7fffffffffffffff",
        3 => "-1",
        4 => "0",
        5 => "0x" + _r.Range(0, 0xffff).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        6 => "0" + System.Convert.ToString(_r.Range(0, 511), 8),
        7 => Num(_r.Range(-100000, 100000)),
        8 => "4294967296",
        _ => SmallLiteral(),
    };

    private string SmallLiteral() => Num(_r.Range(-9, 20));

    private string StringLiteral() => _r.Pick(StringLiterals);

    private string LongExpr(Scope s, int depth)
    {
        if (depth <= 0 || _r.Chance(30))
            return LongLeaf(s);
        int d = depth - 1;
        switch (_r.Next(23))
        {
            case 0: case 1: case 2: return $"({LongExpr(s, d)} {_r.Pick(["+", "-", "*"])} {LongExpr(s, d)})";
            case 3: return $"({LongExpr(s, d)} {_r.Pick(["/", "%"])} {Divisor(s)})";
            case 4: return $"({LongExpr(s, d)} {_r.Pick(["&", "|", "^"])} {LongExpr(s, d)})";
            case 5: return $"({LongExpr(s, d)} {_r.Pick(["<<", ">>"])} {ShiftAmount(s)})";
            // "-(-5)", never "--5". stap 4.8 emits "! (a * b)" and "(a * b) && c" as C that gcc's -Werror=int-in-bool-context
            // rejects (docs/testing.md), so "!", "&&" and "||" get comparisons or plain values.
            case 6: return _r.Chance(50) ? $"(-({LongExpr(s, d)}))" : $"(!({(_r.Chance(50) ? Condition(s, d) : LongLeaf(s))}))";
            // stap 4.8 emits "~ (a <= b)" as C that gcc's -Werror=bool-operation rejects (docs/testing.md),
            // so "~" gets an arithmetic operand.
            case 22: return $"(~({LongLeaf(s)} {_r.Pick(["+", "-", "*"])} {LongExpr(s, d)}))";
            case 7: case 8: return Condition(s, d);
            case 9: return $"({Condition(s, d)} ? {LongExpr(s, d)} : {LongExpr(s, d)})";
            case 10 when !s.InFunction:
                {
                    ArrayInfo? a = _arrays.Where(x => !x.ValueIsString).FirstOrDefault(_ => _r.Chance(60));
                    return a is null ? LongLeaf(s) : $"{a.Name}[{Keys(a, s, d)}]";
                }
            case 11 when !s.InFunction:
                {
                    ArrayInfo a = _r.Pick(_arrays);
                    return $"([{Keys(a, s, d)}] in {a.Name})";
                }
            case 12: return $"@count({_stat})";
            case 13: return $"{_r.Pick(["@sum", "@min", "@max", "@avg"])}({_stat})";
            case 14 when !s.InFunction: return $"{_r.Pick(["@count", "@count", "@sum", "@min", "@max", "@avg"])}({_statArray}[{LongKey(s)}])";
            case 15: case 16: return Call(s, wantString: false);
            case 17: return $"strlen({StringExpr(s, d)})";
            case 18: return $"isinstr({StringExpr(s, d)}, {StringExpr(s, 0)})";
            case 19: return $"stringat({StringExpr(s, d)}, {_r.Pick(["0", "1", "3"])})";
            case 20: return _r.Chance(50) ? $"strtol({StringExpr(s, d)}, {_r.Pick(["10", "16", "8"])})" : $"strtol(sprint({LongExpr(s, d)}), 10)";
            case 21: return $"isdigit({StringExpr(s, d)})";
        }

        return LongLeaf(s);
    }

    private string LongLeaf(Scope s)
    {
        int k = _r.Next(10);
        if (k < 3)
            return k == 0 ? LongLiteral() : SmallLiteral();
        var vars = s.Longs.Concat(s.ReadOnlyLongs).Concat(_longGlobals).ToList();
        return _r.Pick(vars);
    }

    private string Condition(Scope s, int depth = 1)
    {
        int d = System.Math.Max(depth - 1, 0);
        int kind = _r.Next(6);
        if (kind == 1 && depth <= 0)
            kind = 2; // "&&"/"||" nest conditions: stop at depth 0
        return kind switch
        {
            0 => StringComparison(s, d),
            1 => $"({Condition(s, d)} {_r.Pick(["&&", "||"])} {(_r.Chance(50) ? Condition(s, d) : LongLeaf(s))})",
            _ => LongComparison(s, d),
        };
    }

    /// <summary>A comparison of longs whose C gcc's kernel flags accept in both compilers' output: no truth value
    /// compared with a constant (-Wbool-compare: seed 3638's "(15 > (!((12 &lt; x))))"), no "(x &amp; 3) == 8"
    /// (-Wtautological-compare, bitwise), no operand compared with itself (-Wtautological-compare, self).</summary>
    private string LongComparison(Scope s, int d)
    {
        string left = ComparisonOperand(s, d);
        string right = ComparisonOperand(s, d);
        for (int i = 0; i < 8 && right == left; i++)
            right = ComparisonOperand(s, d);
        if (right == left)
            right = left == "0" ? "1" : "0";
        return $"({left} {_r.Pick(["==", "!=", "<", ">", "<=", ">="])} {right})";
    }

    /// <summary>Strings compare through strcmp in C, so gcc cannot see a self-comparison; kept distinct anyway so that
    /// one rule (no comparison of an expression with itself) covers every comparison.</summary>
    private string StringComparison(Scope s, int d)
    {
        string left = StringExpr(s, d);
        string right = StringExpr(s, d);
        for (int i = 0; i < 8 && right == left; i++)
            right = StringExpr(s, d);
        if (right == left)
            right = left == "\"a\"" ? "\"b\"" : "\"a\"";
        return $"({left} {_r.Pick(["==", "!=", "<", ">", "<=", ">="])} {right})";
    }

    private string ComparisonOperand(Scope s, int d)
    {
        for (int i = 0; i < 8; i++)
        {
            string e = LongExpr(s, d);
            if (!ExpressionShape.IsBoolean(e) && !ExpressionShape.IsBitwiseAndOr(e))
                return e;
        }

        return SmallLiteral();
    }

    /// <summary>Mostly a non-zero literal (including -1, which stap defines), sometimes any expression:
    /// division by zero is a runtime error both compilers must report alike.</summary>
    private string Divisor(Scope s) => _r.Chance(75) ? _r.Pick(["3", "-1", "7", "(-2)", "1000", "9223372036854775807"]) : LongExpr(s, 1);

    /// <summary>A shift by 0..63 (larger or negative amounts are undefined in C, and stap emits C shifts).</summary>
    private string ShiftAmount(Scope s) => _r.Chance(60) ? Num(_r.Range(0, 63)) : $"({LongExpr(s, 1)} & 63)";

    private string LongKey(Scope s) => _r.Next(3) switch
    {
        0 => Num(_r.Range(0, 4)),
        1 => s.ReadOnlyLongs.Count > 0 ? _r.Pick(s.ReadOnlyLongs) : Num(_r.Range(-1, 3)),
        _ => $"({LongLeaf(s)} & 3)",
    };

    private string StringKey(Scope s, bool pure = false) => _r.Next(pure ? 2 : 3) switch
    {
        0 => _r.Pick(["\"a\"", "\"b\"", "\"c\"", "\"\""]),
        1 => s.ReadOnlyStrings.Count > 0 ? _r.Pick(s.ReadOnlyStrings) : "\"k\"",
        _ => $"sprint({LongKey(s)})",
    };

    /// <summary>Index expressions; <paramref name="pure"/> leaves out calls, because StapSharp refuses (STP3020) a compound
    /// assignment to an element whose index has side effects, and it counts any call as one.</summary>
    private string Keys(ArrayInfo a, Scope s, int depth, bool pure = false) =>
        string.Join(", ", a.KeyIsString.Select(isString => isString ? StringKey(s, pure) : LongKey(s)));

    private string StringExpr(Scope s, int depth)
    {
        if (depth <= 0 || _r.Chance(30))
            return StringLeaf(s);
        int d = depth - 1;
        switch (_r.Next(12))
        {
            case 0: case 1: return $"({StringExpr(s, d)} . {StringExpr(s, d)})";
            case 2: return Sprintf(s, d);
            case 3: return $"sprint({(_r.Chance(70) ? LongExpr(s, d) : StringExpr(s, d))})";
            case 4: return $"substr({StringExpr(s, d)}, {_r.Range(0, 6)}, {_r.Range(0, 6)})";
            case 5: return $"str_replace({StringExpr(s, d)}, {_r.Pick(["\"a\"", "\"l\"", "\" \"", "\"0\""])}, {StringLiteral()})";
            case 6: return $"{_r.Pick(["string_quoted", "text_str"])}({StringExpr(s, d)})";
            case 7: return $"({Condition(s, d)} ? {StringExpr(s, d)} : {StringExpr(s, d)})";
            case 8 when !s.InFunction:
                {
                    ArrayInfo? a = _arrays.Where(x => x.ValueIsString).FirstOrDefault(_ => _r.Chance(60));
                    return a is null ? StringLeaf(s) : $"{a.Name}[{Keys(a, s, d)}]";
                }
            case 9: case 10: return Call(s, wantString: true);
            case 11: return $"sprintln({LongExpr(s, d)})";
        }

        return StringLeaf(s);
    }

    private string StringLeaf(Scope s)
    {
        if (_r.Chance(30))
            return StringLiteral();
        return _r.Pick(s.Strings.Concat(s.ReadOnlyStrings).Concat(_stringGlobals).ToList());
    }

    /// <summary>A call of a function this scope may call (recursive ones get a small argument).</summary>
    private string Call(Scope s, bool wantString)
    {
        var candidates = _functions.Take(s.CallableFunctions).Where(f => f.ReturnsString == wantString).ToList();
        if (candidates.Count == 0)
            return wantString ? StringLeaf(s) : LongLeaf(s);
        FunctionInfo f = _r.Pick(candidates);
        if (f.IsRecursive)
            return $"{f.Name}({(_r.Chance(60) ? Num(_r.Range(-1, 4)) : $"({LongLeaf(s)} & 3)")})";
        return f.Params == "x" ? $"{f.Name}({LongExpr(s, 1)})" : $"{f.Name}({LongExpr(s, 1)}, {StringExpr(s, 1)})";
    }

    // ---- printing ------------------------------------------------------------------------------------------

    private string Print(Scope s)
    {
        switch (_r.Next(6))
        {
            case 0: return $"print({Mixed(s)})";
            case 1: return $"println({string.Join(", ", Enumerable.Range(0, _r.Range(1, 3)).Select(_ => Mixed(s)))})";
            case 2:
                return $"{_r.Pick(["printd", "printdln"])}({_r.Pick(["\",\"", "\" \"", "\"%\"", "\"\""])}, {string.Join(", ", Enumerable.Range(0, _r.Range(2, 3)).Select(_ => Mixed(s)))})";
            default:
                {
                    string f = Format(s, out List<string> args, newline: true);
                    return args.Count == 0 ? $"printf({f})" : $"printf({f}, {string.Join(", ", args)})";
                }
        }
    }

    private string Mixed(Scope s) => _r.Chance(50) ? LongExpr(s, 2) : StringExpr(s, 2);

    private string Sprintf(Scope s, int depth)
    {
        string f = Format(s, out List<string> args, newline: false, depth);
        return args.Count == 0 ? $"sprintf({f})" : $"sprintf({f}, {string.Join(", ", args)})";
    }

    /// <summary>A printf format with 1-3 directives (flags - + space # 0, a width or *, a precision) and its arguments.</summary>
    private string Format(Scope s, out List<string> args, bool newline, int depth = 2)
    {
        args = [];
        var sb = new StringBuilder("\"");
        int n = _r.Range(1, 3);
        for (int i = 0; i < n; i++)
        {
            sb.Append(_r.Pick(["", " ", "<", "v=", ":"]));
            char conv = _r.Pick(['d', 'd', 'i', 'u', 'x', 'X', 'o', 'c', 's', 's', 's', 'p', '%']);
            if (conv == '%')
            {
                sb.Append("%%");
                continue;
            }

            sb.Append('%');
            // stap 4.8 reads at most one of "-+ #" and then an optional 0 ("%- 0d" and "%0-d" are parse errors;
            // "#" with "s" too).
            if (_r.Chance(40))
                sb.Append(_r.Pick<string>(conv == 's' ? ["-", "+", " "] : ["-", "+", " ", "#"]));
            bool zero = _r.Chance(15);
            if (zero)
                sb.Append('0');
            if (!zero && _r.Chance(15)) // "%0*d" is a parse error too: the 0 starts a width
            {
                sb.Append('*');
                args.Add($"({LongLeaf(s)} & 15)");
            }
            else if (_r.Chance(35))
            {
                sb.Append(_r.Range(1, 20));
            }

            if (_r.Chance(20))
                sb.Append('.').Append(_r.Range(0, 8));
            sb.Append(conv);
            args.Add(conv switch
            {
                's' => StringExpr(s, depth),
                'c' => $"(({LongExpr(s, depth)} & 63) + 32)",
                _ => LongExpr(s, depth),
            });
        }

        if (newline)
            sb.Append("\\n");
        return sb.Append('"').ToString();
    }
}
