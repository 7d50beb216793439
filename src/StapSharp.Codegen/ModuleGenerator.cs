using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Generates the C and Kbuild files of a SystemTap kernel module from IR. Never throws for problems in the
    /// IR (they become STP3xxx diagnostics) and never runs the compiler: building is <see cref="ModuleBuilder"/>'s job.
    /// </summary>
    public static partial class ModuleGenerator
    {
        /// <summary>The longest module name the kernel accepts (MODULE_NAME_LEN - 1).</summary>
        public const int MaxModuleNameLength = 55;

        /// <summary>Generates the module files.</summary>
        /// <param name="module">The lowered script.</param>
        /// <param name="options">The options, or null for <see cref="ModuleGeneratorOptions.Default"/>.</param>
        /// <param name="cancellationToken">Cancels the generation.</param>
        /// <returns>The files (empty on error) and the diagnostics.</returns>
        internal static GeneratedModule Generate(IrModule module, ModuleGeneratorOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (module is null)
                throw new ArgumentNullException(nameof(module));
            options ??= ModuleGeneratorOptions.Default;
            var context = new EmitContext(module, options);
            ValidateOptions(context);
            cancellationToken.ThrowIfCancellationRequested();

            var emitter = new ModuleEmitter(context);
            string source = emitter.EmitSource();
            cancellationToken.ThrowIfCancellationRequested();
            string common = emitter.EmitCommonHeader();

            if (context.Diagnostics.Count > 0)
                return new GeneratedModule(options.ModuleName, ImmutableArray<GeneratedFile>.Empty, context.Diagnostics.ToImmutable());

            string name = options.ModuleName;
            var objects = new[] { name + "_src.o", name + "_aux_0.o", "stap_symbols.o" };
            var files = ImmutableArray.Create(
                new GeneratedFile(name + "_src.c", source),
                new GeneratedFile("stap_common.h", common),
                new GeneratedFile(name + "_aux_0.c", ModuleEmitter.EmitEhFrameTrailer()),
                new GeneratedFile("stap_symbols.c", ModuleEmitter.EmitSymbols()),
                new GeneratedFile("Kbuild", KbuildWriter.Write(name, options.RuntimePath, options.Defines, objects)));
            return new GeneratedModule(name, files, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty);
        }

        /// <summary>True when <paramref name="name"/> can name a kernel module: a C identifier of at most 55 characters.</summary>
        /// <param name="name">The candidate name.</param>
        /// <returns>Whether it is valid.</returns>
        public static bool IsValidModuleName(string name) =>
            name.Length is > 0 and <= MaxModuleNameLength
            && !char.IsDigit(name[0])
            && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

        private static void ValidateOptions(EmitContext context)
        {
            ModuleGeneratorOptions options = context.Options;
            if (!IsValidModuleName(options.ModuleName))
                context.Report(ErrorCode.ERR_InvalidModuleName, null, options.ModuleName);
            if (!KbuildWriter.IsSafeToken(options.RuntimePath) || options.RuntimePath.IndexOf('=') >= 0 || options.RuntimePath.IndexOf(',') >= 0)
                context.Report(ErrorCode.ERR_InvalidPath, null, options.RuntimePath);
            foreach (string define in options.Defines.IsDefault ? ImmutableArray<string>.Empty : options.Defines)
            {
                int equals = define.IndexOf('=');
                string macro = equals < 0 ? define : define.Substring(0, equals);
                string value = equals < 0 ? "" : define.Substring(equals + 1);
                bool validName = macro.Length > 0 && !char.IsDigit(macro[0]) && macro.All(c => char.IsLetterOrDigit(c) && c < 128 || c == '_');
                bool validValue = value.Length == 0 || KbuildWriter.IsSafeToken(value) && value.IndexOf('=') < 0;
                if (!validName || !validValue || equals == define.Length - 1)
                    context.Report(ErrorCode.ERR_InvalidDefine, null, define);
            }
        }
    }
}
