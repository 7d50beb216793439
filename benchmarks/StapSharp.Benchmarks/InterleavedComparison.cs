using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// <c>--ab DIR_A DIR_B [pairs]</c>: compares two builds of StapSharp.Syntax.dll (each directory holds one) in one
    /// process. Each build is loaded into its own <see cref="AssemblyLoadContext"/>, and corpus passes alternate
    /// A B, B A, ... so that both see the same phase of the machine: this virtual machine runs for seconds at a time
    /// at half speed, which makes separate runs useless for differences under 10%. Prints the median of the
    /// per-pair time ratios and how many pairs B won. eng/bench-ab.sh builds two commits and calls this.
    /// </summary>
    internal static class InterleavedComparison
    {
        public const string Option = "--ab";

        private const int WarmUpPairs = 15;

        public static int Run(string[] args)
        {
            if (args.Length < 3 || !Directory.Exists(args[1]) || !Directory.Exists(args[2]))
            {
                Console.Error.WriteLine("usage: --ab DIR_A DIR_B [pairs]   (each directory holds a StapSharp.Syntax.dll)");
                return 2;
            }
            int pairs = args.Length > 3 && int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 40;
            TapsetCorpus corpus = TapsetCorpus.Installed;
            if (corpus.Files.Count == 0)
            {
                Console.Error.WriteLine($"No tapset files under {corpus.RootDirectory}; set STAPSHARP_TAPSET_DIR.");
                return 2;
            }

            var a = LoadParser(args[1]);
            var b = LoadParser(args[2]);
            for (int i = 0; i < WarmUpPairs; i++)
            {
                Pass(a, corpus);
                Pass(b, corpus);
            }

            var timesA = new List<double>();
            var timesB = new List<double>();
            var ratios = new List<double>();
            for (int i = 0; i < pairs; i++)
            {
                // Alternate the order too, so that neither build always runs right after the other's garbage.
                double ta, tb;
                if (i % 2 == 0)
                {
                    ta = Pass(a, corpus);
                    tb = Pass(b, corpus);
                }
                else
                {
                    tb = Pass(b, corpus);
                    ta = Pass(a, corpus);
                }
                timesA.Add(ta);
                timesB.Add(tb);
                ratios.Add(tb / ta);
            }

            double megabytes = corpus.TotalBytes / 1e6;
            Console.WriteLine(Invariant($"A {args[1]}: median {Median(timesA) * 1000:F1} ms ({megabytes / Median(timesA):F1} MB/s)"));
            Console.WriteLine(Invariant($"B {args[2]}: median {Median(timesB) * 1000:F1} ms ({megabytes / Median(timesB):F1} MB/s)"));
            Console.WriteLine(Invariant($"B/A time: median {Median(ratios):F3}; B faster in {ratios.Count(r => r < 1)} of {pairs} pairs"));
            return 0;
        }

        /// <summary>The <c>ParseText(string, StapParseOptions, string)</c> of the build in <paramref name="directory"/>, for library sources.</summary>
        private static Func<string, string, object> LoadParser(string directory)
        {
            string path = Path.GetFullPath(Path.Combine(directory, "StapSharp.Syntax.dll"));
            var context = new BuildLoadContext(path);
            Assembly syntax = context.LoadFromAssemblyPath(path);
            Type optionsType = syntax.GetType("StapSharp.Syntax.StapParseOptions", throwOnError: true)!;
            Type kindType = syntax.GetType("StapSharp.Syntax.StapSourceKind", throwOnError: true)!;
            object defaults = optionsType.GetProperty("Default")!.GetValue(null)!;
            object options = optionsType.GetMethod("WithKind")!.Invoke(defaults, new[] { Enum.Parse(kindType, "Library") })!;
            MethodInfo parse = syntax.GetType("StapSharp.Syntax.StapSyntaxTree", throwOnError: true)!
                .GetMethod("ParseText", new[] { typeof(string), optionsType, typeof(string) })!;

            // A compiled delegate: reflection's Invoke would add its own cost to every file.
            var text = Expression.Parameter(typeof(string));
            var file = Expression.Parameter(typeof(string));
            var call = Expression.Call(parse, text, Expression.Constant(options, optionsType), file);
            return Expression.Lambda<Func<string, string, object>>(call, text, file).Compile();
        }

        private static double Pass(Func<string, string, object> parse, TapsetCorpus corpus)
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (CorpusFile file in corpus.Files) parse(file.Text, file.Path);
            return stopwatch.Elapsed.TotalSeconds;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        /// <summary>Loads StapSharp.Syntax from one build directory; everything else comes from the default context.</summary>
        private sealed class BuildLoadContext : AssemblyLoadContext
        {
            private readonly string _syntaxPath;

            public BuildLoadContext(string syntaxPath)
                : base(Path.GetDirectoryName(syntaxPath), isCollectible: false)
            {
                _syntaxPath = syntaxPath;
            }

            protected override Assembly? Load(AssemblyName name)
                => name.Name == "StapSharp.Syntax" ? LoadFromAssemblyPath(_syntaxPath) : null;
        }
    }
}
