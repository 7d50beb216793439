namespace StapSharp.Transport;

/// <summary>The kernel refused to load or unload a module (<c>init_module</c>/<c>delete_module</c> failed).</summary>
public sealed class ModuleLoadException : TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, in staprun's words where it has them.</param>
    /// <param name="errorNumber">The errno value.</param>
    public ModuleLoadException(string message, int errorNumber)
        : base(message)
    {
        ErrorNumber = errorNumber;
    }

    /// <summary>The errno value.</summary>
    public int ErrorNumber { get; }
}
