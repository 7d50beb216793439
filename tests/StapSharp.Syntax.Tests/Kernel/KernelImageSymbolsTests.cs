using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace StapSharp.Semantics.Tests
{
    /// <summary>The symbol table of the real target kernel, read from its image without System.map or debuginfo.</summary>
    public class KernelImageSymbolsTests
    {
        private readonly ITestOutputHelper _output;

        public KernelImageSymbolsTests(ITestOutputHelper output) => _output = output;

        [KernelImageFact]
        public void The_image_gives_the_kernel_functions_and_a_blacklist_and_the_cache_gives_them_back()
        {
            var (target, image) = KernelImage.Require();
            string cache = Path.Combine(Path.GetTempPath(), "stapsharp-kernsym-" + Guid.NewGuid().ToString("N"));
            try
            {
                var clock = Stopwatch.StartNew();
                // No System.map (the packaged one is a stub): the image decides.
                KernelSymbolTable cold = KernelSymbolTableLoader.Load(target, cache, new[] { image }, Array.Empty<string>());
                TimeSpan coldTime = clock.Elapsed;
                clock.Restart();
                KernelSymbolTable warm = KernelSymbolTableLoader.Load(target, cache, new[] { image }, Array.Empty<string>());
                TimeSpan warmTime = clock.Elapsed;
                _output.WriteLine(cold.ToString());
                _output.WriteLine($"cold {coldTime.TotalMilliseconds:F0} ms, warm {warmTime.TotalMilliseconds:F0} ms");
                foreach (string note in cold.Notes) _output.WriteLine("note: " + note);

                Assert.Equal(KernelSymbolSource.KernelImage, cold.Source);
                Assert.Equal(KernelSymbolSource.KernelImage, warm.Source);
                Assert.Contains("cached in", warm.Origin);
                Assert.Equal(cold.Symbols.Length, warm.Symbols.Length);
                for (int i = 0; i < cold.Symbols.Length; i++) Assert.Equal(cold.Symbols[i].ToString(), warm.Symbols[i].ToString());
                Assert.Equal(cold.Blacklist!.OrderBy(n => n), warm.Blacklist!.OrderBy(n => n));

                // A distribution kernel with KALLSYMS_ALL has tens of thousands of symbols in vmlinux.
                Assert.InRange(cold.Symbols.Length, 30_000, 2_000_000);
                Assert.Equal(KprobeSite.Probeable, cold.ClassifyKprobe("vfs_read"));
                Assert.Equal(KprobeSite.Probeable, cold.ClassifyKprobe("__x64_sys_openat"));
                Assert.Equal(KprobeSite.NoSuchFunction, cold.ClassifyKprobe("no_such_function_in_any_kernel"));
                Assert.Contains("vfs_write", cold.MatchFunctions("vfs_*"));
                // The address order kallsyms keeps, and _text at the start of the kernel's text.
                var text = cold.Symbols.Single(s => s.Name == "_text");
                Assert.Equal(0xffffffff81000000UL, text.Address & 0xffffffffff000000UL);
                Assert.True(cold.FunctionsNamed("vfs_read").Single().Address > text.Address);

                // NOKPROBE_SYMBOL(notify_die) in kernel/notifier.c and the int3 handler of kprobes itself.
                Assert.Equal(KprobeSite.Blacklisted, cold.ClassifyKprobe("notify_die"));
                Assert.Equal(KprobeSite.Blacklisted, cold.ClassifyKprobe("kprobe_int3_handler"));
                Assert.InRange(cold.Blacklist!.Count, 100, 20_000);
            }
            finally
            {
                if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            }
        }
    }
}
