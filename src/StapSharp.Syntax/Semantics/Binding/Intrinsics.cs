using System.Collections.Immutable;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Calls the compiler understands itself, chosen once here so that no later pass recognises them by name:
    /// the print family (by the parser's print invocation), and the tapset functions <c>exit()</c>, <c>error(msg)</c>,
    /// <c>matched(n)</c> and <c>ngroups()</c>, identified by the resolved symbol (a library function of that name and
    /// arity, the regex ones declared in the tapset file <see cref="RegexTapsetFile"/>).
    /// </summary>
    internal static class Intrinsics
    {
        /// <summary>The tapset file that declares <c>matched</c> and <c>ngroups</c>, which read the last regex match.</summary>
        public const string RegexTapsetFile = "regex.stp";

        /// <summary>The member of the print family a name calls; false for any other name.</summary>
        public static bool TryGetPrintKind(string name, out BoundPrintKind kind, out bool returnsString)
        {
            returnsString = false;
            switch (name)
            {
                case "print": kind = BoundPrintKind.Print; return true;
                case "println": kind = BoundPrintKind.Println; return true;
                case "printd": kind = BoundPrintKind.Printd; return true;
                case "printdln": kind = BoundPrintKind.Printdln; return true;
                case "printf": kind = BoundPrintKind.Printf; return true;
                case "print_char": kind = BoundPrintKind.PrintChar; return true;
            }

            returnsString = true;
            switch (name)
            {
                case "sprint": kind = BoundPrintKind.Print; return true;
                case "sprintln": kind = BoundPrintKind.Println; return true;
                case "sprintd": kind = BoundPrintKind.Printd; return true;
                case "sprintdln": kind = BoundPrintKind.Printdln; return true;
                case "sprintf": kind = BoundPrintKind.Printf; return true;
            }

            returnsString = false;
            kind = BoundPrintKind.Print;
            return false;
        }

        /// <summary>The bound call of a resolved function: an intrinsic node when the symbol is one, else a <see cref="BoundCall"/>.</summary>
        public static BoundExpression Bind(InvocationExpressionSyntax invocation, FunctionSymbol function, TypeSlot result, ImmutableArray<BoundExpression> arguments)
        {
            if (function.IsLibrary)
            {
                switch (function.Name)
                {
                    case "exit" when arguments.Length == 0:
                        return new BoundExit(invocation, result);
                    case "error" when arguments.Length == 1:
                        return new BoundError(invocation, result, arguments[0]);
                    case "matched" when arguments.Length == 1 && IsRegexTapsetFunction(function):
                        return new BoundRegexSubexpression(invocation, result, arguments[0]);
                    case "ngroups" when arguments.Length == 0 && IsRegexTapsetFunction(function):
                        return new BoundRegexGroupCount(invocation, result);
                }
            }

            return new BoundCall(invocation, result, function, arguments);
        }

        /// <summary>
        /// An embedded-C function of the tapset's regex file: its C reads stap's <c>CONTEXT-&gt;last_match</c>, which the
        /// code generator provides as nodes of its own.
        /// </summary>
        private static bool IsRegexTapsetFunction(FunctionSymbol function) =>
            function.IsEmbedded && function.DeclaringSyntax is { } declaration
            && System.IO.Path.GetFileName(declaration.SyntaxTree.FilePath) == RegexTapsetFile;
    }
}
