using System.Globalization;
using System.Linq;
using System.Text;

namespace StapSharp.Codegen
{
    /// <summary>Writes a <see cref="RegexProgram"/> as the static C tables the matcher runs.</summary>
    internal static class RegexTableWriter
    {
        public static void Write(CWriter w, string name, string pattern, RegexProgram program)
        {
            w.Line("/* " + CStringLiteral.CommentText(pattern) + " */");
            if (program.ByteSets.Length > 0)
            {
                w.OpenBlock("static const unsigned char " + name + "_sets[][32] =");
                foreach (var set in program.ByteSets)
                    w.Line("{ " + string.Join(", ", set.ToBitmap().Select(b => "0x" + b.ToString("x2", CultureInfo.InvariantCulture))) + " },");
                w.CloseBlock(";");
            }
            w.OpenBlock("static const struct stp_rx_insn " + name + "_insns[] =");
            var line = new StringBuilder();
            for (int i = 0; i < program.Instructions.Length; i++)
            {
                RegexInstruction instruction = program.Instructions[i];
                line.Append("{ ").Append(N((int)instruction.Opcode)).Append(", ").Append(N(instruction.X)).Append(", ").Append(N(instruction.Y)).Append(" }, ");
                if (i % 8 == 7 || i == program.Instructions.Length - 1)
                {
                    w.Line(line.ToString().TrimEnd());
                    line.Clear();
                }
            }
            w.CloseBlock(";");
            w.Line("static const struct stp_rx_prog " + name + " = { " + name + "_insns, "
                + (program.ByteSets.Length > 0 ? name + "_sets" : "NULL") + ", "
                + N(program.Instructions.Length) + ", " + N(program.CaptureSlots) + " };");
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
