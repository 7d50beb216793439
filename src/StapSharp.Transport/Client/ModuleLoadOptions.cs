using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StapSharp.Transport;

/// <summary>Immutable settings for loading a module; change them with the <c>With*</c> methods.</summary>
public sealed class ModuleLoadOptions
{
    private ModuleLoadOptions(int bufferSizeMiB, IReadOnlyList<KeyValuePair<string, string>> parameters, string? moduleName, bool allowForeignModule = false)
    {
        BufferSizeMiB = bufferSizeMiB;
        Parameters = parameters;
        ModuleName = moduleName;
        AllowForeignModule = allowForeignModule;
    }

    /// <summary>Default buffer size, no parameters, name taken from the module image, SystemTap modules only.</summary>
    public static ModuleLoadOptions Default { get; } = new(0, [], null);

    /// <summary>
    /// When false (the default), <see cref="ModuleClient.LoadAsync(string, TransportProtocol, ModuleLoadOptions?, System.Threading.CancellationToken)"/>
    /// refuses a file without the <c>.stap_privilege</c> section that stap and StapSharp emit: any other kernel
    /// module is not loaded (<c>stapsharp run --force</c> sets it).
    /// </summary>
    public bool AllowForeignModule { get; }

    /// <summary>Per-CPU relay buffer in MiB (<c>_stp_bufsize</c>, 1…4095); 0 lets the module choose (16 MiB, less on small machines).</summary>
    public int BufferSizeMiB { get; }

    /// <summary>Values for scalar script globals (<c>stap -G name=value</c>), passed as module parameters.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>The module name, when it cannot be read from the image; null reads it from <c>.gnu.linkonce.this_module</c>.</summary>
    public string? ModuleName { get; }

    /// <summary>Returns a copy with another buffer size.</summary>
    /// <param name="bufferSizeMiB">0, or 1…4095 MiB.</param>
    /// <returns>The new options.</returns>
    public ModuleLoadOptions WithBufferSizeMiB(int bufferSizeMiB) =>
        bufferSizeMiB is < 0 or > 4095
            ? throw new ArgumentOutOfRangeException(nameof(bufferSizeMiB), bufferSizeMiB, "The buffer size must be 0 (default) or 1-4095 MiB.")
            : new(bufferSizeMiB, Parameters, ModuleName, AllowForeignModule);

    /// <summary>Returns a copy with one more module parameter.</summary>
    /// <param name="name">The global's name (letters, digits, <c>_</c>).</param>
    /// <param name="value">The value; it must not contain <c>"</c> or a NUL.</param>
    /// <returns>The new options.</returns>
    public ModuleLoadOptions WithParameter(string name, string value)
    {
        if (!IsParameterName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid module parameter name.", nameof(name));
        }

        if (IsReservedParameterName(name))
        {
            throw new ArgumentException(
                $"'{name}' is a parameter of the SystemTap runtime or the kernel, not a script global" + (name == BufferSizeParameter ? "; set the buffer size with -b (WithBufferSizeMiB)." : "."),
                nameof(name));
        }

        if (value is null || value.IndexOf('"') >= 0 || value.IndexOf('\0') >= 0)
        {
            throw new ArgumentException("A module parameter value must not contain '\"' or NUL.", nameof(value));
        }

        return new(BufferSizeMiB, [.. Parameters, new KeyValuePair<string, string>(name, value)], ModuleName, AllowForeignModule);
    }

    /// <summary>Returns a copy with an explicit module name.</summary>
    /// <param name="moduleName">The name the kernel knows the module by, or null to read it from the image.</param>
    /// <returns>The new options.</returns>
    public ModuleLoadOptions WithModuleName(string? moduleName) =>
        moduleName is not null && !KernelModuleNames.IsValid(moduleName)
            ? throw new ArgumentException($"'{moduleName}' is not a valid module name.", nameof(moduleName))
            : new(BufferSizeMiB, Parameters, moduleName, AllowForeignModule);

    /// <summary>Returns a copy that does (or does not) load kernel modules that are not SystemTap modules.</summary>
    /// <param name="allow">True to skip the <c>.stap_privilege</c> check.</param>
    /// <returns>The new options.</returns>
    public ModuleLoadOptions WithAllowForeignModule(bool allow) => new(BufferSizeMiB, Parameters, ModuleName, allow);

    /// <summary>
    /// Names a script global cannot take under <c>-D</c>/<c>-G</c>: the runtime's own parameters (the only one it
    /// declares with <c>module_param</c> is <c>_stp_bufsize</c>, in transport/transport.c; the whole <c>_stp_</c>
    /// prefix is the runtime's) and the ones the kernel gives every module (<c>dyndbg</c>, <c>async_probe</c>).
    /// A script global with such a name could otherwise bypass the <c>-b</c> range check.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>True when reserved.</returns>
    internal static bool IsReservedParameterName(string name) =>
        name.StartsWith("_stp_", StringComparison.Ordinal) || name is "dyndbg" or "async_probe";

    private const string BufferSizeParameter = "_stp_bufsize";

    /// <summary>The parameter string passed to <c>init_module</c>, as staprun builds it.</summary>
    internal string FormatParameters()
    {
        var text = new StringBuilder(BufferSizeParameter + "=").Append(BufferSizeMiB.ToString(CultureInfo.InvariantCulture));
        foreach (var p in Parameters)
        {
            // The kernel splits at spaces unless the value is quoted.
            var quote = p.Value.Length == 0 || p.Value.Any(char.IsWhiteSpace);
            text.Append(' ').Append(p.Key).Append('=');
            text.Append(quote ? "\"" + p.Value + "\"" : p.Value);
        }

        return text.ToString();
    }

    private static bool IsParameterName(string name) =>
        !string.IsNullOrEmpty(name) && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') && !char.IsDigit(name[0]);
}
