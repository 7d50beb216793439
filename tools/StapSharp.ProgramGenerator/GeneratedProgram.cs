using System.Collections.Generic;

namespace StapSharp.ProgramGenerator;

/// <summary>A generated program: its seed, the prefix every name it declares carries (so that many programs
/// fit in one script), global declarations, functions and the statements of its <c>begin</c> probe.</summary>
internal sealed class GeneratedProgram(ulong seed, string prefix, string kind = "")
{
    public ulong Seed { get; } = seed;

    /// <summary>"" for ProgramGenerator's programs, "i" for InjectionProgramGenerator's (their SPEC is "i" + seed).</summary>
    public string Kind { get; } = kind;

    public string Prefix { get; } = prefix;

    public List<string> Globals { get; } = [];

    public List<GeneratedFunction> Functions { get; } = [];

    public List<Stmt> Body { get; } = [];

    /// <summary>Every statement, pre-order (functions first, then the body).</summary>
    public IEnumerable<Stmt> AllStatements()
    {
        foreach (GeneratedFunction f in Functions)
            foreach (Stmt s in Walk(f.Body))
                yield return s;
        foreach (Stmt s in Walk(Body))
            yield return s;
    }

    private static IEnumerable<Stmt> Walk(List<Stmt> list)
    {
        foreach (Stmt s in list)
        {
            yield return s;
            if (s.Body is not null)
                foreach (Stmt c in Walk(s.Body))
                    yield return c;
            if (s.Else is not null)
                foreach (Stmt c in Walk(s.Else))
                    yield return c;
        }
    }
}

/// <summary>A generated function: its header (<c>function p1_f0:long (x:long)</c>) and body.</summary>
internal sealed record GeneratedFunction(string Header, List<Stmt> Body);
