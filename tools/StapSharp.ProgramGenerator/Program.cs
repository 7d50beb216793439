using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace StapSharp.ProgramGenerator;

/// <summary>
/// stp-progen: random, well-defined SystemTap programs for differential testing (eng/differential.sh).
/// A program is named by a SPEC: its seed, optionally followed by the ids of the statements left out
/// ("1234" or "1234-5.17.30", the form a minimised program is recorded in). "i1234" names an injection program
/// (InjectionProgramGenerator: strings and names made to break generated C).
///   stp-progen program SPEC        the program alone (body in a begin probe, then exit())
///   stp-progen batch SPEC...       many programs in one script, each in its own begin probe after "### SPEC"
///   stp-progen batch --seeds FIRST COUNT
///   stp-progen ids SPEC            the ids of the statements that can still be left out, pre-order
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "program" when args.Length == 2:
                    {
                        var (p, drop) = Parse(args[1]);
                        Console.Out.Write(ProgramPrinter.Standalone(p, drop));
                        return 0;
                    }

                case "batch" when args.Length == 4 && args[1] == "--seeds":
                    {
                        ulong first = ulong.Parse(args[2], CultureInfo.InvariantCulture);
                        int count = int.Parse(args[3], CultureInfo.InvariantCulture);
                        Console.Out.Write(ProgramPrinter.Batch(Enumerable.Range(0, count).Select(i => Parse((first + (ulong)i).ToString(CultureInfo.InvariantCulture)))));
                        return 0;
                    }

                case "batch" when args.Length >= 2:
                    {
                        // The same seed twice (reductions of one program) gets distinct name prefixes.
                        var seen = new Dictionary<string, int>();
                        Console.Out.Write(ProgramPrinter.Batch(args.Skip(1).Select(spec =>
                        {
                            string seed = spec.Split('-')[0];
                            seen[seed] = seen.GetValueOrDefault(seed) + 1;
                            return Parse(spec, seen[seed] - 1);
                        })));
                        return 0;
                    }

                case "ids" when args.Length == 2:
                    {
                        var (p, drop) = Parse(args[1]);
                        foreach (int id in RemovableIds(p, drop))
                            Console.Out.WriteLine(id);
                        return 0;
                    }
            }
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("stp-progen: " + e.Message);
            return 2;
        }

        Console.Error.WriteLine("usage: stp-progen program SPEC | batch SPEC... | batch --seeds FIRST COUNT | ids SPEC   (SPEC = SEED[-ID.ID...])");
        return 2;
    }

    private static (GeneratedProgram, IReadOnlySet<int>) Parse(string spec) => Parse(spec, 0);

    private static (GeneratedProgram, IReadOnlySet<int>) Parse(string spec, int variant)
    {
        string[] parts = spec.Split('-', 2);
        bool injection = parts[0].StartsWith('i');
        ulong seed = ulong.Parse(injection ? parts[0][1..] : parts[0], CultureInfo.InvariantCulture);
        var drop = parts.Length == 2
            ? parts[1].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToHashSet()
            : new HashSet<int>();
        return (injection ? InjectionProgramGenerator.Generate(seed, variant) : ProgramGenerator.Generate(seed, variant), drop);
    }

    /// <summary>Statements that may be left out and are still in the program (not dropped, nor inside a dropped one).</summary>
    private static IEnumerable<int> RemovableIds(GeneratedProgram p, IReadOnlySet<int> drop)
    {
        var result = new List<int>();
        void Walk(List<Stmt>? list)
        {
            foreach (Stmt s in list ?? [])
            {
                if (drop.Contains(s.Id))
                    continue;
                if (s.Removable)
                    result.Add(s.Id);
                Walk(s.Body);
                Walk(s.Else);
            }
        }

        foreach (GeneratedFunction f in p.Functions)
            Walk(f.Body);
        Walk(p.Body);
        return result;
    }
}
