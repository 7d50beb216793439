using System.Collections.Generic;
using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// The regex programs of one module, one per distinct pattern, collected while the frames are translated and
    /// written as static tables before the handlers. Also records whether anything reads <c>last_match</c>.
    /// </summary>
    internal sealed class RegexTables
    {
        private readonly Dictionary<string, string> _names = new(System.StringComparer.Ordinal);
        private readonly List<(string Name, string Pattern, RegexProgram Program)> _programs = new();

        /// <summary>Whether the module matches or reads a match (and so needs the matcher and stap's <c>last_match</c>).</summary>
        public bool IsUsed { get; private set; }

        /// <summary>The programs in first-use order, with their C names.</summary>
        public IReadOnlyList<(string Name, string Pattern, RegexProgram Program)> Programs => _programs;

        /// <summary>The largest program, for the thread lists (at least 1).</summary>
        public int MaxInstructions { get; private set; } = 1;

        /// <summary>The most capture slots of a program: stap's <c>STAPREGEX_MAX_TAG</c> (at least 2).</summary>
        public int MaxCaptureSlots { get; private set; } = 2;

        /// <summary>A use of <c>matched()</c> or <c>ngroups()</c>.</summary>
        public void MarkLastMatchRead() => IsUsed = true;

        /// <summary>The C name of the program for <paramref name="pattern"/>, or null after reporting why it cannot be compiled.</summary>
        public string? ProgramFor(string pattern, IrSourceLocation? location, EmitContext context)
        {
            IsUsed = true;
            if (_names.TryGetValue(pattern, out string? known))
                return known;

            RegexPattern parsed = RegexPattern.Parse(pattern);
            if (parsed.HasErrors)
            {
                context.Report(ErrorCode.ERR_RegexInvalidPattern, location, pattern, parsed.Errors[0].Message);
                return null;
            }
            RegexProgram? program = RegexCompiler.Compile(parsed, out int size);
            if (program is null)
            {
                context.Report(ErrorCode.ERR_RegexTooLarge, location, pattern,
                    size >= RegexProgram.MaxInstructions ? "more than " + RegexProgram.MaxInstructions.ToString(CultureInfo.InvariantCulture) : size.ToString(CultureInfo.InvariantCulture),
                    RegexProgram.MaxInstructions);
                return null;
            }

            string name = "_stp_rx_prog_" + _programs.Count.ToString(CultureInfo.InvariantCulture);
            _names.Add(pattern, name);
            _programs.Add((name, pattern, program));
            if (program.Instructions.Length > MaxInstructions) MaxInstructions = program.Instructions.Length;
            if (program.CaptureSlots > MaxCaptureSlots) MaxCaptureSlots = program.CaptureSlots;
            return name;
        }
    }
}
