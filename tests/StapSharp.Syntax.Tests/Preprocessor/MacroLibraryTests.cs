using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Syntax;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    public class MacroLibraryTests
    {
        private const string TapsetDirectory = "/usr/share/systemtap/tapset";

        private static MacroLibrary FromText(params string[] texts) =>
            MacroLibrary.FromSources(texts.Select((t, i) => new KeyValuePair<string, string>("f" + i + ".stpm", t)),
                PreprocessorTestHelpers.Options);

        [Fact]
        public void CollectsNamesParametersAndBodies()
        {
            var library = FromText("// comment\n@define two(a, b) %( (@a + @b) %)\n@define none %( %( 1 == 1 %? 1 %: 2 %) %)\n");
            Assert.Equal(new[] { "none", "two" }, library.Names);
            Assert.Equal(new[] { "a", "b" }, library.GetParameters("two"));
            Assert.Empty(library.GetParameters("none")!);
            Assert.Null(library.GetParameters("three"));
            Assert.Equal("(@a + @b) ", library.GetBodyText("two"));
            Assert.Equal("%( 1 == 1 %? 1 %: 2 %) ", library.GetBodyText("none"));
            Assert.Equal("f0.stpm", library.GetFilePath("two"));
            Assert.True(library.Contains("none"));
            Assert.Empty(library.Duplicates);
        }

        [Fact]
        public void OnlyActiveBranchDefinitionsCount()
        {
            var library = FromText("%( arch == \"x86_64\" %? @define bits %( 64 %) %: @define bits %( 32 %) @define other %( 1 %) %)");
            Assert.Equal(new[] { "bits" }, library.Names);
            Assert.Equal("64 ", library.GetBodyText("bits"));
        }

        [Fact]
        public void DuplicatesAcrossFilesAreReported()
        {
            var library = FromText("@define m %( 1 %)", "@define m %( 2 %)\n@define n %( 3 %)");
            var duplicate = Assert.Single(library.Duplicates);
            Assert.Equal("m", duplicate.Name);
            Assert.Equal("f0.stpm", duplicate.FirstFilePath);
            Assert.Equal("f1.stpm", duplicate.DuplicateFilePath);
            Assert.Equal("1 ", library.GetBodyText("m"));
            Assert.Equal(2, library.Names.Count);
        }

        [RequiresFact(Needs.Tapsets)]
        public void EveryInstalledStpmFileLoads()
        {
            Prerequisites.Require(Needs.Tapsets);
            var files = Directory.GetFiles(TapsetDirectory, "*.stpm", SearchOption.AllDirectories);
            Assert.Equal(21, files.Length);
            foreach (var file in files)
            {
                string runtime = file.Contains("/dyninst/") ? "dyninst" : file.Contains("/bpf/") ? "bpf" : "kernel";
                var library = MacroLibrary.LoadFiles(new[] { file }, StapParseOptions.Default.WithRuntime(runtime));
                Assert.True(library.Names.Count > 0, file + " defines nothing");
                Assert.Empty(library.Duplicates);
            }
        }

        [RequiresFact(Needs.Tapsets)]
        public void KernelTapsetLibrary()
        {
            Prerequisites.Require(Needs.Tapsets);
            var library = MacroLibrary.LoadTapsetDirectory(TapsetDirectory);
            Assert.Equal(18, library.Files.Count);
            Assert.Empty(library.Duplicates);
            Assert.Equal(new[] { "value_if_defined", "alternate" }, library.GetParameters("choose_defined"));
            Assert.Equal(3, library.GetParameters("container_of")!.Count);
            Assert.Empty(library.GetParameters("this1")!);
            foreach (var name in new[] { "errno", "offsetof", "type_defined", "type_member_defined", "this8", "_IS_SREG_KERNEL", "arch_syscall_prefix" })
                Assert.True(library.Contains(name), name);
            Assert.Contains("kernel_vr >= \"4.17.0\"", library.GetBodyText("_IS_SREG_KERNEL"));
        }

        [RequiresFact(Needs.Tapsets)]
        public void EveryRuntimeLibraryIsFreeOfDuplicates()
        {
            Prerequisites.Require(Needs.Tapsets);
            foreach (var runtime in new[] { "kernel", "dyninst", "bpf" })
                Assert.Empty(MacroLibrary.LoadTapsetDirectory(TapsetDirectory, StapParseOptions.Default.WithRuntime(runtime)).Duplicates);
        }

        [Fact]
        public void MissingDirectoryGivesAnEmptyLibrary()
        {
            var library = MacroLibrary.LoadTapsetDirectory("/nonexistent/tapset");
            Assert.Empty(library.Names);
            Assert.Empty(library.Files);
        }
    }
}
