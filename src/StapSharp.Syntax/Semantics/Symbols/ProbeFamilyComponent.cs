namespace StapSharp.Semantics
{
    /// <summary>One component of a built-in probe family: its name and the argument it takes.</summary>
    /// <param name="Name">The component name (<c>function</c>, <c>ms</c>, <c>return</c>).</param>
    /// <param name="Argument">The kind of literal argument the component takes.</param>
    public readonly record struct ProbeFamilyComponent(string Name, ProbeArgumentKind Argument);
}
