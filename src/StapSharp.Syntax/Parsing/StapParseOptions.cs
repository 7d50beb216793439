using System;
using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Everything the lexer and parser need to know about the target: the kernel, architecture, runtime,
    /// privilege, language level (<c>--compatible</c>), kernel configuration and command-line arguments.
    /// Preprocessor conditionals (<c>%( kernel_v &gt;= "5.0" %? ... %)</c>) are evaluated against these
    /// values. Immutable: the <c>With*</c> methods return changed copies.
    /// </summary>
    public sealed class StapParseOptions : IEquatable<StapParseOptions>
    {
        /// <summary>
        /// The kernel release of <see cref="Default"/>: Debian 12's kernel version, with no ABI suffix (Debian moves its
        /// ABI with every update). Real targets come from <see cref="KernelTarget"/>.
        /// </summary>
        public const string DefaultKernelRelease = "6.1.0";

        private readonly IReadOnlyDictionary<string, string>? _kernelConfig;

        private StapParseOptions(
            string kernelRelease, string architecture, string runtime, string privilege, bool guruMode,
            Version languageVersion, IReadOnlyDictionary<string, string>? kernelConfig,
            IReadOnlyList<string>? arguments, StapSourceKind kind, MacroLibrary? libraryMacros)
        {
            KernelRelease = kernelRelease;
            Architecture = architecture;
            Runtime = runtime;
            Privilege = privilege;
            GuruMode = guruMode;
            LanguageVersion = languageVersion;
            _kernelConfig = kernelConfig;
            Arguments = arguments;
            Kind = kind;
            LibraryMacros = libraryMacros;
        }

        /// <summary>
        /// Pure defaults that read nothing from the machine: kernel <see cref="DefaultKernelRelease"/> on <c>x86_64</c>,
        /// the <c>kernel</c> runtime, <c>stapdev</c> privilege, no guru mode, language level 4.8, an empty kernel
        /// configuration, no command-line arguments supplied, a user script. A parse with these options gives the
        /// same tree on every machine; use <see cref="WithKernelTarget"/> for the conditionals of a real kernel.
        /// </summary>
        public static StapParseOptions Default { get; } = new(
            DefaultKernelRelease, "x86_64", "kernel", "stapdev", guruMode: false, new Version(4, 8),
            kernelConfig: null, arguments: null, StapSourceKind.Script, libraryMacros: null);

        /// <summary>The full kernel release (<c>kernel_vr</c>), as <c>uname -r</c> prints it.</summary>
        public string KernelRelease { get; }

        /// <summary>The kernel release without its suffix (<c>kernel_v</c>): the text before the first <c>-</c>.</summary>
        public string KernelVersion
        {
            get
            {
                int dash = KernelRelease.IndexOf('-');
                return dash < 0 ? KernelRelease : KernelRelease.Substring(0, dash);
            }
        }

        /// <summary>The kernel architecture name matched by <c>arch</c>, e.g. <c>x86_64</c>.</summary>
        public string Architecture { get; }

        /// <summary>The runtime matched by <c>runtime</c>: <c>kernel</c>, <c>dyninst</c> or <c>bpf</c>.</summary>
        public string Runtime { get; }

        /// <summary>The privilege level matched by <c>systemtap_privilege</c>: <c>stapusr</c>, <c>stapsys</c> or <c>stapdev</c>.</summary>
        public string Privilege { get; }

        /// <summary>Whether guru mode (<c>-g</c>) is on: privileged constructs are allowed in scripts.</summary>
        public bool GuruMode { get; }

        /// <summary>The language level (<c>--compatible</c>, <c>systemtap_v</c>); it also decides which keywords exist.</summary>
        public Version LanguageVersion { get; }

        /// <summary>
        /// The kernel configuration (<c>CONFIG_SMP</c> to <c>y</c>): empty unless set with <see cref="WithKernelConfig"/>
        /// or <see cref="WithKernelTarget"/>. Never read from the machine behind the caller's back.
        /// </summary>
        public IReadOnlyDictionary<string, string> KernelConfig => _kernelConfig ?? KernelConfiguration.Empty;

        /// <summary>
        /// The command-line arguments (<c>$1</c>, <c>@1</c>, <c>$#</c>), or null when they are not supplied: then
        /// argument references are kept without error. When supplied, references beyond the count are errors.
        /// </summary>
        public IReadOnlyList<string>? Arguments { get; }

        /// <summary>Whether the source is a user script or a library (tapset) file.</summary>
        public StapSourceKind Kind { get; }

        /// <summary>
        /// The library macros (from the tapset <c>.stpm</c> files) that preprocessor conditions may use, or null when
        /// none are supplied: a condition using a macro that is neither in the file nor here then gets a warning
        /// and evaluates as false.
        /// </summary>
        public MacroLibrary? LibraryMacros { get; }

        /// <summary>True when privileged constructs (embedded C, <c>@const</c>, ...) are allowed: library files and guru mode.</summary>
        public bool IsPrivileged => GuruMode || Kind == StapSourceKind.Library;

        /// <summary>Returns options with another kernel release (the kernel configuration is unchanged).</summary>
        /// <param name="kernelRelease">The full release, as <c>uname -r</c> prints it.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithKernelRelease(string kernelRelease) =>
            new(kernelRelease ?? throw new ArgumentNullException(nameof(kernelRelease)), Architecture, Runtime, Privilege,
                GuruMode, LanguageVersion, _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options for a target kernel: its release, architecture and <c>.config</c>.</summary>
        /// <param name="target">The target, e.g. from <see cref="KernelTarget.Detect()"/>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithKernelTarget(KernelTarget target)
        {
            if (target is null) throw new ArgumentNullException(nameof(target));
            return new(target.Release, target.Architecture, Runtime, Privilege, GuruMode, LanguageVersion, target.Config,
                Arguments, Kind, LibraryMacros);
        }

        /// <summary>Returns options with another architecture.</summary>
        /// <param name="architecture">The kernel architecture name, e.g. <c>arm64</c>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithArchitecture(string architecture) =>
            new(KernelRelease, architecture ?? throw new ArgumentNullException(nameof(architecture)), Runtime, Privilege,
                GuruMode, LanguageVersion, _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with another runtime.</summary>
        /// <param name="runtime"><c>kernel</c>, <c>dyninst</c> or <c>bpf</c>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithRuntime(string runtime) =>
            new(KernelRelease, Architecture, runtime ?? throw new ArgumentNullException(nameof(runtime)), Privilege,
                GuruMode, LanguageVersion, _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with another privilege level.</summary>
        /// <param name="privilege"><c>stapusr</c>, <c>stapsys</c> or <c>stapdev</c>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithPrivilege(string privilege) =>
            new(KernelRelease, Architecture, Runtime, privilege ?? throw new ArgumentNullException(nameof(privilege)),
                GuruMode, LanguageVersion, _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with guru mode switched on or off.</summary>
        /// <param name="guruMode">Whether <c>-g</c> is in effect.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithGuruMode(bool guruMode) =>
            new(KernelRelease, Architecture, Runtime, Privilege, guruMode, LanguageVersion, _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with another language level (<c>--compatible</c>).</summary>
        /// <param name="languageVersion">The level, e.g. <c>3.0</c>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithLanguageVersion(Version languageVersion) =>
            new(KernelRelease, Architecture, Runtime, Privilege, GuruMode,
                languageVersion ?? throw new ArgumentNullException(nameof(languageVersion)), _kernelConfig, Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with an explicit kernel configuration.</summary>
        /// <param name="kernelConfig">The options by name; see <see cref="KernelConfiguration"/> to read a <c>.config</c> file.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithKernelConfig(IReadOnlyDictionary<string, string> kernelConfig) =>
            new(KernelRelease, Architecture, Runtime, Privilege, GuruMode, LanguageVersion,
                kernelConfig ?? throw new ArgumentNullException(nameof(kernelConfig)), Arguments, Kind, LibraryMacros);

        /// <summary>Returns options with command-line arguments supplied, or with none supplied (null).</summary>
        /// <param name="arguments">The arguments after the script name, or null.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithArguments(IReadOnlyList<string>? arguments)
        {
            string[]? copy = null;
            if (arguments != null)
            {
                copy = new string[arguments.Count];
                for (int i = 0; i < copy.Length; i++)
                    copy[i] = arguments[i] ?? throw new ArgumentException("An argument is null.", nameof(arguments));
            }
            return new(KernelRelease, Architecture, Runtime, Privilege, GuruMode, LanguageVersion, _kernelConfig, copy, Kind, LibraryMacros);
        }

        /// <summary>Returns options for another kind of source file.</summary>
        /// <param name="kind">A user script or a library file.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithKind(StapSourceKind kind) =>
            new(KernelRelease, Architecture, Runtime, Privilege, GuruMode, LanguageVersion, _kernelConfig, Arguments, kind, LibraryMacros);

        /// <summary>Returns options with library macros for preprocessor conditions, or none (null).</summary>
        /// <param name="libraryMacros">The library, e.g. from <see cref="MacroLibrary.LoadTapsetDirectory"/>.</param>
        /// <returns>The changed options.</returns>
        public StapParseOptions WithLibraryMacros(MacroLibrary? libraryMacros) =>
            new(KernelRelease, Architecture, Runtime, Privilege, GuruMode, LanguageVersion, _kernelConfig, Arguments, Kind, libraryMacros);

        /// <inheritdoc/>
        public bool Equals(StapParseOptions? other)
        {
            if (other is null) return false;
            if (ReferenceEquals(this, other)) return true;
            return KernelRelease == other.KernelRelease && Architecture == other.Architecture && Runtime == other.Runtime
                && Privilege == other.Privilege && GuruMode == other.GuruMode && LanguageVersion.Equals(other.LanguageVersion)
                && ReferenceEquals(_kernelConfig, other._kernelConfig) && Kind == other.Kind
                && ReferenceEquals(LibraryMacros, other.LibraryMacros)
                && SameArguments(Arguments, other.Arguments);
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as StapParseOptions);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = KernelRelease.GetHashCode();
                hash = hash * 31 + Architecture.GetHashCode();
                hash = hash * 31 + Runtime.GetHashCode();
                hash = hash * 31 + Privilege.GetHashCode();
                hash = hash * 31 + (GuruMode ? 1 : 0);
                hash = hash * 31 + LanguageVersion.GetHashCode();
                hash = hash * 31 + (int)Kind;
                hash = hash * 31 + (Arguments?.Count ?? -1);
                return hash;
            }
        }

        private static bool SameArguments(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
        {
            if (a is null || b is null) return a is null && b is null;
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
            return true;
        }
    }
}
