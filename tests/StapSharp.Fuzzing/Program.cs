using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SharpFuzz;

namespace StapSharp.Fuzzing
{
    /// <summary>
    /// The fuzzing driver. eng/fuzz.sh runs it under afl-fuzz after instrumenting the StapSharp assemblies with
    /// SharpFuzz; the other modes reproduce findings and run the smoke loop without AFL.
    /// </summary>
    internal static class Program
    {
        // SharpFuzz's coverage map: AFL's default 64 KiB.
        private const int AflMapSize = 1 << 16;

        private const string Usage =
            "usage: StapSharp.Fuzzing --list\n" +
            "       StapSharp.Fuzzing TARGET --afl              (under afl-fuzz; input on stdin)\n" +
            "       StapSharp.Fuzzing TARGET --libfuzzer        (under libfuzzer-dotnet)\n" +
            "       StapSharp.Fuzzing TARGET --seeds DIR        (write the seed corpus)\n" +
            "       StapSharp.Fuzzing --dictionary FILE         (write the AFL dictionary of stap tokens)\n" +
            "       StapSharp.Fuzzing TARGET --run FILE...      (replay inputs, e.g. AFL crashes)\n" +
            "       StapSharp.Fuzzing TARGET --smoke N [SEED]   (N deterministic mutations in-process)";

        public static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--list")
            {
                foreach (FuzzTarget t in FuzzTargets.All)
                    Console.WriteLine($"{t.Name,-11} {t.Description}");
                return 0;
            }

            if (args.Length == 2 && args[0] == "--dictionary")
            {
                StapDictionary.Write(args[1]);
                return 0;
            }

            FuzzTarget? target = args.Length >= 2 ? FuzzTargets.Find(args[0]) : null;
            if (target is null)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            switch (args[1])
            {
                case "--afl":
                    WarmUp(target);
                    Fuzzer.OutOfProcess.Run(stream => target.Execute(ReadAll(stream)));
                    return 0;
                case "--libfuzzer":
                    WarmUp(target);
                    Fuzzer.LibFuzzer.Run(span => target.Execute(span));
                    return 0;
                case "--seeds" when args.Length == 3:
                    return WriteSeeds(target, args[2]);
                case "--run" when args.Length >= 3:
                    return Replay(target, args.Skip(2).ToArray());
                case "--smoke" when args.Length is 3 or 4:
                    return Smoke(target, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
                        args.Length == 4 ? ulong.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        // The script targets load the tapset library on first use; doing it before the fork server starts keeps
        // the first AFL execution from timing out. Instrumented code writes each branch to Trace.SharedMem, which
        // SharpFuzz points at AFL's map only inside Run, so the warm-up gets a scratch map of the same size.
        private static unsafe void WarmUp(FuzzTarget target)
        {
            if (!target.TakesScripts)
                return;
            if (SharpFuzz.Common.Trace.SharedMem == null)
                SharpFuzz.Common.Trace.SharedMem = (byte*)Marshal.AllocHGlobal(AflMapSize);
            ScriptPipeline.WarmUp();
        }

        private static byte[] ReadAll(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static int WriteSeeds(FuzzTarget target, string directory)
        {
            Directory.CreateDirectory(directory);
            int count = 0;
            foreach (byte[] seed in target.CreateSeeds())
                File.WriteAllBytes(Path.Combine(directory, $"seed-{count++:D4}"), seed);
            Console.WriteLine($"{target.Name}: {count} seeds in {directory}");
            return count == 0 ? 1 : 0;
        }

        private static int Replay(FuzzTarget target, string[] files)
        {
            int failed = 0;
            foreach (string file in files)
            {
                try
                {
                    target.Execute(File.ReadAllBytes(file));
                    Console.WriteLine($"ok      {file}");
                }
                catch (Exception e)
                {
                    failed++;
                    Console.WriteLine($"FAILED  {file}\n{e}");
                }
            }

            return failed == 0 ? 0 : 1;
        }

        private static int Smoke(FuzzTarget target, int iterations, ulong seed)
        {
            SmokeResult result = SmokeRunner.Run(target, iterations, seed);
            foreach (FuzzFailure failure in result.Failures)
                Console.WriteLine($"input (base64) {Convert.ToBase64String(failure.Input)}\n{failure.Exception}");
            Console.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {target.Name}: {result.Executions} executions, {result.Failures.Count} failures");
            return result.Passed ? 0 : 1;
        }
    }
}
