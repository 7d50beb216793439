namespace StapSharp.Syntax
{
    /// <summary>The conversion of a printf directive: the letter that ends it.</summary>
    public enum PrintfConversion
    {
        /// <summary><c>%b</c>: the value written as binary data (width 1, 2, 4 or 8 bytes; 8 by default).</summary>
        Binary,

        /// <summary><c>%c</c>: a character; <c>%#c</c> escapes non-printing ones.</summary>
        Character,

        /// <summary><c>%s</c>: a string.</summary>
        String,

        /// <summary><c>%m</c>: memory at an address (kernel, or user with <c>#</c>); the precision is the byte count.</summary>
        Memory,

        /// <summary><c>%M</c>: like <c>%m</c> but written in hexadecimal.</summary>
        MemoryHex,

        /// <summary><c>%d</c> or <c>%i</c>: signed decimal.</summary>
        SignedDecimal,

        /// <summary><c>%o</c>: unsigned octal.</summary>
        UnsignedOctal,

        /// <summary><c>%u</c>: unsigned decimal.</summary>
        UnsignedDecimal,

        /// <summary><c>%p</c>: a pointer address.</summary>
        Pointer,

        /// <summary><c>%x</c>: unsigned hexadecimal, lower case.</summary>
        HexLowercase,

        /// <summary><c>%X</c>: unsigned hexadecimal, upper case.</summary>
        HexUppercase,
    }
}
