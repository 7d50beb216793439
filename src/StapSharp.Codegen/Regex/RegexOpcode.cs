namespace StapSharp.Codegen
{
    /// <summary>The instructions of a compiled regex program (the <c>STP_RX_*</c> codes of the C matcher).</summary>
    internal enum RegexOpcode
    {
        /// <summary>Consume the byte <c>X</c>.</summary>
        Byte = 0,
        /// <summary>Consume any byte.</summary>
        AnyByte = 1,
        /// <summary>Consume a byte of the set number <c>X</c>.</summary>
        ByteSet = 2,
        /// <summary>Succeed only at offset 0.</summary>
        StartOfString = 3,
        /// <summary>Succeed only at the end of the string.</summary>
        EndOfString = 4,
        /// <summary>Continue at <c>X</c> (preferred) and at <c>Y</c>.</summary>
        Split = 5,
        /// <summary>Continue at <c>X</c>.</summary>
        Jump = 6,
        /// <summary>Record the current offset in capture slot <c>X</c>.</summary>
        Save = 7,
        /// <summary>The whole pattern matched.</summary>
        Match = 8,
    }

    /// <summary>One instruction: an opcode and up to two operands (a byte, a set number, targets or a slot).</summary>
    internal readonly record struct RegexInstruction(RegexOpcode Opcode, int X = 0, int Y = 0);
}
