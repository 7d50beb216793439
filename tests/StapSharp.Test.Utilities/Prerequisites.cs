using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Testing
{
    /// <summary>
    /// Whether this machine has the real peers a test needs. A test that lacks one is skipped with the reason, except
    /// when <see cref="IsRequired"/> (CI sets STAPSHARP_VM_REQUIRED=1): then it runs and <see cref="Require"/> fails it,
    /// so a broken CI machine can never pass by skipping.
    /// </summary>
    public static class Prerequisites
    {
        public const string TapsetDirectory = "/usr/share/systemtap/tapset";
        public const string ExamplesDirectory = "/usr/share/systemtap/examples";
        public const string RuntimeDirectory = "/usr/share/systemtap/runtime";

        private static readonly Lazy<string?> s_stap = new(() => FindOnPath("stap"));
        private static readonly Lazy<(KernelTarget? Target, string? Problem)> s_kernel = new(() =>
            KernelTarget.TryDetect(null, out KernelTarget? target, out string? problem) ? (target, null) : (null, problem));

        /// <summary>STAPSHARP_VM_REQUIRED=1 (CI): a missing prerequisite fails the test instead of skipping it.</summary>
        public static bool IsRequired => Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") == "1";

        /// <summary>The stap executable, or null.</summary>
        public static string? Stap => s_stap.Value;

        /// <summary>The target kernel found as the CLI finds it (running kernel's tree, else the newest installed), or null.</summary>
        public static KernelTarget? Kernel => s_kernel.Value.Target;

        /// <summary>The target kernel; fails the test when there is none.</summary>
        public static KernelTarget RequireKernel()
        {
            Require(Needs.KernelBuildTree);
            return Kernel!;
        }

        /// <summary>Why <paramref name="needs"/> are not all met here, or null when they are.</summary>
        public static string? MissingReason(Needs needs)
        {
            var reasons = new List<string>();
            if (needs.HasFlag(Needs.Stap) && Stap is null)
                reasons.Add("stap is not installed (apt-get install systemtap; eng/install-deps.sh)");
            if (needs.HasFlag(Needs.KernelBuildTree) && Kernel is null)
                reasons.Add(s_kernel.Value.Problem!);
            if (needs.HasFlag(Needs.ModuleBuild))
            {
                if (!File.Exists(Path.Combine(RuntimeDirectory, "runtime.h")))
                    reasons.Add("SystemTap runtime missing: " + RuntimeDirectory + " (apt-get install systemtap-runtime)");
                if (FindOnPath("make") is null)
                    reasons.Add("make is not installed");
            }
            if (needs.HasFlag(Needs.Tapsets) && !Directory.Exists(TapsetDirectory))
                reasons.Add("tapsets missing: " + TapsetDirectory + " (apt-get install systemtap-common)");
            if (needs.HasFlag(Needs.Examples) && !Directory.Exists(ExamplesDirectory))
                reasons.Add("examples missing: " + ExamplesDirectory + " (apt-get install systemtap-doc)");
            return reasons.Count == 0 ? null : string.Join("; ", reasons.Distinct());
        }

        /// <summary>The reason to skip a test with <paramref name="needs"/>: null when they are met, or in CI.</summary>
        public static string? SkipReason(Needs needs) => IsRequired ? null : MissingReason(needs);

        /// <summary>Fails the running test with the reason when <paramref name="needs"/> are not met (they were
        /// not skipped because <see cref="IsRequired"/>).</summary>
        public static void Require(Needs needs)
        {
            if (MissingReason(needs) is string reason)
                throw new InvalidOperationException("prerequisite missing (required in CI): " + reason);
        }

        private static string? FindOnPath(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, name))
                .FirstOrDefault(File.Exists);
    }
}
