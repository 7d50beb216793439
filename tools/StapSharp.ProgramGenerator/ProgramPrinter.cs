using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.ProgramGenerator;

/// <summary>
/// Prints generated programs as SystemTap text, leaving out the statements whose ids are in a drop set.
/// Standalone: the body is the first <c>begin</c> probe and a second one calls <c>exit()</c> (so a <c>next</c> in
/// the body still ends the script); an uncaught error ends it with stap's ERROR line. Batch: each program's body
/// runs in its own <c>begin</c> probe (MAXACTION is per probe), after a <c>### SEED</c> line and inside
/// try/catch, so that one program's error does not stop the others.
/// </summary>
internal static class ProgramPrinter
{
    public static string Standalone(GeneratedProgram p, IReadOnlySet<int> drop)
    {
        var sb = new StringBuilder();
        sb.Append("// stp-progen seed=").Append(p.Kind).Append(p.Seed);
        if (drop.Count > 0)
            sb.Append(" drop=").Append(string.Join(",", drop.Order()));
        sb.Append('\n');
        Declarations(sb, p, drop);
        sb.Append("probe begin {\n");
        Block(sb, p.Body, drop, 1);
        sb.Append("}\nprobe begin { exit() }\n");
        return sb.ToString();
    }

    public static string Batch(IEnumerable<(GeneratedProgram Program, IReadOnlySet<int> Drop)> programs)
    {
        var sb = new StringBuilder("// stp-progen batch\n");
        int sequence = 0;
        foreach (var (p, drop) in programs)
        {
            sequence++;
            // Names the program that a compile error's line belongs to (eng/differential-minimise.sh).
            sb.Append("// program ").Append(Tag(p, drop)).Append('\n');
            Declarations(sb, p, drop);
            // Explicit sequence numbers: stap 4.8 orders begin probes of equal priority with an unstable sort, so
            // beyond 16 of them they do not run in declaration order (docs/testing.md).
            sb.Append("probe begin(").Append(sequence).Append(") {\n  println(\"### ").Append(Tag(p, drop)).Append("\")\n  try {\n");
            Block(sb, p.Body, drop, 2);
            sb.Append("  } catch (").Append(p.Prefix).Append("err) {\n    println(\"### caught: \", ")
                .Append(p.Prefix).Append("err)\n  }\n}\n");
        }

        sb.Append("probe begin(").Append(sequence + 1).Append(") { exit() }\nprobe end { println(\"### end\") }\n");
        return sb.ToString();
    }

    /// <summary>The section name of a program in a batch's output: its seed and the dropped statement ids.</summary>
    public static string Tag(GeneratedProgram p, IReadOnlySet<int> drop) =>
        drop.Count == 0 ? p.Kind + p.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : p.Kind + p.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + string.Join(".", drop.Order());

    private static void Declarations(StringBuilder sb, GeneratedProgram p, IReadOnlySet<int> drop)
    {
        foreach (string g in p.Globals)
            sb.Append(g).Append('\n');
        foreach (GeneratedFunction f in p.Functions)
        {
            sb.Append(f.Header).Append(" {\n");
            Block(sb, f.Body, drop, 1);
            sb.Append("}\n");
        }
    }

    private static void Block(StringBuilder sb, List<Stmt> list, IReadOnlySet<int> drop, int indent)
    {
        foreach (Stmt s in list.Where(s => !drop.Contains(s.Id)))
        {
            sb.Append(' ', indent * 2).Append(s.Head);
            if (s.Body is null)
            {
                // The ';' keeps "x\n++y" from parsing as "x++ y" (stap needs no separators between statements).
                sb.Append(";\n");
                continue;
            }

            sb.Append(" {\n");
            Block(sb, s.Body, drop, indent + 1);
            sb.Append(' ', indent * 2).Append('}');
            if (s.Else is not null)
            {
                sb.Append(' ').Append(s.ElseHead).Append(" {\n");
                Block(sb, s.Else, drop, indent + 1);
                sb.Append(' ', indent * 2).Append('}');
            }

            sb.Append('\n');
        }
    }
}
