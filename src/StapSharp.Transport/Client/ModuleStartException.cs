using System.Collections.Generic;

namespace StapSharp.Transport;

/// <summary>The module answered <c>STP_START</c> with a non-zero result; it has been unloaded.</summary>
public sealed class ModuleStartException : TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="moduleName">The module.</param>
    /// <param name="result">The result from the reply (a negative errno).</param>
    /// <param name="errorOutput">The warnings and errors the module sent while starting.</param>
    public ModuleStartException(string moduleName, int result, IReadOnlyList<string> errorOutput)
        : base(Describe(moduleName, result, errorOutput))
    {
        ModuleName = moduleName;
        Result = result;
        ErrorOutput = errorOutput;
    }

    /// <summary>The module.</summary>
    public string ModuleName { get; }

    /// <summary>The start result (a negative errno).</summary>
    public int Result { get; }

    /// <summary>The module's <c>STP_OOB_DATA</c> texts up to the failed start, in arrival order.</summary>
    public IReadOnlyList<string> ErrorOutput { get; }

    private static string Describe(string moduleName, int result, IReadOnlyList<string> errorOutput)
    {
        var text = $"Module '{moduleName}' failed to start (result {result}).";
        return errorOutput.Count == 0 ? text : text + " " + string.Concat(errorOutput).TrimEnd();
    }
}
