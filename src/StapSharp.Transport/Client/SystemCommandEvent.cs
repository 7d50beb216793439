namespace StapSharp.Transport;

/// <summary>The script asked for <c>system(cmd)</c>.</summary>
/// <param name="Command">The command.</param>
/// <param name="Handled">True when the opt-in <see cref="ModuleRunOptions.SystemCommandHandler"/> ran it; false when there is no handler.</param>
/// <param name="Error">The handler's failure message, if it threw.</param>
public sealed record SystemCommandEvent(string Command, bool Handled, string? Error) : ModuleEvent;
