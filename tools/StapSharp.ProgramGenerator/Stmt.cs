using System.Collections.Generic;

namespace StapSharp.ProgramGenerator;

/// <summary>
/// One generated statement: a simple one (<see cref="Head"/> only) or a block-like one
/// (<c>Head { Body }</c> and optionally <c>ElseHead { Else }</c>, for if/else and try/catch).
/// Each has a pre-order <see cref="Id"/>, so a minimised program is "seed + the ids dropped"; statements the
/// program needs to stay valid (local declarations, loop counters) are not <see cref="Removable"/>.
/// </summary>
internal sealed class Stmt(int id, string head, bool removable = true)
{
    public int Id { get; } = id;

    public string Head { get; } = head;

    public bool Removable { get; } = removable;

    public List<Stmt>? Body { get; init; }

    public string? ElseHead { get; init; }

    public List<Stmt>? Else { get; init; }
}
