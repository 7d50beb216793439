using System;
using System.IO;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Decides whether text written to a console stream gets ANSI colours. <c>auto</c> (the default) colours only a
    /// terminal, never a pipe or file, and not when <c>NO_COLOR</c> is set to anything non-empty (no-color.org) or
    /// <c>TERM=dumb</c>; <c>--color=always|never</c> wins over both, as the NO_COLOR convention asks.
    /// </summary>
    internal static class ConsoleColoring
    {
        /// <summary>Set from the command line by <c>Program</c> before a command runs.</summary>
        public static ColorMode Mode { get; set; }

        /// <summary>Whether text for standard output gets colours.</summary>
        public static bool ForStdout => Decide(() => Console.IsOutputRedirected);

        /// <summary>Whether text for standard error gets colours.</summary>
        public static bool ForStderr => Decide(() => Console.IsErrorRedirected);

        /// <summary>Whether text written to <paramref name="output"/> gets colours: only the console's own writers can.</summary>
        public static bool For(TextWriter output)
        {
            if (ReferenceEquals(output, Console.Out)) return ForStdout;
            if (ReferenceEquals(output, Console.Error)) return ForStderr;
            return Mode == ColorMode.Always;
        }

        public static bool TryParse(string? value, out ColorMode mode)
        {
            switch (value)
            {
                case null:
                case "auto": mode = ColorMode.Auto; return true;
                case "always": mode = ColorMode.Always; return true;
                case "never": mode = ColorMode.Never; return true;
                default: mode = ColorMode.Auto; return false;
            }
        }

        private static bool Decide(Func<bool> isRedirected) => Mode switch
        {
            ColorMode.Always => true,
            ColorMode.Never => false,
            _ => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                && Environment.GetEnvironmentVariable("TERM") != "dumb"
                && !isRedirected(),
        };
    }
}
