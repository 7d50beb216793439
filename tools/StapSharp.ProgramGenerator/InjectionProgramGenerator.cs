using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StapSharp.ProgramGenerator;

/// <summary>
/// Programs whose strings and names are made to break generated C (issue 11, injection and escape properties): string
/// literals full of quotes, backslashes, "*/", "/*", "??/" trigraphs, "%{", NULs and other octal escapes, raw UTF-8
/// text (escapes above \177, hence invalid UTF-8, are left out until StapSharp compiles them), literals past
/// MAXSTRINGLEN, and names hundreds of characters long. Each string goes through println, printf (in the format and
/// as an argument), strlen, string_quoted, concatenation, a function, an array key and error(), so the differential
/// run checks that StapSharp's module prints exactly what stap's prints. Its SPEC is "i" + seed (<c>stp-progen program i7</c>); names carry the prefix <c>pi{seed}_</c>.
/// Escapes are always three octal digits: stap passes escapes to C as written, and "\x41a" would be one (out of range)
/// hex escape in C, not "Aa".
/// </summary>
internal sealed class InjectionProgramGenerator
{
    /// <summary>Pieces of stap string-literal text (as written in the script); in a printf format every '%' is doubled.</summary>
    private static readonly string[] Pieces =
    [
        "\\\"", "\\\\", "*/", "/*", "//", "??/", "??=", "??(", "??'", "??!", "%{", "%}", "\\n", "\\t", "\\r", "\\a", "\\v", "\\f",
        "'", "#", "#define X 1", "#include", "$", "@", "`", "?", "{", "}", ";", "\\\\n", "\\\\\\\"", "a", "Z", "0", " ", "  ",
        "é", "€", "日本", "\\000",
        // Not yet: escapes of bytes above \177 ("\377", "\303\251", invalid UTF-8 such as "\300\200"), which StapSharp
        // refuses with STP3020 (Lowerer.Strings: the IR holds characters, not bytes; docs/testing.md section 5).
    ];

    private readonly Rng _r;
    private readonly string _p;
    private readonly GeneratedProgram _program;
    private int _nextId;

    private InjectionProgramGenerator(ulong seed, int variant)
    {
        _r = new Rng(seed ^ 0x1D1EC7105UL);
        _p = "pi" + seed.ToString(CultureInfo.InvariantCulture) + (variant == 0 ? "" : "v" + variant.ToString(CultureInfo.InvariantCulture)) + "_";
        _program = new GeneratedProgram(seed, _p, "i");
    }

    public static GeneratedProgram Generate(ulong seed, int variant = 0) => new InjectionProgramGenerator(seed, variant).Build();

    private Stmt Simple(string text, bool removable = true) => new(_nextId++, text, removable);

    private string LongName(string what) => what + "_" + new string(_r.Pick(['n', 'x', 'q']), _r.Range(60, 400));

    private string Literal(int maxPieces = 12)
    {
        var sb = new StringBuilder("\"");
        if (_r.Chance(10))
        {
            // Past MAXSTRINGLEN (512): both modules must cut it at the same byte.
            string piece = _r.Pick(Pieces);
            for (int i = 0; i < 600 / System.Math.Max(piece.Length, 1) + 1; i++)
                sb.Append(piece);
        }
        else
        {
            int n = _r.Range(1, maxPieces);
            for (int i = 0; i < n; i++)
                sb.Append(_r.Chance(15) ? OctalEscape() : _r.Pick(Pieces));
        }

        return sb.Append('"').ToString();
    }

    /// <summary>An octal escape of a byte 1-127 but '%' (\045): stap parses a printf format before decoding escapes, so
    /// "\045d" is text to stap and a directive to StapSharp, which decodes first (STP3003; docs/testing.md section 5).</summary>
    private string OctalEscape()
    {
        int b = _r.Range(1, 126);
        return "\\" + System.Convert.ToString(b >= 0x25 ? b + 1 : b, 8).PadLeft(3, '0');
    }

    /// <summary>Format text: the pieces, with "%%" for a percent sign, around one directive.</summary>
    private string Format(string directive)
    {
        string text = Literal(6)[1..^1].Replace("%", "%%", System.StringComparison.Ordinal);
        string more = Literal(4)[1..^1].Replace("%", "%%", System.StringComparison.Ordinal);
        return "\"" + text + (_r.Chance(50) ? "%%" : "") + directive + more + "\\n\"";
    }

    private GeneratedProgram Build()
    {
        string global = _p + LongName("g");
        string keys = _p + "keys";
        string function = _p + LongName("f");
        _program.Globals.Add("global " + global);
        _program.Globals.Add("global " + keys);
        _program.Functions.Add(new GeneratedFunction($"function {function}:string (s:string)",
            [Simple("return \"<\" . s . " + Literal(3), removable: false)]));

        List<Stmt> body = _program.Body;
        int count = _r.Range(3, 7);
        string local = LongName("l");
        body.Add(Simple(local + " = 0", removable: false));
        for (int i = 0; i < count; i++)
        {
            string s = "s" + i.ToString(CultureInfo.InvariantCulture);
            body.Add(Simple($"{s} = {Literal()}", removable: false));
            body.Add(Simple($"println({s})"));
            body.Add(Simple($"printf({Format("%s")}, {s})"));
            body.Add(Simple($"printf({Format("%d")}, strlen({s}))"));
            body.Add(Simple($"println(string_quoted({s}), \" \", text_str({s}))"));
            body.Add(Simple($"println({s} . {Literal(4)} . {s})"));
            body.Add(Simple($"println({function}({s}))"));
            body.Add(Simple($"{keys}[{s}] = {i}"));
            body.Add(Simple($"{local} += strlen({s})"));
            body.Add(Simple($"printf({Format("%s")}, {Literal(5)})"));
            body.Add(new Stmt(_nextId++, "try") { Body = [Simple($"error({s})")], ElseHead = $"catch ({_p}e)", Else = [Simple($"println(\"caught \", {_p}e)")] });
        }

        body.Add(new Stmt(_nextId++, $"foreach (k in {keys}+)", removable: false) { Body = [Simple($"printf(\"%s=%d\\n\", k, {keys}[k])", removable: false)] });
        body.Add(Simple($"println({local})", removable: false));
        // Written, never read: stap displays it at exit under its (long) name.
        body.Add(Simple($"{global} = {_r.Range(-5, 5)}"));
        return _program;
    }
}
