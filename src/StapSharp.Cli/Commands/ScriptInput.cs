using System;
using System.IO;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// One script the command line names: a file, the text of <c>-e SCRIPT</c> (named <c>&lt;input&gt;</c>, as stap
    /// names it) or standard input given as <c>-</c> (named <c>&lt;stdin&gt;</c>). Text given on the command line or
    /// on stdin is read once, up front, so every later step can treat all inputs alike.
    /// </summary>
    internal sealed class ScriptInput
    {
        /// <summary>The name diagnostics use for the script of <c>-e</c>.</summary>
        public const string CommandLineName = "<input>";

        /// <summary>The name diagnostics use for the script read from standard input.</summary>
        public const string StdinName = "<stdin>";

        private ScriptInput(string name, string? text)
        {
            Name = name;
            Text = text;
        }

        /// <summary>The file path, or <c>&lt;input&gt;</c> / <c>&lt;stdin&gt;</c>: the path in diagnostics.</summary>
        public string Name { get; }

        /// <summary>The script's text when it did not come from a file; null for a file (read when loaded).</summary>
        public string? Text { get; }

        public bool IsFile => Text is null;

        /// <summary>A readable stem for a default module name: the file's name, or "input"/"stdin".</summary>
        public string Stem => IsFile ? Path.GetFileNameWithoutExtension(Name) : Name.Trim('<', '>');

        public static ScriptInput FromFile(string path) => new(path, null);

        public static ScriptInput FromCommandLine(string script) => new(CommandLineName, script);

        public static ScriptInput FromStdin(TextReader stdin) => new(StdinName, stdin.ReadToEnd());

        /// <summary>The size used to schedule large inputs first; 0 when a file cannot be looked at (reported when read).</summary>
        public long Size
        {
            get
            {
                if (!IsFile) return Text!.Length;
                try
                {
                    return new FileInfo(Name).Length;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return 0;
                }
            }
        }

        public override string ToString() => Name;
    }
}
