using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Fuzzing;

namespace StapSharp.Fuzzing.Tests;

/// <summary>
/// Every fuzzing target runs its seeds and a fixed set of deterministic mutations of them in-process; any invariant
/// violation fails with the input (base64) so that it can be replayed with <c>StapSharp.Fuzzing TARGET --run</c>.
/// </summary>
public sealed class FuzzTargetSmokeTests
{
    // A few thousand executions per target keeps the whole class well under a minute on a loaded CI machine.
    private const int Iterations = 2000;

    public static IEnumerable<object[]> Targets() => FuzzTargets.All.Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_seeds_keep_the_invariants(string name)
    {
        FuzzTarget target = FuzzTargets.Find(name)!;

        SmokeResult result = SmokeRunner.Run(target, Iterations, seed: 1);

        Assert.True(result.Executions > Iterations, $"{name}: only {result.Executions} executions");
        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Failures.Select(f =>
            $"input (base64) {Convert.ToBase64String(f.Input)}{Environment.NewLine}{f.Exception}")));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_seed_is_valid_input(string name)
    {
        FuzzTarget target = FuzzTargets.Find(name)!;
        List<byte[]> seeds = target.CreateSeeds().ToList();

        Assert.NotEmpty(seeds);
        foreach (byte[] seed in seeds)
            target.Execute(seed);
    }

    [Fact]
    public void The_mutator_is_deterministic()
    {
        var seeds = new List<byte[]> { "probe begin { exit() }"u8.ToArray() };
        var first = new Mutator(seeds, StapDictionary.Tokens, 7);
        var second = new Mutator(seeds, StapDictionary.Tokens, 7);

        for (int i = 0; i < 100; i++)
            Assert.Equal(first.Next(), second.Next());
    }

    [Fact]
    public void A_broken_invariant_is_reported_with_its_input()
    {
        SmokeResult result = SmokeRunner.Run(new AlwaysFailingTarget(), 3, seed: 1);

        Assert.False(result.Passed);
        Assert.Equal(new byte[] { 42 }, result.Failures[0].Input);
    }

    private sealed class AlwaysFailingTarget : FuzzTarget
    {
        public override string Name => "always-failing";

        public override string Description => "fails on every input";

        public override void Execute(ReadOnlySpan<byte> data) => throw new FuzzInvariantException("broken");

        public override IEnumerable<byte[]> CreateSeeds() => new[] { new byte[] { 42 } };
    }
}
