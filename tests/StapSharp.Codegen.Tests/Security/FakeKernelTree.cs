using System;
using System.IO;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// A stand-in for a kernel build tree: a Makefile whose <c>modules</c> target prints <c>$(M)</c> (so make expands
    /// the command-line value, as kbuild does) and makes <c>$(M)/NAME.ko</c>. Lets the builder's folder and argument
    /// handling be tested with the real make but without kernel headers.
    /// </summary>
    internal sealed class FakeKernelTree : IDisposable
    {
        public FakeKernelTree(string koRecipe = "\techo module > $(M)/$(NAME).ko\n")
        {
            Directory.CreateDirectory(Root);
            File.WriteAllText(Path.Combine(Root, "Makefile"),
                "NAME := $(basename $(notdir $(wildcard $(M)/*_src.c)))\nNAME := $(NAME:_src=)\nmodules:\n\t@echo building in $(M)\n" + koRecipe);
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "stapsharp-faketree-" + Guid.NewGuid().ToString("N"));

        public ModuleBuilder Builder() => new(ModuleBuildOptions.Default.WithKernelBuildTree(Root).WithStapconfCache(null).WithJobs(1));

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
