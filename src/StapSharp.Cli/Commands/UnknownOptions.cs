using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// System.CommandLine hands a token it does not know (<c>-x</c>, <c>--colour</c>) to a FILE argument, and the user
    /// then read "cannot read file .../-x". A token that looks like an option and reached an argument before
    /// <c>--</c> is therefore reported as an unknown option; after <c>--</c> every token is a file name.
    /// </summary>
    internal static class UnknownOptions
    {
        /// <summary>The first argument value that looks like an option and came before <c>--</c>; null when none.</summary>
        public static string? Find(ParseResult result)
        {
            var beforeDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
            foreach (Token token in result.Tokens)
            {
                if (token.Type == TokenType.DoubleDash) break;
                beforeDoubleDash.Add(token);
            }
            foreach (ArgumentResult argument in result.CommandResult.Children.OfType<ArgumentResult>())
                foreach (Token token in argument.Tokens)
                    if (token.Value.Length > 1 && token.Value[0] == '-' && beforeDoubleDash.Contains(token))
                        return token.Value;
            return null;
        }
    }
}
