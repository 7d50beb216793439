namespace StapSharp.Cli.Commands
{
    /// <summary>Exit codes shared by all commands, as a compiler's: 0 fine, 1 errors in the input, 2 usage or I/O.</summary>
    internal static class ExitCodes
    {
        public const int Success = 0;
        public const int Errors = 1;
        public const int UsageOrIo = 2;
    }
}
