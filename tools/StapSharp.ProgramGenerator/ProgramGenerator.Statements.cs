using System.Collections.Generic;
using System.Linq;

namespace StapSharp.ProgramGenerator;

/// <summary>Statements: assignments, arrays, statistics, printing, control flow. Nesting stays shallow
/// (depth 2), loops run at most 4 times, so a program stays far below MAXACTION.</summary>
internal sealed partial class ProgramGenerator
{
    private const int MaxDepth = 2;

    private Stmt Statement(Scope s, int depth)
    {
        while (true)
        {
            int k = _r.Next(100);
            bool compound = depth < MaxDepth;
            switch (k)
            {
                case < 14: return Simple(AssignLong(s));
                case < 20: return Simple(AssignString(s));
                case < 24: return Simple(Crement(s));
                case < 33 when !s.InFunction: return ArrayWrite(s);
                case < 36 when !s.InFunction: return Simple(Delete(s));
                case < 42: return Simple(StatWrite(s));
                case < 56: return Simple(Print(s));
                case < 58 when !s.InFunction: return Simple(Histogram());
                case < 64 when compound: return If(s, depth);
                case < 69 when compound && s.LoopDepth < 2: return For(s, depth);
                case < 72 when compound && s.LoopDepth < 2: return While(s, depth);
                case < 77 when compound && !s.InFunction && !s.InForeach: return Foreach(s, PickArrayOrStats(), depth, dump: false);
                case < 81 when compound: return Try(s, depth);
                case < 85 when s.LoopDepth > 0: return Simple($"if ({Condition(s)}) {_r.Pick(["break", "continue"])}");
                case < 87 when s.LoopDepth > 0: return Simple(_r.Pick(["break", "continue"]));
                // A call's value is kept: stap drops a side-effect-free expression statement and the global reads in
                // it, which changes which globals it displays at exit (docs/testing.md).
                case < 89: return Simple(_r.Chance(50) ? $"{_r.Pick(s.Strings)} .= {Call(s, true)}" : $"{_r.Pick(s.Longs)} ^= {Call(s, false)}");
                case < 90 when !s.InFunction && _r.Chance(25): return Simple($"if ({Condition(s)}) next");
                case < 92 when _r.Chance(30): return Simple($"if ({Condition(s)}) error({StringExpr(s, 1)})");
                case < 96: return Simple(_r.Chance(30) ? $"delete {_r.Pick(_longGlobals)}" : $"{_r.Pick(_longGlobals)} = {LongExpr(s, 2)}");
                case < 100 when !s.InFunction && _r.Chance(30): return Simple($"delete {_stat}");
            }
        }
    }

    private List<Stmt> Statements(Scope s, int depth, int min, int max)
    {
        int n = _r.Range(min, max);
        var list = new List<Stmt>();
        for (int i = 0; i < n; i++)
            list.Add(Statement(s, depth));
        return list;
    }

    private string AssignLong(Scope s)
    {
        string target = _r.Pick(s.Longs.Concat(_longGlobals).ToList());
        return _r.Next(8) switch
        {
            0 => $"{target} += {LongExpr(s, 2)}",
            1 => $"{target} -= {LongExpr(s, 2)}",
            2 => $"{target} *= {LongExpr(s, 1)}",
            3 => $"{target} {_r.Pick(["/=", "%="])} {Divisor(s)}",
            4 => $"{target} {_r.Pick(["<<=", ">>="])} {ShiftAmount(s)}",
            5 => $"{target} {_r.Pick(["&=", "|=", "^="])} {LongExpr(s, 2)}",
            _ => $"{target} = {LongExpr(s, 3)}",
        };
    }

    private string AssignString(Scope s)
    {
        string target = _r.Pick(s.Strings.Concat(_stringGlobals).ToList());
        return _r.Chance(40) ? $"{target} .= {StringExpr(s, 2)}" : $"{target} = {StringExpr(s, 3)}";
    }

    private string Crement(Scope s)
    {
        string target = _r.Pick(s.Longs.Concat(_longGlobals).ToList());
        return _r.Next(4) switch { 0 => target + "++", 1 => target + "--", 2 => "++" + target, _ => "--" + target };
    }

    private Stmt ArrayWrite(Scope s)
    {
        var free = _arrays.Where(a => !s.LockedArrays.Contains(a.Name)).ToList();
        if (free.Count == 0)
            return Simple(Print(s));
        ArrayInfo a = _r.Pick(free);
        bool compound = _r.Chance(35);
        string element = $"{a.Name}[{Keys(a, s, 1, pure: compound)}]";
        if (a.ValueIsString)
            return Simple(compound ? $"{element} .= {StringExpr(s, 1)}" : $"{element} = {StringExpr(s, 2)}");
        return Simple(!compound ? $"{element} = {LongExpr(s, 2)}" : _r.Chance(50) ? element + "++" : $"{element} += {LongExpr(s, 2)}");
    }

    private string Delete(Scope s)
    {
        var free = _arrays.Where(a => !s.LockedArrays.Contains(a.Name)).ToList();
        if (free.Count == 0)
            return Print(s);
        ArrayInfo a = _r.Pick(free);
        return _r.Chance(70) ? $"delete {a.Name}[{Keys(a, s, 1)}]" : $"delete {a.Name}";
    }

    private string StatWrite(Scope s)
    {
        string value = $"{LongExpr(s, 2)} % {_r.Pick(["100", "1000", "17"])}";
        if (s.InFunction || s.LockedArrays.Contains(_statArray) || _r.Chance(50))
            return $"{_stat} <<< {value}";
        return $"{_statArray}[{LongKey(s)}] <<< {value}";
    }

    /// <summary>An aggregate has one histogram type, so a program picks its form once.</summary>
    private string Histogram() => _histogram ??= _r.Chance(50)
        ? $"print(@hist_log({_stat}))"
        : $"print(@hist_linear({_stat}, {_r.Pick(["0, 100, 10", "-50, 50, 25", "0, 20, 4"])}))";

    private string? _histogram;

    private Stmt If(Scope s, int depth)
    {
        var then = Statements(s, depth + 1, 1, 3);
        if (_r.Chance(40))
            return new Stmt(_nextId++, $"if ({Condition(s)})") { Body = then, ElseHead = "else", Else = Statements(s, depth + 1, 1, 2) };
        return new Stmt(_nextId++, $"if ({Condition(s)})") { Body = then };
    }

    private Stmt For(Scope s, int depth)
    {
        string i = "i" + s.LoopDepth;
        int id = _nextId++;
        string head = $"for ({i} = {_r.Range(-1, 1)}; {i} < {_r.Range(1, 4)}; {i}++)";
        s.LoopDepth++;
        s.ReadOnlyLongs.Add(i);
        var body = Statements(s, depth + 1, 1, 3);
        s.ReadOnlyLongs.Remove(i);
        s.LoopDepth--;
        return new Stmt(id, head) { Body = body };
    }

    private Stmt While(Scope s, int depth)
    {
        // The counter is set and incremented by statements the minimiser keeps, so the loop always ends;
        // incrementing first keeps `continue` from skipping it.
        string w = "w" + s.LoopDepth;
        int id = _nextId++;
        var init = Simple($"{w} = 0", removable: false);
        string head = $"while ({w} < {_r.Range(1, 4)})";
        var body = new List<Stmt> { Simple(w + "++", removable: false) };
        s.LoopDepth++;
        s.ReadOnlyLongs.Add(w);
        body.AddRange(Statements(s, depth + 1, 1, 3));
        s.ReadOnlyLongs.Remove(w);
        s.LoopDepth--;
        // Both in one removable block, so dropping the loop drops its initialisation with it.
        return new Stmt(id, "if (1)") { Body = [init, new Stmt(_nextId++, head, removable: false) { Body = body }] };
    }

    private string PickArrayOrStats() => _r.Chance(20) ? _statArray : _r.Pick(_arrays).Name;

    private Stmt Foreach(Scope s, string arrayName, int depth, bool dump) =>
        Foreach(s, _arrays.FirstOrDefault(a => a.Name == arrayName), depth, dump);

    private Stmt Foreach(Scope s, ArrayInfo? a, int depth, bool dump)
    {
        int id = _nextId++;
        bool stats = a is null;
        bool[] keyIsString = a?.KeyIsString ?? [false];
        string[] keys = keyIsString.Select((_, j) => $"k{id}_{j}").ToArray();
        string valueVar = $"v{id}";
        bool withValue = !stats && (dump || _r.Chance(40));
        // One sort marker at most: on a key, on the value, or after the array (with an extractor for statistics).
        string[] keyText = (string[])keys.Clone();
        string arrayText = stats ? _statArray : a!.Name;
        string valueText = valueVar;
        int sort = dump ? 1 : _r.Next(4);
        string dir = _r.Pick(["+", "-"]);
        if (sort == 1)
            keyText[0] += dir;
        else if (sort == 2 && withValue)
            valueText += dir;
        else if (sort == 2 || sort == 3)
            arrayText += stats ? $" {_r.Pick(["@count", "@sum", "@min", "@max", "@avg"])}{dir}" : dir;
        string keysPart = keys.Length == 1 && _r.Chance(50) ? keyText[0] : "[" + string.Join(", ", keyText) + "]";
        string limit = !dump && _r.Chance(35) ? $" limit {_r.Range(0, 3)}" : "";
        string head = $"foreach ({(withValue ? valueText + " = " : "")}{keysPart} in {arrayText}{limit})";

        var body = new List<Stmt>();
        string keyArgs = string.Join(", ", keys);
        string keyFormat = string.Join(",", keyIsString.Select(k => k ? "%s" : "%d"));
        if (stats)
            body.Add(Simple($"printf(\"{_statArray}[{keyFormat}] %d %d %d\\n\", {keyArgs}, @count({_statArray}[{keyArgs}]), @min({_statArray}[{keyArgs}]), @max({_statArray}[{keyArgs}]))"));
        else if (dump)
            body.Add(Simple($"printf(\"dump {a!.Name}[{keyFormat}]={(a.ValueIsString ? "%s" : "%d")}\\n\", {keyArgs}, {valueVar})"));
        else
            body.Add(Simple($"printf(\"[{keyFormat}]\\n\", {keyArgs})"));

        if (!dump)
        {
            s.InForeach = true;
            s.LoopDepth++;
            s.LockedArrays.Add(arrayText.Split(' ', '+', '-')[0]);
            for (int j = 0; j < keys.Length; j++)
                (keyIsString[j] ? s.ReadOnlyStrings : s.ReadOnlyLongs).Add(keys[j]);
            if (withValue)
                (a!.ValueIsString ? s.ReadOnlyStrings : s.ReadOnlyLongs).Add(valueVar);
            body.AddRange(Statements(s, depth + 1, 0, 2));
            s.ReadOnlyStrings.RemoveAll(v => v.StartsWith($"k{id}_", System.StringComparison.Ordinal) || v == valueVar);
            s.ReadOnlyLongs.RemoveAll(v => v.StartsWith($"k{id}_", System.StringComparison.Ordinal) || v == valueVar);
            s.LockedArrays.Clear();
            s.LoopDepth--;
            s.InForeach = false;
        }

        return new Stmt(id, head) { Body = body };
    }

    private Stmt Try(Scope s, int depth)
    {
        var body = Statements(s, depth + 1, 1, 3);
        if (_r.Chance(70))
        {
            string m = $"e{_nextId}";
            return new Stmt(_nextId++, "try") { Body = body, ElseHead = $"catch ({m})", Else = [Simple($"println(\"caught: \", {m})")] };
        }

        return new Stmt(_nextId++, "try") { Body = body, ElseHead = "catch", Else = [Simple("println(\"caught\")")] };
    }
}
