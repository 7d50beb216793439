using System;
using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Fuzzing
{
    /// <summary>One input that broke a target's invariants.</summary>
    internal sealed record FuzzFailure(byte[] Input, Exception Exception);

    /// <summary>What a smoke run did.</summary>
    internal sealed record SmokeResult(string Target, int Executions, IReadOnlyList<FuzzFailure> Failures)
    {
        public bool Passed => Failures.Count == 0;
    }

    /// <summary>
    /// The in-process smoke run: every seed, then <c>iterations</c> deterministic mutations of them through the target.
    /// No coverage feedback (that is eng/fuzz.sh's AFL campaign); it catches regressions on inputs near the seeds.
    /// </summary>
    internal static class SmokeRunner
    {
        private const int MaxFailures = 5;

        public static SmokeResult Run(FuzzTarget target, int iterations, ulong seed)
        {
            List<byte[]> seeds = target.CreateSeeds().ToList();
            var failures = new List<FuzzFailure>();
            int executions = 0;
            IReadOnlyList<string> tokens = target.TakesScripts ? StapDictionary.Tokens : Array.Empty<string>();
            var mutator = new Mutator(seeds, tokens, seed);
            IEnumerable<byte[]> inputs = seeds.Concat(Enumerable.Range(0, iterations).Select(_ => mutator.Next()));
            foreach (byte[] input in inputs)
            {
                executions++;
                try
                {
                    target.Execute(input);
                }
                catch (Exception e)
                {
                    failures.Add(new FuzzFailure(input, e));
                    if (failures.Count >= MaxFailures)
                        break;
                }
            }

            return new SmokeResult(target.Name, executions, failures);
        }
    }
}
