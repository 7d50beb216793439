namespace StapSharp.Semantics
{
    /// <summary>Which member of the print family a <see cref="BoundPrint"/> calls (the <c>s</c> forms are <see cref="BoundPrint.ReturnsString"/>).</summary>
    public enum BoundPrintKind
    {
        /// <summary><c>print(v, ...)</c>: the values, no separator.</summary>
        Print = 0,

        /// <summary><c>println(v, ...)</c>: the values and a newline.</summary>
        Println = 1,

        /// <summary><c>printd(delimiter, v, ...)</c>: the values separated by the delimiter.</summary>
        Printd = 2,

        /// <summary><c>printdln(delimiter, v, ...)</c>: like printd, then a newline.</summary>
        Printdln = 3,

        /// <summary><c>printf(format, v, ...)</c>.</summary>
        Printf = 4,

        /// <summary><c>print_char(c)</c>: one character.</summary>
        PrintChar = 5,
    }
}
