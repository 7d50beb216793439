using System.Runtime.InteropServices;
using StapSharp.Transport;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Turns SIGINT/SIGTERM/SIGHUP into a stop request of the session. Registered before the module is loaded: a
    /// signal that arrives while there is no client yet is remembered and applied when the client is attached.
    /// </summary>
    internal sealed class SignalStopper
    {
        private readonly object _gate = new();
        private ModuleClient? _client;
        private bool _stopRequested;

        public void Handle(PosixSignalContext context)
        {
            // Never the default action (process exit): the module would stay loaded.
            context.Cancel = true;
            lock (_gate)
            {
                _stopRequested = true;
                _client?.RequestStop();
            }
        }

        public void Attach(ModuleClient client)
        {
            lock (_gate)
            {
                _client = client;
                if (_stopRequested)
                    client.RequestStop();
            }
        }
    }
}
