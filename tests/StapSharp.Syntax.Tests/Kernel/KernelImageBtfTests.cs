using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace StapSharp.Semantics.Tests
{
    /// <summary>Exact types from the real image's BTF, against the tracepoint catalogue read from the headers.</summary>
    public class KernelImageBtfTests
    {
        private readonly ITestOutputHelper _output;

        public KernelImageBtfTests(ITestOutputHelper output) => _output = output;

        [KernelImageFact]
        public void The_image_BTF_gives_struct_layouts_and_agrees_with_the_headers_prototypes()
        {
            var (target, image) = KernelImage.Require();
            if (!(target.Config.TryGetValue("CONFIG_DEBUG_INFO_BTF", out string? btfOption) && btfOption == "y"))
                throw new Xunit.Sdk.XunitException("the target kernel is built without CONFIG_DEBUG_INFO_BTF; this test needs it");
            byte[] bytes = KernelImageFile.TryLoad(image, out _)!;
            var elf = KernelElfImage.TryRead(bytes)!;
            bool absolutePercpu = target.Config.TryGetValue("CONFIG_KALLSYMS_ABSOLUTE_PERCPU", out string? value) && value == "y";
            var symbols = KallsymsImageReader.TryRead(bytes, absolutePercpu, out _)!;
            var clock = Stopwatch.StartNew();
            KernelBtf? btf = KernelBtf.FromImage(elf, symbols, out string? problem);
            Assert.True(btf != null, problem);
            _output.WriteLine($"{btf!.TypeCount} BTF types read in {clock.ElapsedMilliseconds} ms");

            var task = btf.MembersOf(btf.FindAggregate("struct task_struct")!.Value)!.ToDictionary(m => m.Name);
            Assert.Equal("pid_t", task["pid"].TypeName);
            Assert.Equal("char[16]", task["comm"].TypeName);
            Assert.Equal("struct task_struct *", task["real_parent"].TypeName);
            Assert.Equal(0u, task["pid"].BitOffset % 32);
            var binprm = btf.MembersOf(btf.FindAggregate("struct linux_binprm")!.Value)!.ToDictionary(m => m.Name);
            Assert.Equal("const char *", binprm["filename"].TypeName);

            Assert.Equal(new[] { "struct task_struct *", "pid_t", "struct linux_binprm *" },
                btf.TracepointPrototype("sched_process_exec")!.Select(p => p.TypeName));

            // Every tracepoint of the headers that vmlinux has: the same number of parameters, and the same type
            // wherever the header spells a struct pointer (BTF spells base types as DWARF does: "long unsigned int").
            // The loader keeps the raw BTF per kernel build: a warm load gives the same types without the image.
            string cache = Path.Combine(Path.GetTempPath(), "stapsharp-kernbtf-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                clock.Restart();
                KernelBtf? cold = KernelBtfLoader.Load(target, cache, out string coldOrigin, out problem, new[] { image });
                long coldMs = clock.ElapsedMilliseconds;
                clock.Restart();
                KernelBtf? warm = KernelBtfLoader.Load(target, cache, out string warmOrigin, out problem, new[] { image });
                _output.WriteLine($"loader: cold {coldMs} ms from {coldOrigin}; warm {clock.ElapsedMilliseconds} ms from {warmOrigin}");
                Assert.Equal(image, coldOrigin);
                Assert.Contains("cached in", warmOrigin);
                Assert.Equal(btf.TypeCount, cold!.TypeCount);
                Assert.Equal(btf.TypeCount, warm!.TypeCount);
                Assert.Equal("pid_t", warm.MembersOf(warm.FindAggregate("struct task_struct")!.Value)!.Single(m => m.Name == "pid").TypeName);
            }
            finally
            {
                if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            }

            TracepointCatalog catalog = TracepointCatalog.Load(target);
            int compared = 0;
            var arity = new List<string>();
            var pointers = new List<string>();
            foreach (TracepointDefinition tracepoint in catalog.Tracepoints)
            {
                var exact = btf.TracepointPrototype(tracepoint.Name);
                if (exact == null) continue;
                compared++;
                if (exact.Count != tracepoint.Parameters.Length)
                {
                    arity.Add(tracepoint.Name);
                    continue;
                }
                for (int i = 0; i < exact.Count; i++)
                {
                    string written = tracepoint.Parameters[i].Type;
                    if (written.StartsWith("struct ", System.StringComparison.Ordinal) && written.EndsWith(" *", System.StringComparison.Ordinal)
                        && written.Count(c => c == '*') == 1 && exact[i].TypeName != written)
                        pointers.Add(tracepoint.Name + "#" + i + ": " + written + " vs " + exact[i].TypeName);
                }
            }
            _output.WriteLine($"{compared} of {catalog.Tracepoints.Length} header tracepoints are in vmlinux's BTF; "
                + $"arity differs for {arity.Count}: {string.Join(" ", arity)}; struct pointers differ for {pointers.Count}: {string.Join("; ", pointers)}");
            Assert.InRange(compared, catalog.Tracepoints.Length / 4, catalog.Tracepoints.Length);
            Assert.Empty(arity);
            Assert.Empty(pointers);
        }
    }
}
