using System.Collections.Generic;
using System.Linq;
using System.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax.Tests.Lexing
{
    /// <summary>A diagnostic found in a lexed token stream, with its absolute position.</summary>
    internal readonly record struct LexedDiagnostic(ErrorCode Code, int Position, int Width, object[] Arguments)
    {
        public override string ToString() => $"{Code}@{Position}+{Width}";
    }

    internal static class LexerTestHelpers
    {
        public static List<GreenToken> Lex(string text, StapParseOptions? options = null) => Lexer.LexAll(text, options);

        /// <summary>The tokens without the end-of-file token.</summary>
        public static List<GreenToken> LexTokens(string text, StapParseOptions? options = null)
        {
            var tokens = Lexer.LexAll(text, options);
            tokens.RemoveAt(tokens.Count - 1);
            return tokens;
        }

        public static GreenToken LexSingle(string text, StapParseOptions? options = null)
        {
            var tokens = LexTokens(text, options);
            Assert.Single(tokens);
            return tokens[0];
        }

        public static string FullText(IEnumerable<GreenToken> tokens)
        {
            var builder = new StringBuilder();
            foreach (var token in tokens) token.WriteTo(builder);
            return builder.ToString();
        }

        /// <summary>Lexes, asserts the round trip and returns every diagnostic (tokens, trivia and directives) with absolute positions.</summary>
        public static List<LexedDiagnostic> LexDiagnostics(string text, StapParseOptions? options = null)
        {
            var tokens = Lexer.LexAll(text, options);
            Assert.Equal(text, FullText(tokens));
            var result = new List<LexedDiagnostic>();
            int position = 0;
            foreach (var token in tokens)
            {
                Collect(token, position, result);
                position += token.FullWidth;
            }
            return result;
        }

        public static void Collect(GreenNode node, int position, List<LexedDiagnostic> result)
        {
            foreach (var d in node.Diagnostics)
                result.Add(new LexedDiagnostic(d.Code, position + d.Offset, d.Width, d.Arguments));
            if (node is GreenToken token)
            {
                var leading = token.GetLeadingTrivia();
                if (leading != null) Collect(leading, position, result);
                var trailing = token.GetTrailingTrivia();
                if (trailing != null) Collect(trailing, position + token.GetLeadingTriviaWidth() + token.Width, result);
                return;
            }
            int offset = position;
            for (int i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child == null) continue;
                Collect(child, offset, result);
                offset += child.FullWidth;
            }
        }

        /// <summary>Every trivia (flattened; structured trivia appear as themselves) before and after each token.</summary>
        public static List<GreenNode> TriviaOf(GreenNode? trivia)
        {
            var list = new List<GreenNode>();
            if (trivia == null) return list;
            if (trivia.IsList)
                for (int i = 0; i < trivia.SlotCount; i++) list.Add(trivia.GetSlot(i)!);
            else
                list.Add(trivia);
            return list;
        }

        public static string Describe(IEnumerable<GreenToken> tokens) =>
            string.Join(" ", tokens.Select(t => t.Kind + ":" + t.Text));
    }
}
