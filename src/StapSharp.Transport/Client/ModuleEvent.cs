namespace StapSharp.Transport;

/// <summary>Something that happened during <see cref="ModuleClient.RunAsync"/>: output, a module message, start or stop.</summary>
public abstract record ModuleEvent
{
    private protected ModuleEvent()
    {
    }
}
