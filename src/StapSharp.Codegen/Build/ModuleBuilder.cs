using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Builds a <see cref="GeneratedModule"/> into a <c>.ko</c> with the kernel's kbuild, the way stap's pass 4
    /// does: the files are written to a directory, the export part of the stapconf header is derived from
    /// <c>Module.symvers</c>, the rest comes from the <see cref="StapconfCache"/> or the compile probes, then
    /// <c>make -C &lt;build&gt; M=&lt;dir&gt; modules</c> runs in a sanitized environment. Never loads the module.
    /// </summary>
    public sealed partial class ModuleBuilder
    {
        /// <summary>Environment variables that would change what kbuild builds (stap 4.8 unsets the same ones).</summary>
        private static readonly string[] s_unsetVariables =
            { "ARCH", "KBUILD_EXTMOD", "CROSS_COMPILE", "KBUILD_IMAGE", "KCONFIG_CONFIG", "INSTALL_PATH", "LD_LIBRARY_PATH", "MAKEFLAGS", "MFLAGS", "MAKELEVEL" };

        /// <summary>Creates a builder.</summary>
        /// <param name="options">The options, or null for <see cref="ModuleBuildOptions.Default"/>.</param>
        public ModuleBuilder(ModuleBuildOptions? options = null)
        {
            Options = options ?? ModuleBuildOptions.Default;
        }

        /// <summary>The options.</summary>
        public ModuleBuildOptions Options { get; }

        /// <summary>Writes the module into <paramref name="directory"/> and runs kbuild.</summary>
        /// <param name="module">A successfully generated module.</param>
        /// <param name="directory">
        /// The build directory: created with mode 0700 when missing; an existing one must be owned by the current user
        /// and not group/world-writable (else STP3016). Its path may hold only letters, digits and <c>. _ + - /</c>
        /// (else STP3014), since it goes to make as <c>M=</c>. Files in it are replaced, never written through.
        /// </param>
        /// <param name="progress">Receives make's output lines and the builder's own steps.</param>
        /// <param name="cancellationToken">Stops make and its children.</param>
        /// <returns>The result; failures are reported in it, not thrown.</returns>
        public async Task<ModuleBuildResult> BuildAsync(GeneratedModule module, string directory, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
        {
            if (module is null)
                throw new ArgumentNullException(nameof(module));
            if (!module.Success)
                throw new ArgumentException("The module has generation errors; check GeneratedModule.Success first.", nameof(module));
            var stopwatch = Stopwatch.StartNew();
            if (!TryResolveTarget(progress, out string buildTree, out string architecture, out var missing))
                return new ModuleBuildResult(null, -1, string.Empty, ImmutableArray.Create(missing!), false, stopwatch.Elapsed);

            // Everything below ends up on make's command line: refuse what make or the shell would interpret.
            directory = Path.GetFullPath(directory);
            foreach (string path in new[] { directory, Path.GetFullPath(buildTree) })
            {
                if (!KbuildPaths.IsSafePath(path))
                {
                    var invalid = CodegenDiagnostics.Create(ErrorCode.ERR_InvalidPath, null, path);
                    return new ModuleBuildResult(null, -1, string.Empty, ImmutableArray.Create(invalid), false, stopwatch.Elapsed);
                }
            }
            if (!KbuildPaths.IsSafeWord(architecture))
                throw new InvalidOperationException("The kernel architecture must be letters, digits and _: '" + architecture + "'.");

            // make runs here as the caller (often root) and the .ko is read back: the folder must be private.
            var written = WriteFiles(module, directory);
            if (!written.IsEmpty)
                return new ModuleBuildResult(null, -1, string.Empty, written, false, stopwatch.Elapsed);
            TrustedPath.WriteAllText(Path.Combine(directory, KbuildWriter.StapconfExportName), ExportHeader(buildTree));

            string header = Path.Combine(directory, KbuildWriter.StapconfHeaderName);
            TrustedPath.DeleteEntry(header);
            string? key = null;
            bool fromCache = false;
            if (Options.StapconfCache is StapconfCache cache)
            {
                key = StapconfCache.ComputeKey(buildTree, Options.RuntimePath);
                fromCache = cache.TryRestore(key, header);
                progress?.Report(fromCache ? "stapconf: " + cache.PathOf(key) + " (cached)" : "stapconf: running the compile probes");
            }

            var output = new StringBuilder();
            int exitCode;
            try
            {
                exitCode = await RunMakeAsync(buildTree, architecture, directory, output, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                // make itself could not be started (not installed, not executable).
                var failed = CodegenDiagnostics.Create(ErrorCode.ERR_KbuildFailed, null, -1, Options.Make + ": " + e.Message);
                return new ModuleBuildResult(null, -1, string.Empty, ImmutableArray.Create(failed), fromCache, stopwatch.Elapsed);
            }

            if (key is not null && !fromCache && File.Exists(header))
                Options.StapconfCache!.Store(key, header);

            string? modulePath = exitCode == 0 ? TrustedModulePath(directory, module.ModuleName) : null;
            bool built = modulePath is not null;
            var diagnostics = built
                ? ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty
                : MapErrors(module, output.ToString(), exitCode);
            return new ModuleBuildResult(built ? modulePath : null, exitCode, output.ToString(), diagnostics, fromCache, stopwatch.Elapsed);
        }

        /// <summary>
        /// The build tree and architecture of this build: the options' when set, else the kernel
        /// <see cref="KernelTarget.Detect()"/> finds (reported through <paramref name="progress"/>).
        /// </summary>
        private bool TryResolveTarget(IProgress<string>? progress, out string buildTree, out string architecture, out Microsoft.CodeAnalysis.Diagnostic? missing)
        {
            missing = null;
            if (Options.KernelBuildTree is string tree)
            {
                buildTree = tree;
                architecture = Options.Architecture ?? "x86_64";
                if (File.Exists(Path.Combine(buildTree, "Makefile")))
                {
                    if (Options.Architecture is null && TryTargetOf(buildTree) is KernelTarget fromTree)
                        architecture = fromTree.Architecture;
                    return true;
                }
                missing = CodegenDiagnostics.Create(ErrorCode.ERR_KernelBuildTreeNotFound, null, buildTree);
                return false;
            }

            if (KernelTarget.TryDetect(null, out KernelTarget? target, out string? error))
            {
                buildTree = target!.BuildTree;
                architecture = Options.Architecture ?? target.Architecture;
                progress?.Report("target: " + target);
                return true;
            }
            buildTree = architecture = string.Empty;
            missing = CodegenDiagnostics.Create(ErrorCode.ERR_NoKernelTarget, null, error!);
            return false;
        }

        private static KernelTarget? TryTargetOf(string buildTree)
        {
            try
            {
                return KernelTarget.FromBuildTree(buildTree);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>
        /// The export checks of the stapconf header: one define per symbol that Module.symvers lists as exported.
        /// </summary>
        internal static string ExportHeader(string buildTree)
        {
            string symvers = Path.Combine(buildTree, "Module.symvers");
            var exported = new HashSet<string>(StringComparer.Ordinal);
            if (File.Exists(symvers))
            {
                foreach (string line in File.ReadLines(symvers))
                {
                    string[] fields = line.Split('\t');
                    if (fields.Length >= 4 && fields[3].StartsWith("EXPORT_SYMBOL", StringComparison.Ordinal))
                        exported.Add(fields[1]);
                }
            }
            var text = new StringBuilder();
            foreach (var (symbol, macro) in StapconfProbeTable.ExportChecks)
            {
                if (exported.Contains(symbol))
                    text.Append("#define ").Append(macro).Append(" 1\n");
            }
            return text.ToString();
        }

        private async Task<int> RunMakeAsync(string buildTree, string architecture, string directory, StringBuilder output, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo(Options.Make)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
            };
            var arguments = MakeArguments(buildTree, architecture, directory).ToList();
#if NET
            foreach (string argument in arguments)
                start.ArgumentList.Add(argument);
#else
            start.Arguments = string.Join(" ", arguments.Select(QuoteArgument));
#endif
            foreach (string name in s_unsetVariables)
                start.Environment.Remove(name);
            start.Environment["PATH"] = "/usr/bin:/bin:" + (Environment.GetEnvironmentVariable("PATH") ?? string.Empty);
            start.Environment["CCACHE_DISABLE"] = "1";
            start.Environment["LC_ALL"] = "C";

            using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            var exited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var outputClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var errorClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnLine(string? line, TaskCompletionSource<bool> closed)
            {
                if (line is null)
                {
                    closed.TrySetResult(true);
                    return;
                }
                lock (output)
                    output.Append(line).Append('\n');
                progress?.Report(line);
            }
            process.OutputDataReceived += (_, e) => OnLine(e.Data, outputClosed);
            process.ErrorDataReceived += (_, e) => OnLine(e.Data, errorClosed);
            process.Exited += (_, _) => exited.TrySetResult(true);
            progress?.Report(Options.Make + " " + string.Join(" ", arguments));
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using (cancellationToken.Register(() => Kill(process)))
            {
                await Task.WhenAll(exited.Task, outputClosed.Task, errorClosed.Task).ConfigureAwait(false);
            }
            cancellationToken.ThrowIfCancellationRequested();
            process.WaitForExit();
            return process.ExitCode;
        }

        private IEnumerable<string> MakeArguments(string buildTree, string architecture, string directory)
        {
            yield return "-C";
            yield return buildTree;
            yield return "M=" + directory;
            yield return "modules";
            // Without these Debian's config builds with -g (7x bigger modules) and runs pahole for BTF.
            yield return "CONFIG_DEBUG_INFO=";
            yield return "CONFIG_DEBUG_INFO_BTF_MODULES=";
            yield return "ARCH=" + architecture;
            yield return "-j" + Math.Max(1, Options.Jobs).ToString(CultureInfo.InvariantCulture);
            yield return "--no-print-directory";
        }

        /// <summary>Quotes one argument for ProcessStartInfo.Arguments (only needed where ArgumentList is missing).</summary>
        private static string QuoteArgument(string argument) =>
            "\"" + argument.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        private static void Kill(Process process)
        {
            try
            {
#if NET
                process.Kill(entireProcessTree: true);
#else
                process.Kill();
#endif
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }
    }
}
