using System;
using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenExpression = StapSharp.Syntax.InternalSyntax.ExpressionSyntax;

namespace StapSharp.Syntax
{
    // The checks stap's parser (pass 1) makes beyond the grammar: duplicate names, array sizes, initialisers, empty
    // strings, unknown @-operators, empty scripts. Each error goes on the token stap names in its own message, so
    // `stapsharp parse` rejects what `stap -p1` rejects, at the same line (eng/stap-parity.sh measures it).
    internal sealed partial class LanguageParser
    {
        /// <summary>stap's largest array size (a positive int).</summary>
        private const long MaxArraySize = int.MaxValue;

        /// <summary>Globals declared so far in this file: name to "declared private". stap checks per file, as here.</summary>
        private Dictionary<string, bool>? _declaredGlobals;

        /// <summary>Macros defined so far in this file: name to parameters and body, to check what an expansion uses.</summary>
        private readonly Dictionary<string, (string[] Parameters, GreenNode? Body)> _macroBodies = new(StringComparer.Ordinal);

        /// <summary>A second declaration of a global in this file: the same kind is a duplicate, global vs private a conflict.</summary>
        private GreenToken CheckGlobalName(GreenToken identifier, bool isPrivate)
        {
            if (identifier.IsMissing) return identifier;
            _declaredGlobals ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (!_declaredGlobals.TryGetValue(identifier.Text, out bool wasPrivate))
            {
                _declaredGlobals.Add(identifier.Text, isPrivate);
                return identifier;
            }
            return wasPrivate == isPrivate
                ? WithError(identifier, ErrorCode.ERR_DuplicateGlobal, identifier.Text)
                : WithError(identifier, ErrorCode.ERR_GlobalPrivateConflict, identifier.Text);
        }

        /// <summary>A parameter named like an earlier one of the same function.</summary>
        private static GreenToken CheckParameterName(GreenToken identifier, HashSet<string> seen, GreenToken functionName)
        {
            if (identifier.IsMissing || seen.Add(identifier.Text)) return identifier;
            return WithError(identifier, ErrorCode.ERR_DuplicateParameter, identifier.Text, functionName.Text);
        }

        /// <summary>stap accepts array sizes 1 to 2147483647; a size given by a macro or $1 is not known here.</summary>
        private static GreenExpression CheckArraySize(GreenExpression size)
        {
            string? shown = null;
            if (size.Kind == SyntaxKind.NumericLiteralExpression && FirstToken(size) is { IsMissing: false, Value: long value })
            {
                if (value <= 0 || value > MaxArraySize) shown = FirstToken(size)!.Text;
            }
            else if (size.Kind == SyntaxKind.UnaryMinusExpression)
            {
                shown = "-" + LastToken(size)?.Text;
            }
            return shown is null ? size : WithError(size, ErrorCode.ERR_ArraySizeOutOfRange, shown, MaxArraySize);
        }

        /// <summary>
        /// A string stap requires to be non-empty (a <c>@cast</c> type, a <c>@perf</c> counter): the error goes on the
        /// run's last piece, where stap's own message points. Runs with macro or <c>@1</c> pieces are not known here.
        /// </summary>
        private GreenExpression CheckNonEmptyString(GreenExpression run, string construct)
        {
            if (run.Kind != SyntaxKind.StringLiteralExpression) return run;
            var tokens = new GreenNodeListBuilder();
            CollectTokens(run, tokens);
            if (tokens.Count == 0) return run;
            for (int i = 0; i < tokens.Count; i++)
            {
                var token = (GreenToken)tokens[i];
                if (token.Kind != SyntaxKind.StringLiteralToken || token.Text != "\"\"") return run;
            }
            var last = (GreenToken)tokens[tokens.Count - 1];
            var marked = WithError(last, ErrorCode.ERR_EmptyStringNotAllowed, construct);
            if (tokens.Count == 1) return Green.LiteralExpression(SyntaxKind.StringLiteralExpression, marked.AsSingletonList);
            tokens[tokens.Count - 1] = marked;
            return Green.LiteralExpression(SyntaxKind.StringLiteralExpression, ToGreenList(tokens));
        }

        /// <summary>
        /// An <c>@name</c> that is no built-in operator and no macro defined before this point (in this file or in the
        /// library macros). Only checked when the options carry the library, because only then is the set known.
        /// </summary>
        private GreenToken CheckMacroName(GreenToken name)
        {
            if (name.IsMissing || name.Text.Length < 2 || _options.LibraryMacros is null) return name;
            string macro = name.Text.Substring(1);
            if (!IsDefinedMacro(macro)) return WithError(name, ErrorCode.ERR_UnknownOperator, name.Text);
            string? unknown = FindUnknownInExpansion(macro, 0);
            return unknown is null ? name : WithError(name, ErrorCode.ERR_UnknownOperatorInExpansion, unknown, name.Text);
        }

        private bool IsDefinedMacro(string name) => _macroBodies.ContainsKey(name) || _options.LibraryMacros?.Contains(name) == true;

        /// <summary>The first <c>@x</c> in the body of file macro <paramref name="macro"/> (or in the file macros it uses)
        /// that is neither one of its parameters nor a macro defined by now; null when there is none.</summary>
        private string? FindUnknownInExpansion(string macro, int depth)
        {
            if (depth > 16 || !_macroBodies.TryGetValue(macro, out var definition) || definition.Body is null) return null;
            var tokens = new GreenNodeListBuilder();
            CollectTokens(definition.Body, tokens);
            for (int i = 0; i < tokens.Count; i++)
            {
                var token = (GreenToken)tokens[i];
                if (token.Kind != SyntaxKind.AtIdentifierToken || token.Text.Length < 2) continue;
                string used = token.Text.Substring(1);
                if (Array.IndexOf(definition.Parameters, used) >= 0) continue;
                if (!IsDefinedMacro(used)) return token.Text;
                if (used != macro && FindUnknownInExpansion(used, depth + 1) is { } nested) return nested;
            }
            return null;
        }

        /// <summary>stap refuses a script file with nothing but comments, macro definitions or inactive branches.</summary>
        private GreenToken CheckNotEmpty(GreenToken endOfFile, GreenList members)
        {
            if (_options.Kind != StapSourceKind.Script) return endOfFile;
            if (members != null)
            {
                for (int i = 0; i < members.SlotCount; i++)
                {
                    var member = members.GetSlot(i);
                    if (member != null && member.Kind != SyntaxKind.MacroDefinition) return endOfFile;
                }
            }
            return WithError(endOfFile, ErrorCode.ERR_EmptyScript);
        }

        private static GreenToken? FirstToken(GreenNode node)
        {
            var tokens = new GreenNodeListBuilder();
            CollectTokens(node, tokens);
            return tokens.Count > 0 ? (GreenToken)tokens[0] : null;
        }

        private static GreenToken? LastToken(GreenNode node)
        {
            var tokens = new GreenNodeListBuilder();
            CollectTokens(node, tokens);
            return tokens.Count > 0 ? (GreenToken)tokens[tokens.Count - 1] : null;
        }
    }
}
