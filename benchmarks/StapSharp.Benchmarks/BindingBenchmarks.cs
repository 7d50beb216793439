using BenchmarkDotNet.Attributes;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// Binding (pass 2) of a script that uses many tapset functions and a syscall alias: cold (a new
    /// <see cref="TapsetLibrary"/> that scans the tapset directory and parses the files it needs) and warm (a library
    /// kept between compilations, as an IDE or the check command would keep it).
    /// </summary>
    [MemoryDiagnoser]
    public class BindingBenchmarks
    {
        private const string Script = """
            global reads, bytes, started
            probe begin { started = gettimeofday_ms(); printf("%s %d %s\n", execname(), pid(), ctime(gettimeofday_s())) }
            probe syscall.read { reads[execname(), tid()]++; bytes <<< count }
            probe timer.s(5) {
                foreach ([name, t] in reads- limit 10)
                    printf("%-16s %6d %8d %s\n", name, t, reads[name, t], sprint(isinstr(name, "a")))
                printf("%d reads, avg %d bytes, up %d ms, cpu %d, uid %d, %s\n", @count(bytes), @avg(bytes),
                    gettimeofday_ms() - started, cpu(), uid(), substr(str_replace(execname(), "a", "b"), 0, 4))
                delete reads
            }
            probe end { println(strlen(sprintf("%d", ppid()))) }
            """;

        private StapSyntaxTree _tree = null!;
        private StapCompilationOptions _warmOptions = null!;

        /// <summary>Parses the script and warms a library for the warm row.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _tree = StapSyntaxTree.ParseText(Script, path: "bench.stp");
            _warmOptions = StapCompilationOptions.Default.WithTapsetLibrary(TapsetLibrary.Create(new[] { "/usr/share/systemtap/tapset" }));
            StapCompilation.Create(new[] { _tree }, _warmOptions).GetSemanticDiagnostics();
        }

        /// <summary>Binds with a fresh library: scanning all tapset files and parsing the pulled-in ones.</summary>
        [Benchmark]
        public int BindCold()
        {
            var options = StapCompilationOptions.Default.WithTapsetLibrary(TapsetLibrary.Create(new[] { "/usr/share/systemtap/tapset" }));
            return StapCompilation.Create(new[] { _tree }, options).GetSemanticDiagnostics().Length;
        }

        /// <summary>Binds with a library whose index and trees are already cached.</summary>
        [Benchmark(Baseline = true)]
        public int BindWarm() => StapCompilation.Create(new[] { _tree }, _warmOptions).GetSemanticDiagnostics().Length;
    }
}
