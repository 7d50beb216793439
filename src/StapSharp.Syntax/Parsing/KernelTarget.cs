using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The kernel a script is built for: its release (<c>uname -r</c> form), architecture, kbuild tree and
    /// <c>.config</c>. Discovered once (<see cref="TryDetect(string?, out KernelTarget?, out string?)"/>) and then
    /// passed everywhere: parse options (<see cref="StapParseOptions.WithKernelTarget"/>), the module builder and
    /// the tests. Nothing here hard-codes a release: distributions move their kernel ABI with every update.
    /// </summary>
    public sealed class KernelTarget
    {
        /// <summary>Where installed kernels keep their build trees (<c>/lib/modules/RELEASE/build</c>).</summary>
        public const string DefaultModulesDirectory = "/lib/modules";

        private KernelTarget(string release, string architecture, string buildTree, string? configPath,
            IReadOnlyDictionary<string, string> config, KernelTargetSource source)
        {
            Release = release;
            Architecture = architecture;
            BuildTree = buildTree;
            ConfigPath = configPath;
            Config = config;
            Source = source;
        }

        /// <summary>The full kernel release, as <c>uname -r</c> prints it (stap's <c>kernel_vr</c>).</summary>
        public string Release { get; }

        /// <summary>The kernel architecture (stap's <c>arch</c>, kbuild's <c>ARCH=</c>), e.g. <c>x86_64</c>.</summary>
        public string Architecture { get; }

        /// <summary>The kbuild tree modules are built against (<c>make -C</c>).</summary>
        public string BuildTree { get; }

        /// <summary>The <c>.config</c> file the configuration was read from, or null when the tree has none.</summary>
        public string? ConfigPath { get; }

        /// <summary>The kernel configuration (<c>CONFIG_SMP</c> to <c>y</c>); empty when <see cref="ConfigPath"/> is null.</summary>
        public IReadOnlyDictionary<string, string> Config { get; }

        /// <summary>How this target was chosen.</summary>
        public KernelTargetSource Source { get; }

        /// <summary>
        /// Finds the target kernel as stap would, without being told one: the running kernel when its build tree is
        /// installed, otherwise the newest installed build tree under <see cref="DefaultModulesDirectory"/>.
        /// </summary>
        /// <returns>The target.</returns>
        /// <exception cref="InvalidOperationException">No build tree is installed; the message says what was looked for.</exception>
        public static KernelTarget Detect() => Detect(null);

        /// <summary>
        /// Finds the target kernel: <paramref name="release"/> when given (its build tree must exist), otherwise as
        /// <see cref="Detect()"/>.
        /// </summary>
        /// <param name="release">An explicit release (stap's <c>-r</c>), or null.</param>
        /// <returns>The target.</returns>
        /// <exception cref="InvalidOperationException">No suitable build tree; the message says what was looked for.</exception>
        public static KernelTarget Detect(string? release) =>
            TryDetect(release, out KernelTarget? target, out string? error) ? target! : throw new InvalidOperationException(error);

        /// <summary>
        /// Finds the target kernel without throwing: <paramref name="release"/> when given, else the running kernel when
        /// its build tree is installed, else the newest installed build tree.
        /// </summary>
        /// <param name="release">An explicit release (stap's <c>-r</c>), or null.</param>
        /// <param name="target">The target, or null.</param>
        /// <param name="error">Why none was found: what was looked for and the package to install; null on success.</param>
        /// <returns>Whether a target was found.</returns>
        public static bool TryDetect(string? release, out KernelTarget? target, out string? error) =>
            TryDetect(release, DefaultModulesDirectory, RunningRelease(), out target, out error);

        /// <summary>
        /// The same search in another modules directory and with a given running release (for tools that inspect a
        /// system image, and for tests).
        /// </summary>
        /// <param name="release">An explicit release, or null.</param>
        /// <param name="modulesDirectory">The directory holding <c>RELEASE/build</c> folders.</param>
        /// <param name="runningRelease">The running kernel's release, or null when unknown.</param>
        /// <param name="target">The target, or null.</param>
        /// <param name="error">Why none was found; null on success.</param>
        /// <returns>Whether a target was found.</returns>
        public static bool TryDetect(string? release, string modulesDirectory, string? runningRelease, out KernelTarget? target, out string? error)
        {
            if (modulesDirectory is null) throw new ArgumentNullException(nameof(modulesDirectory));
            target = null;
            error = null;
            if (release != null)
            {
                if (!IsPlainRelease(release))
                {
                    error = $"invalid kernel release '{release}'";
                    return false;
                }
                string tree = Path.Combine(modulesDirectory, release, "build");
                if (HasMakefile(tree))
                {
                    target = Load(release, tree, KernelTargetSource.Explicit);
                    return true;
                }
                error = $"no kernel build tree for release {release}: {tree} does not exist "
                    + $"(install linux-headers-{release}){DescribeInstalled(modulesDirectory)}";
                return false;
            }

            if (runningRelease != null && IsPlainRelease(runningRelease))
            {
                string tree = Path.Combine(modulesDirectory, runningRelease, "build");
                if (HasMakefile(tree))
                {
                    target = Load(runningRelease, tree, KernelTargetSource.RunningKernel);
                    return true;
                }
            }

            string? newest = InstalledReleases(modulesDirectory).LastOrDefault();
            if (newest != null)
            {
                target = Load(newest, Path.Combine(modulesDirectory, newest, "build"), KernelTargetSource.NewestInstalled);
                return true;
            }

            error = "no kernel build tree found: looked for "
                + (runningRelease != null ? Path.Combine(modulesDirectory, runningRelease, "build") + " (the running kernel) and " : string.Empty)
                + Path.Combine(modulesDirectory, "*", "build")
                + " (install the kernel headers, e.g. apt-get install linux-headers-amd64 on Debian, or pass -r RELEASE)";
            return false;
        }

        /// <summary>
        /// A target for a kbuild tree anywhere (for example unpacked headers of another machine's kernel). The release
        /// comes from the tree's <c>include/generated/utsrelease.h</c>, else from a <c>/lib/modules/RELEASE/build</c> path.
        /// </summary>
        /// <param name="buildTree">The kbuild tree (it has a <c>Makefile</c>).</param>
        /// <returns>The target.</returns>
        /// <exception cref="ArgumentException">The folder is not a kbuild tree or its release cannot be told.</exception>
        public static KernelTarget FromBuildTree(string buildTree)
        {
            if (buildTree is null) throw new ArgumentNullException(nameof(buildTree));
            string tree = Path.GetFullPath(buildTree);
            if (!HasMakefile(tree))
                throw new ArgumentException($"'{buildTree}' is not a kernel build tree (no Makefile)", nameof(buildTree));
            string? release = ReadUtsRelease(tree);
            if (release == null && Path.GetFileName(tree.TrimEnd('/')) == "build")
                release = Path.GetFileName(Path.GetDirectoryName(tree.TrimEnd('/')));
            if (release == null || !IsPlainRelease(release))
                throw new ArgumentException($"cannot tell the kernel release of '{buildTree}' (no include/generated/utsrelease.h)", nameof(buildTree));
            return Load(release, tree, KernelTargetSource.BuildTree);
        }

        /// <summary>The releases whose build tree is installed, oldest first: by version, and among flavours of one version the plainest last.</summary>
        /// <param name="modulesDirectory">The directory holding <c>RELEASE/build</c> folders.</param>
        /// <returns>The releases.</returns>
        public static IReadOnlyList<string> InstalledReleases(string modulesDirectory)
        {
            if (modulesDirectory is null) throw new ArgumentNullException(nameof(modulesDirectory));
            if (!Directory.Exists(modulesDirectory)) return Array.Empty<string>();
            return Directory.GetDirectories(modulesDirectory)
                .Select(Path.GetFileName)
                .Where(name => name != null && HasMakefile(Path.Combine(modulesDirectory, name, "build")))
                .Select(name => name!)
                .OrderBy(name => name, ReleaseComparer.Instance)
                .ToArray();
        }

        /// <summary>One line for verbose output: release, architecture, build tree, configuration and why it was chosen.</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            string how = Source switch
            {
                KernelTargetSource.Explicit => "given with -r",
                KernelTargetSource.RunningKernel => "the running kernel",
                KernelTargetSource.NewestInstalled => "the newest installed build tree",
                _ => "given as a build tree",
            };
            string config = ConfigPath != null ? ConfigPath + " (" + Config.Count + " options)" : "none (CONFIG_ conditions read as unset)";
            return $"kernel {Release} ({Architecture}), {how}; build tree {BuildTree}; config {config}";
        }

        private static KernelTarget Load(string release, string buildTree, KernelTargetSource source)
        {
            string configPath = Path.Combine(buildTree, ".config");
            bool hasConfig = File.Exists(configPath);
            IReadOnlyDictionary<string, string> config = hasConfig ? KernelConfiguration.Load(configPath) : KernelConfiguration.Empty;
            return new KernelTarget(release, ArchitectureOf(config), buildTree, hasConfig ? configPath : null, config, source);
        }

        /// <summary>The architecture the configuration was made for (stap's names), else the machine's own.</summary>
        private static string ArchitectureOf(IReadOnlyDictionary<string, string> config)
        {
            bool Set(string name) => config.TryGetValue(name, out string? value) && value == "y";
            if (Set("CONFIG_X86_64")) return "x86_64";
            if (Set("CONFIG_X86")) return "i386";
            if (Set("CONFIG_ARM64")) return "arm64";
            if (Set("CONFIG_ARM")) return "arm";
            if (Set("CONFIG_PPC64")) return "powerpc";
            if (Set("CONFIG_S390")) return "s390";
            if (Set("CONFIG_RISCV")) return "riscv";
            return RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
                System.Runtime.InteropServices.Architecture.Arm => "arm",
                System.Runtime.InteropServices.Architecture.X86 => "i386",
                _ => "x86_64",
            };
        }

        private static string? ReadUtsRelease(string buildTree)
        {
            string path = Path.Combine(buildTree, "include", "generated", "utsrelease.h");
            if (!File.Exists(path)) return null;
            foreach (string line in File.ReadLines(path))
            {
                const string prefix = "#define UTS_RELEASE \"";
                if (line.StartsWith(prefix, StringComparison.Ordinal) && line.EndsWith("\"", StringComparison.Ordinal))
                    return line.Substring(prefix.Length, line.Length - prefix.Length - 1);
            }
            return null;
        }

        private static bool HasMakefile(string buildTree) => File.Exists(Path.Combine(buildTree, "Makefile"));

        /// <summary>A release names one folder: no separators, no parent references, nothing a shell or make would read.</summary>
        private static bool IsPlainRelease(string release) =>
            release.Length > 0 && release != "." && release != ".."
            && release.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_' or '+' or '~');

        private static string DescribeInstalled(string modulesDirectory)
        {
            IReadOnlyList<string> installed = InstalledReleases(modulesDirectory);
            return installed.Count == 0 ? "; no build tree is installed" : "; installed: " + string.Join(", ", installed);
        }

        /// <summary>The running kernel's release (<c>/proc/sys/kernel/osrelease</c>, what <c>uname -r</c> prints), or null.</summary>
        private static string? RunningRelease()
        {
            try
            {
                const string path = "/proc/sys/kernel/osrelease";
                return File.Exists(path) ? File.ReadAllText(path, Encoding.ASCII).Trim() : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// Orders releases by their version (the numeric parts before the flavour: 6.1.0-12 after 6.1.0-9); among
        /// flavours of one version the plainest (shortest: <c>amd64</c> before <c>cloud-amd64</c> and <c>rt-amd64</c>) is
        /// taken as newest, so that detection prefers the general-purpose kernel.
        /// </summary>
        private sealed class ReleaseComparer : IComparer<string>
        {
            public static readonly ReleaseComparer Instance = new();

            public int Compare(string? x, string? y)
            {
                if (x is null || y is null) return string.CompareOrdinal(x, y);
                int byVersion = CompareVersions(VersionPart(x), VersionPart(y));
                if (byVersion != 0) return byVersion;
                int byLength = y.Length.CompareTo(x.Length);
                return byLength != 0 ? byLength : string.CompareOrdinal(y, x);
            }

            /// <summary>The release up to its first letter (the version, without the flavour and architecture).</summary>
            private static string VersionPart(string release)
            {
                int letter = 0;
                while (letter < release.Length && !char.IsLetter(release[letter])) letter++;
                return release.Substring(0, letter);
            }

            private static int CompareVersions(string x, string y)
            {
                int i = 0, j = 0;
                while (i < x.Length && j < y.Length)
                {
                    if (char.IsDigit(x[i]) && char.IsDigit(y[j]))
                    {
                        int si = i, sj = j;
                        while (i < x.Length && char.IsDigit(x[i])) i++;
                        while (j < y.Length && char.IsDigit(y[j])) j++;
                        string a = x.Substring(si, i - si).TrimStart('0'), b = y.Substring(sj, j - sj).TrimStart('0');
                        int byLength = a.Length.CompareTo(b.Length);
                        if (byLength != 0) return byLength;
                        int byDigits = string.CompareOrdinal(a, b);
                        if (byDigits != 0) return byDigits;
                    }
                    else
                    {
                        if (x[i] != y[j]) return x[i].CompareTo(y[j]);
                        i++;
                        j++;
                    }
                }
                int byRest = (x.Length - i).CompareTo(y.Length - j);
                return byRest != 0 ? byRest : string.CompareOrdinal(x, y);
            }
        }
    }
}
