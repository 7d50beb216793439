using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Compiles a parsed pattern into a Thompson program: <c>SAVE 0; pattern; SAVE 1; MATCH</c>. Alternatives and
    /// repetitions become <see cref="RegexOpcode.Split"/>s whose first target is the preferred path (earlier
    /// alternative, one more iteration), which the matcher uses to choose the captures among equally long matches.
    /// Intervals are unrolled: <c>x{2,4}</c> is <c>x x (x (x)?)?</c>.
    /// </summary>
    internal sealed class RegexCompiler
    {
        private readonly List<RegexInstruction> _code = new();
        private readonly List<RegexByteSetBits> _sets = new();
        private bool _tooLarge;

        private RegexCompiler()
        {
        }

        /// <summary>The program, or null (with the instruction count reached) when it exceeds <see cref="RegexProgram.MaxInstructions"/>.</summary>
        public static RegexProgram? Compile(RegexPattern pattern, out int size)
        {
            var compiler = new RegexCompiler();
            compiler.Emit(RegexOpcode.Save, 0);
            if (pattern.Root is not null) compiler.Node(pattern.Root);
            compiler.Emit(RegexOpcode.Save, 1);
            compiler.Emit(RegexOpcode.Match);
            size = compiler._code.Count;
            if (compiler._tooLarge) return null;
            return new RegexProgram(compiler._code.ToImmutableArray(), compiler._sets.ToImmutableArray(), 2 * (pattern.GroupCount + 1));
        }

        private int Next => _code.Count;

        private int Emit(RegexOpcode opcode, int x = 0, int y = 0)
        {
            if (_code.Count >= RegexProgram.MaxInstructions)
            {
                _tooLarge = true;
                return _code.Count;
            }
            _code.Add(new RegexInstruction(opcode, x, y));
            return _code.Count - 1;
        }

        private void Patch(int at, RegexInstruction instruction)
        {
            if (at < _code.Count) _code[at] = instruction;
        }

        private void Node(RegexNode node)
        {
            if (_tooLarge) return;
            switch (node)
            {
                case RegexEmpty:
                    break;
                case RegexLiteral literal:
                    Emit(RegexOpcode.Byte, literal.Value);
                    break;
                case RegexAnyByte:
                    Emit(RegexOpcode.AnyByte);
                    break;
                case RegexByteSet set:
                    Emit(RegexOpcode.ByteSet, SetIndex(set.Bits));
                    break;
                case RegexAnchor anchor:
                    Emit(anchor.AtStart ? RegexOpcode.StartOfString : RegexOpcode.EndOfString);
                    break;
                case RegexGroup group when group.Number > 0:
                    Emit(RegexOpcode.Save, 2 * group.Number);
                    Node(group.Body);
                    Emit(RegexOpcode.Save, (2 * group.Number) + 1);
                    break;
                case RegexGroup group:
                    Node(group.Body);
                    break;
                case RegexSequence sequence:
                    foreach (RegexNode item in sequence.Items) Node(item);
                    break;
                case RegexAlternation alternation:
                    Alternation(alternation.Alternatives);
                    break;
                case RegexRepeat repeat:
                    Repeat(repeat);
                    break;
            }
        }

        // SPLIT L1, N1; L1: a1; JMP end; N1: SPLIT L2, N2; ... ; last alternative; end:
        private void Alternation(ImmutableArray<RegexNode> alternatives)
        {
            var jumps = new List<int>();
            for (int i = 0; i < alternatives.Length - 1 && !_tooLarge; i++)
            {
                int split = Emit(RegexOpcode.Split);
                Node(alternatives[i]);
                jumps.Add(Emit(RegexOpcode.Jump));
                Patch(split, new RegexInstruction(RegexOpcode.Split, split + 1, Next));
            }
            Node(alternatives[alternatives.Length - 1]);
            foreach (int jump in jumps) Patch(jump, new RegexInstruction(RegexOpcode.Jump, Next));
        }

        private void Repeat(RegexRepeat repeat)
        {
            for (int i = 0; i < repeat.Min && !_tooLarge; i++)
                Node(repeat.Body);
            if (repeat.Max < 0)
            {
                // loop: SPLIT body, exit; body; JMP loop; exit:
                int loop = Emit(RegexOpcode.Split);
                Node(repeat.Body);
                Emit(RegexOpcode.Jump, loop);
                Patch(loop, new RegexInstruction(RegexOpcode.Split, loop + 1, Next));
                return;
            }

            // Optional copies, nested: SPLIT b1, exit; b1: body; SPLIT b2, exit; b2: body; ... exit:
            var splits = new List<int>();
            for (int i = repeat.Min; i < repeat.Max && !_tooLarge; i++)
            {
                splits.Add(Emit(RegexOpcode.Split));
                Node(repeat.Body);
            }
            foreach (int split in splits) Patch(split, new RegexInstruction(RegexOpcode.Split, split + 1, Next));
        }

        private int SetIndex(RegexByteSetBits bits)
        {
            int index = _sets.IndexOf(bits);
            if (index >= 0) return index;
            _sets.Add(bits);
            return _sets.Count - 1;
        }
    }
}
