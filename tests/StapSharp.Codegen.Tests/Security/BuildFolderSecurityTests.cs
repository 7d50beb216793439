using System;
using System.IO;
using System.Runtime.Versioning;
using System.Linq;
using System.Threading.Tasks;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// The build folder is where make runs as root and the .ko is read back from: another local user must not be
    /// able to plant it, redirect its files through symbolic links, or change it. Each test stages the attack.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public sealed class BuildFolderSecurityTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "stapsharp-buildsec-" + Guid.NewGuid().ToString("N"));
        private readonly FakeKernelTree _tree = new();

        public BuildFolderSecurityTests()
        {
            Directory.CreateDirectory(_root);
        }

        public void Dispose()
        {
            _tree.Dispose();
            Directory.Delete(_root, recursive: true);
        }

        private static GeneratedModule Hello() => ModuleGenerator.Generate(SampleModules.Hello(), SampleModules.OptionsFor("hello"));

        [OtherUserFact]
        public async Task AFolderPlantedByAnotherUserIsRefusedAndNothingIsWrittenThroughItsLinks()
        {
            GeneratedModule module = Hello();
            string victim = OtherUser.CreateVictim(_root, "root's data\n");
            string planted = Path.Combine(_root, "planted");
            File.SetUnixFileMode(_root, (UnixFileMode)Convert.ToInt32("1777", 8));
            string links = string.Join(" && ", module.Files.Select(f => "ln -s " + victim + " " + planted + "/" + f.RelativePath));
            OtherUser.Run("mkdir " + planted + " && " + links);

            ModuleBuildResult result = await _tree.Builder().BuildAsync(module, planted);

            Assert.False(result.Success);
            Assert.Equal("STP3016", Assert.Single(result.Diagnostics).Id);
            Assert.Contains("owned by uid " + OtherUser.Uid, result.Diagnostics[0].GetMessage());
            Assert.Equal("root's data\n", File.ReadAllText(victim));
            Assert.Equal(-1, result.ExitCode);
        }

        [OtherUserFact]
        public async Task AnEmptyFolderOfAnotherUserIsRefused()
        {
            string planted = Path.Combine(_root, "empty");
            File.SetUnixFileMode(_root, (UnixFileMode)Convert.ToInt32("1777", 8));
            OtherUser.Run("mkdir -m 0755 " + planted);

            var diagnostics = (await _tree.Builder().BuildAsync(Hello(), planted)).Diagnostics;

            Assert.Equal("STP3016", Assert.Single(diagnostics).Id);
            Assert.Empty(Directory.GetFileSystemEntries(planted));
        }

        [OtherUserFact]
        public async Task AGroupOrWorldWritableFolderIsRefused()
        {
            string shared = Path.Combine(_root, "shared");
            Directory.CreateDirectory(shared);
            File.SetUnixFileMode(shared, (UnixFileMode)Convert.ToInt32("777", 8));

            var diagnostics = (await _tree.Builder().BuildAsync(Hello(), shared)).Diagnostics;

            Assert.Equal("STP3016", Assert.Single(diagnostics).Id);
            Assert.Contains("writable by group or others", diagnostics[0].GetMessage());
            Assert.Empty(Directory.GetFileSystemEntries(shared));
        }

        [OtherUserFact]
        public async Task AFolderThatIsALinkIsRefused()
        {
            string real = Path.Combine(_root, "real");
            Directory.CreateDirectory(real);
            string link = Path.Combine(_root, "link");
            Directory.CreateSymbolicLink(link, real);

            var diagnostics = (await _tree.Builder().BuildAsync(Hello(), link)).Diagnostics;

            Assert.Equal("STP3016", Assert.Single(diagnostics).Id);
            Assert.Contains("symbolic link", diagnostics[0].GetMessage());
            Assert.Empty(Directory.GetFileSystemEntries(real));
        }

        [OtherUserFact]
        public async Task LinksLeftInOwnFolderAreReplacedNotWrittenThrough()
        {
            GeneratedModule module = Hello();
            string victim = OtherUser.CreateVictim(_root, "root's data\n");
            string own = Path.Combine(_root, "own");
            Directory.CreateDirectory(own);
            foreach (GeneratedFile file in module.Files)
                File.CreateSymbolicLink(Path.Combine(own, file.RelativePath), victim);
            File.CreateSymbolicLink(Path.Combine(own, "stapconf_export.h"), victim);
            File.CreateSymbolicLink(Path.Combine(own, "stapconf.h"), victim);

            ModuleBuildResult result = await _tree.Builder().BuildAsync(module, own);

            Assert.True(result.Success, string.Join("\n", result.Diagnostics) + "\n" + result.Output);
            Assert.Equal("root's data\n", File.ReadAllText(victim));
            foreach (GeneratedFile file in module.Files)
            {
                var info = new FileInfo(Path.Combine(own, file.RelativePath));
                Assert.Null(info.LinkTarget);
                Assert.Equal(file.Text, File.ReadAllText(info.FullName));
            }
            Assert.Null(new FileInfo(Path.Combine(own, "stapconf_export.h")).LinkTarget);
            Assert.False(File.Exists(Path.Combine(own, "stapconf.h")), "the stale stapconf.h link must be gone");
        }

        [OtherUserFact]
        public async Task ANewFolderIsPrivate()
        {
            string fresh = Path.Combine(_root, "fresh", "module");

            Assert.True((await _tree.Builder().BuildAsync(Hello(), fresh)).Success);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(fresh));
        }

        [OtherUserFact]
        public async Task AModuleThatMakeLeftAsALinkIsNotReturned()
        {
            // Whatever kbuild leaves, the path handed to the loader must be a regular file of ours.
            using var tree = new FakeKernelTree("\tln -s /etc/passwd $(M)/$(NAME).ko\n");
            ModuleBuildResult result = await tree.Builder().BuildAsync(Hello(), Path.Combine(_root, "linked"));

            Assert.Equal(0, result.ExitCode);
            Assert.False(result.Success);
            Assert.Null(result.ModulePath);
        }
    }
}
