using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using StapSharp.Diagnostics;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Loads <see cref="StapAnalyzer"/> subclasses from assemblies named with <c>--analyzer</c>. Needs reflection and
    /// runtime code loading, so the NativeAOT build refuses it with a clear message instead of failing at run time.
    /// </summary>
    internal static class CheckAnalyzerLoader
    {
        public static ImmutableArray<StapAnalyzer> Load(IReadOnlyList<string> paths, out string? error)
        {
            error = null;
            if (paths.Count == 0) return ImmutableArray<StapAnalyzer>.Empty;
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                error = "stapsharp: error: --analyzer cannot load assemblies in the NativeAOT build of stapsharp; use the dotnet tool (JIT) build";
                return ImmutableArray<StapAnalyzer>.Empty;
            }
            return LoadWithReflection(paths, out error);
        }

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when dynamic code is supported (JIT builds, never trimmed).")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when dynamic code is supported (JIT builds).")]
        private static ImmutableArray<StapAnalyzer> LoadWithReflection(IReadOnlyList<string> paths, out string? error) =>
            LoadAssemblies(paths, out error);

        [RequiresUnreferencedCode("Loads analyzer types from an assembly by reflection.")]
        [RequiresDynamicCode("Loads and instantiates analyzer types at run time.")]
        private static ImmutableArray<StapAnalyzer> LoadAssemblies(IReadOnlyList<string> paths, out string? error)
        {
            error = null;
            var analyzers = ImmutableArray.CreateBuilder<StapAnalyzer>();
            foreach (string path in paths)
            {
                Assembly assembly;
                try
                {
                    assembly = Assembly.LoadFrom(Path.GetFullPath(path));
                }
                catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
                {
                    error = $"{path}: error: cannot load analyzer assembly: {e.Message}";
                    return ImmutableArray<StapAnalyzer>.Empty;
                }

                int before = analyzers.Count;
                foreach (var type in LoadableTypes(assembly).OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    if (type.IsAbstract || !typeof(StapAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) == null) continue;
                    try
                    {
                        analyzers.Add((StapAnalyzer)Activator.CreateInstance(type)!);
                    }
                    catch (TargetInvocationException e)
                    {
                        error = $"{path}: error: cannot create analyzer {type.FullName}: {e.InnerException?.Message ?? e.Message}";
                        return ImmutableArray<StapAnalyzer>.Empty;
                    }
                }
                if (analyzers.Count == before)
                {
                    error = $"{path}: error: no public StapAnalyzer subclass with a parameterless constructor";
                    return ImmutableArray<StapAnalyzer>.Empty;
                }
            }
            return analyzers.ToImmutable();
        }

        [RequiresUnreferencedCode("Enumerates the types of a loaded assembly.")]
        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetExportedTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                return e.Types.Where(t => t != null)!;
            }
        }
    }
}
