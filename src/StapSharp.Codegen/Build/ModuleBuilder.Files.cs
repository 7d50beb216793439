using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;

namespace StapSharp.Codegen
{
    public sealed partial class ModuleBuilder
    {
        /// <summary>
        /// Writes the generated files into <paramref name="directory"/> without building, as safely as
        /// <see cref="BuildAsync"/> does: the folder is created with mode 0700 or, when it exists, must belong to the
        /// current user and be writable by nobody else; every file is created afresh with <c>O_CREAT|O_EXCL</c>
        /// (an entry already there, even a symbolic link, is unlinked first, never written through).
        /// </summary>
        /// <param name="module">A successfully generated module.</param>
        /// <param name="directory">The folder.</param>
        /// <returns>Empty on success, else the reason (STP3014 for a path kbuild cannot take, STP3016 for an untrusted folder).</returns>
        public static ImmutableArray<Diagnostic> WriteFiles(GeneratedModule module, string directory)
        {
            if (module is null)
                throw new ArgumentNullException(nameof(module));
            directory = Path.GetFullPath(directory);
            if (!KbuildPaths.IsSafePath(directory))
                return ImmutableArray.Create(CodegenDiagnostics.Create(ErrorCode.ERR_InvalidPath, null, directory));
            if (!ModuleGenerator.IsValidModuleName(module.ModuleName) || module.Files.Any(f => !KbuildPaths.IsSafeFileName(f.RelativePath)))
                throw new ArgumentException("The module's name or file names are not plain file names.", nameof(module));
            try
            {
                TrustedPath.EnsureDirectory(directory);
                foreach (GeneratedFile file in module.Files)
                    TrustedPath.WriteAllText(Path.Combine(directory, file.RelativePath), file.Text);
            }
            catch (UnauthorizedAccessException e)
            {
                return ImmutableArray.Create(CodegenDiagnostics.Create(ErrorCode.ERR_UntrustedBuildDirectory, null, directory, e.Message));
            }

            return ImmutableArray<Diagnostic>.Empty;
        }

        /// <summary>The path of the built module, when it is a regular file of ours and not a link; null otherwise.</summary>
        private static string? TrustedModulePath(string directory, string moduleName)
        {
            string path = Path.Combine(directory, moduleName + ".ko");
            return TrustedPath.Problem(path, directory: false, out _) is null ? path : null;
        }
    }
}
