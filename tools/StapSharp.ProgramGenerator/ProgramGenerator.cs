using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace StapSharp.ProgramGenerator;

/// <summary>
/// Generates one random, well-defined SystemTap program from a seed. "Well-defined" means its output depends only
/// on the language (no time, pids, addresses): loops have constant bounds, recursion is bounded, arrays stay small,
/// statement counts stay far below MAXACTION. Runtime errors stap defines (division by zero, empty aggregates,
/// out-of-range string indexes, error()) are allowed: they are part of the behaviour both compilers must share.
/// Every name carries the prefix <c>p{seed}_</c>, so that many programs can share one script.
/// </summary>
internal sealed partial class ProgramGenerator
{
    private readonly Rng _r;
    private readonly string _p;
    private readonly GeneratedProgram _program;
    private int _nextId;

    private readonly List<string> _longGlobals = [];
    private readonly List<string> _stringGlobals = [];
    private readonly List<ArrayInfo> _arrays = [];
    private readonly List<FunctionInfo> _functions = [];
    private string _stat = "";
    private string _statArray = "";

    private ProgramGenerator(ulong seed, int variant)
    {
        _r = new Rng(seed);
        _p = "p" + seed.ToString(CultureInfo.InvariantCulture) + (variant == 0 ? "" : "v" + variant.ToString(CultureInfo.InvariantCulture)) + "_";
        _program = new GeneratedProgram(seed, _p);
    }

    /// <summary>A global's initialiser must be a literal (a leading minus is allowed, unlike in expressions).</summary>
    private static readonly string[] GlobalLiterals = ["0", "1", "-1", "42", "-9223372036854775808", "9223372036854775807", "0x10"];

    /// <summary>The program of a seed. <paramref name="variant"/> only changes the name prefix
    /// (<c>p{seed}v{variant}_</c>), so that several reductions of one program fit in one batch.</summary>
    public static GeneratedProgram Generate(ulong seed, int variant = 0) => new ProgramGenerator(seed, variant).Build();

    private GeneratedProgram Build()
    {
        DeclareGlobals();
        DefineRecursiveFunctions();
        int helpers = _r.Range(0, 2);
        for (int i = 0; i < helpers; i++)
            DefineHelper(i);
        DefineBody();
        return _program;
    }

    private Stmt Simple(string text, bool removable = true) => new(_nextId++, text, removable);

    // ---- globals -------------------------------------------------------------------------------------------

    private void DeclareGlobals()
    {
        int longs = _r.Range(1, 2), strings = _r.Range(0, 1), arrays = _r.Range(1, 3);
        for (int i = 0; i < longs; i++)
        {
            string name = $"{_p}g{i}";
            _longGlobals.Add(name);
            _program.Globals.Add(_r.Chance(50) ? $"global {name} = {_r.Pick(GlobalLiterals)}" : $"global {name}");
        }

        for (int i = 0; i < strings; i++)
        {
            string name = $"{_p}gs{i}";
            _stringGlobals.Add(name);
            _program.Globals.Add(_r.Chance(50) ? $"global {name} = {StringLiteral()}" : $"global {name}");
        }

        for (int i = 0; i < arrays; i++)
        {
            int keys = _r.Range(1, 3);
            var info = new ArrayInfo($"{_p}a{i}", Enumerable.Range(0, keys).Select(_ => _r.Chance(35)).ToArray(), _r.Chance(30));
            _arrays.Add(info);
            _program.Globals.Add($"global {info.Name}");
        }

        _stat = $"{_p}st";
        _statArray = $"{_p}sa";
        _program.Globals.Add($"global {_stat}");
        _program.Globals.Add($"global {_statArray}");
    }

    // ---- functions -----------------------------------------------------------------------------------------

    private void DefineRecursiveFunctions()
    {
        // Bounded recursion: the argument is always a small literal or masked to 0..3 by the caller.
        string r = $"{_p}r";
        string op = _r.Pick(["+", "*", "-", "^", "|"]);
        _program.Functions.Add(new GeneratedFunction($"function {r}:long (n:long)", [
            Simple($"if (n <= 0) return {SmallLiteral()}", removable: false),
            Simple($"return n {op} {r}(n - 1)", removable: false),
        ]));
        _functions.Add(new FunctionInfo(r, ReturnsString: false, Params: "n", IsRecursive: true));

        string rs = $"{_p}rs";
        _program.Functions.Add(new GeneratedFunction($"function {rs}:string (n:long)", [
            Simple($"if (n <= 0) return {StringLiteral()}", removable: false),
            Simple($"return {rs}(n - 1) . sprint(n)", removable: false),
        ]));
        _functions.Add(new FunctionInfo(rs, ReturnsString: true, Params: "n", IsRecursive: true));
    }

    private void DefineHelper(int index)
    {
        bool returnsString = _r.Chance(40);
        bool hasString = _r.Chance(60);
        string name = $"{_p}f{index}";
        var scope = new Scope { InFunction = true, CallableFunctions = _functions.Count };
        scope.Longs.AddRange(["x", "y"]);
        scope.Strings.Add("u");
        var body = new List<Stmt>
        {
            Simple("y = x * 3", removable: false),
            Simple(hasString ? "u = t . \"!\"" : $"u = {StringLiteral()}", removable: false),
        };
        int count = _r.Range(1, 4);
        for (int i = 0; i < count; i++)
            body.Add(Statement(scope, 1));
        body.Add(Simple("return " + (returnsString ? StringExpr(scope, 2) : LongExpr(scope, 2)), removable: false));
        string header = $"function {name}:{(returnsString ? "string" : "long")} (x:long{(hasString ? ", t:string" : "")})";
        _program.Functions.Add(new GeneratedFunction(header, body));
        _functions.Add(new FunctionInfo(name, returnsString, hasString ? "x,t" : "x", IsRecursive: false));
    }

    private void DefineBody()
    {
        var scope = new Scope { CallableFunctions = _functions.Count };
        var body = _program.Body;
        for (int i = 0; i < 3; i++)
        {
            body.Add(Simple($"n{i} = {LongLiteral()}", removable: false));
            scope.Longs.Add($"n{i}");
        }

        for (int i = 0; i < 2; i++)
        {
            body.Add(Simple($"s{i} = {StringLiteral()}", removable: false));
            scope.Strings.Add($"s{i}");
        }

        // Every global array and aggregate gets one write that stays, so its type is always known.
        foreach (ArrayInfo a in _arrays)
            body.Add(Simple($"{a.Name}[{Keys(a, scope, 0)}] = {(a.ValueIsString ? StringLiteral() : SmallLiteral())}", removable: false));
        body.Add(Simple($"{_stat} <<< {SmallLiteral()}", removable: false));
        body.Add(Simple($"{_statArray}[{_r.Range(0, 3)}] <<< {SmallLiteral()}", removable: false));
        foreach (string g in _longGlobals)
            body.Add(Simple($"{g} += {SmallLiteral()}", removable: false));
        foreach (string g in _stringGlobals)
            body.Add(Simple($"{g} .= {StringLiteral()}", removable: false));

        int count = _r.Range(4, 12);
        for (int i = 0; i < count; i++)
            body.Add(Statement(scope, 0));

        // A final dump, so that what the statements did is visible.
        body.Add(Simple($"printf(\"n=%d %d %d s=%s|%s\\n\", n0, n1, n2, s0, s1)"));
        foreach (ArrayInfo a in _arrays)
            body.Add(Foreach(scope, a, 0, dump: true));
        body.Add(Simple($"printf(\"st=%d %d\\n\", @count({_stat}), @sum({_stat}))"));
    }

    // ---- scope ---------------------------------------------------------------------------------------------

    private sealed class Scope
    {
        public List<string> Longs { get; } = [];

        public List<string> Strings { get; } = [];

        /// <summary>Loop counters and foreach keys: readable, never assigned by generated statements.</summary>
        public List<string> ReadOnlyLongs { get; } = [];

        public List<string> ReadOnlyStrings { get; } = [];

        public HashSet<string> LockedArrays { get; } = [];

        public bool InFunction { get; init; }

        public int LoopDepth { get; set; }

        public bool InForeach { get; set; }

        /// <summary>How many of the functions defined so far this code may call (helpers call only earlier ones).</summary>
        public int CallableFunctions { get; init; }
    }

    private sealed record ArrayInfo(string Name, bool[] KeyIsString, bool ValueIsString);

    private sealed record FunctionInfo(string Name, bool ReturnsString, string Params, bool IsRecursive);

    private static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);
}
