using System;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Fuzzing.Targets;

namespace StapSharp.Fuzzing
{
    /// <summary>Every fuzzing target, by name.</summary>
    internal static class FuzzTargets
    {
        public static ImmutableArray<FuzzTarget> All { get; } = ImmutableArray.Create<FuzzTarget>(
            new ParserTarget(),
            new BinderTarget(),
            new CodegenTarget(),
            new ControlMessageTarget(),
            new TraceRecordTarget(),
            new PrintfFormatTarget(),
            new ProbePointTarget(),
            new RegexTarget());

        public static FuzzTarget? Find(string name) =>
            All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
    }
}
