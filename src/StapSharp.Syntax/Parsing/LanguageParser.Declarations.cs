using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;
using GreenMember = StapSharp.Syntax.InternalSyntax.MemberDeclarationSyntax;

namespace StapSharp.Syntax
{
    // Top-level items: globals, functions, embedded C, macro definitions and their recovery (docs/grammar.md, "Declarations").
    internal sealed partial class LanguageParser
    {
        private GreenList ParseMembers()
        {
            var members = RentList();
            while (CurrentKind != SyntaxKind.EndOfFileToken)
            {
                var member = ParseMember();
                if (member != null)
                {
                    members.Add(member);
                    continue;
                }
                // Like stap: report once, then skip to the next token that can start a top-level item.
                SkipToken(ErrorCode.ERR_MemberExpected);
                while (CurrentKind != SyntaxKind.EndOfFileToken && !IsMemberStart(CurrentKind))
                    SkipToken();
            }
            return ToGreenList(members);
        }

        private static bool IsMemberStart(SyntaxKind kind) => kind is SyntaxKind.ProbeKeyword or SyntaxKind.GlobalKeyword
            or SyntaxKind.PrivateKeyword or SyntaxKind.FunctionKeyword or SyntaxKind.EmbeddedCodeToken
            or SyntaxKind.AtDefineKeyword or SyntaxKind.AtIdentifierToken;

        /// <summary>Parses one top-level item, or returns null (consuming nothing) when the current token cannot start one.</summary>
        private GreenMember? ParseMember()
        {
            switch (CurrentKind)
            {
                case SyntaxKind.ProbeKeyword:
                    return ParseProbeDeclaration();
                case SyntaxKind.GlobalKeyword:
                case SyntaxKind.PrivateKeyword:
                case SyntaxKind.FunctionKeyword:
                    return ParseGlobalOrFunction(RentList());
                case SyntaxKind.AtIdentifierToken:
                    return ParseMacroLedMember();
                case SyntaxKind.EmbeddedCodeToken:
                    return Green.EmbeddedCodeDeclaration(CheckPrivileged(EatToken(), "%{ %}"));
                case SyntaxKind.AtDefineKeyword:
                    return ParseMacroDefinition();
                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>@m global x</c> / <c>@m function f()</c>: macros such as the tapset's <c>@__private30</c> expand to a
        /// modifier, so they are kept as modifier tokens. Any other top-level macro use stands alone.
        /// </summary>
        private GreenMember ParseMacroLedMember()
        {
            int count = 0;
            while (PeekKind(count) == SyntaxKind.AtIdentifierToken) count++;
            var next = PeekKind(count);
            if (next is SyntaxKind.GlobalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.FunctionKeyword)
            {
                var modifiers = RentList();
                for (int i = 0; i < count; i++) modifiers.Add(CheckMacroName(EatToken()));
                return ParseGlobalOrFunction(modifiers);
            }
            return Green.MacroInvocationDeclaration(ParseMacroInvocation());
        }

        /// <summary>After the macro modifiers: [private] then global declaration, private variables, or function.</summary>
        private GreenMember ParseGlobalOrFunction(GreenNodeListBuilder modifiers)
        {
            if (CurrentKind == SyntaxKind.PrivateKeyword)
                modifiers.Add(EatToken());
            if (CurrentKind == SyntaxKind.FunctionKeyword)
                return ParseFunctionDeclaration(ToGreenList(modifiers));
            return ParseGlobalDeclaration(ToGreenList(modifiers));
        }

        private InternalSyntax.GlobalDeclarationSyntax ParseGlobalDeclaration(GreenList modifiers)
        {
            var globalKeyword = EatOptionalToken(SyntaxKind.GlobalKeyword);
            bool isPrivate = false;
            for (int i = 0; i < modifiers.SlotCount; i++)
                isPrivate |= modifiers.GetSlot(i)?.Kind == SyntaxKind.PrivateKeyword;
            var variables = RentList();
            while (true)
            {
                variables.Add(ParseGlobalVariable(isPrivate));
                if (CurrentKind != SyntaxKind.CommaToken) break;
                variables.Add(EatToken());
            }
            var semicolon = EatOptionalToken(SyntaxKind.SemicolonToken);
            return Green.GlobalDeclaration(modifiers, globalKeyword, ToGreenList(variables), semicolon);
        }

        /// <summary>name [%] [[size]] [= literal]: the order is fixed (docs/grammar.md, "Declarations").</summary>
        private InternalSyntax.GlobalVariableSyntax ParseGlobalVariable(bool isPrivate)
        {
            var identifier = CurrentKind == SyntaxKind.IdentifierToken ? CheckGlobalName(EatToken(), isPrivate) : CreateMissingIdentifier();
            var percent = EatOptionalToken(SyntaxKind.PercentToken);
            InternalSyntax.ArraySizeSyntax? size = null;
            if (CurrentKind == SyntaxKind.OpenBracketToken)
            {
                var open = EatToken();
                var value = CheckArraySize(ParseSignedIntegerLiteral());
                size = Green.ArraySize(open, value, EatToken(SyntaxKind.CloseBracketToken));
            }
            InternalSyntax.InitializerSyntax? initializer = null;
            if (CurrentKind == SyntaxKind.EqualsToken)
            {
                var equals = EatToken();
                // stap: "only scalar globals can be initialized"; a size makes the global an array.
                if (size != null) equals = WithError(equals, ErrorCode.ERR_SizedArrayInitializer, identifier.Text);
                initializer = Green.Initializer(equals, ParseLiteralValue());
            }
            return Green.GlobalVariable(identifier, percent, size, initializer);
        }

        /// <summary>function name [:type] (params) [:priority] { body } | %{ C %} (docs/grammar.md, "Declarations").</summary>
        private InternalSyntax.FunctionDeclarationSyntax ParseFunctionDeclaration(GreenList modifiers)
        {
            var functionKeyword = EatToken(SyntaxKind.FunctionKeyword);
            var name = CurrentKind is SyntaxKind.IdentifierToken or SyntaxKind.StringKeyword or SyntaxKind.LongKeyword
                ? EatToken()
                : CreateMissingIdentifier();
            var returnType = CurrentKind == SyntaxKind.ColonToken ? ParseTypeClause() : null;
            var parameters = ParseParameterList(name);
            InternalSyntax.PriorityClauseSyntax? priority = null;
            if (CurrentKind == SyntaxKind.ColonToken)
            {
                var colon = EatToken();
                priority = Green.PriorityClause(colon, ParseSignedIntegerLiteral());
            }
            if (CurrentKind == SyntaxKind.EmbeddedCodeToken)
            {
                var code = CheckPrivileged(EatToken(), "%{ %}");
                return Green.FunctionDeclaration(modifiers, functionKeyword, name, returnType, parameters, priority, null, code);
            }
            bool wasInFunction = _inFunction;
            _inFunction = true;
            var body = ParseBlock();
            _inFunction = wasInFunction;
            return Green.FunctionDeclaration(modifiers, functionKeyword, name, returnType, parameters, priority, body, null);
        }

        private InternalSyntax.TypeClauseSyntax ParseTypeClause()
        {
            var colon = EatToken(SyntaxKind.ColonToken);
            GreenToken type;
            if (CurrentKind is SyntaxKind.StringKeyword or SyntaxKind.LongKeyword)
                type = EatToken();
            else if (CurrentKind == SyntaxKind.IdentifierToken)
                type = WithError(EatToken(), ErrorCode.ERR_TypeExpected); // f:int — a wrong type name, kept in place
            else
                type = CreateMissingToken(SyntaxKind.LongKeyword, ErrorCode.ERR_TypeExpected);
            return Green.TypeClause(colon, type);
        }

        private InternalSyntax.ParameterListSyntax ParseParameterList(GreenToken functionName)
        {
            var open = EatToken(SyntaxKind.OpenParenToken);
            var parameters = RentList();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            if (!open.IsMissing && CurrentKind != SyntaxKind.CloseParenToken)
            {
                while (true)
                {
                    var identifier = CurrentKind == SyntaxKind.IdentifierToken
                        ? CheckParameterName(EatToken(), seen, functionName)
                        : CreateMissingIdentifier();
                    var type = CurrentKind == SyntaxKind.ColonToken ? ParseTypeClause() : null;
                    parameters.Add(Green.Parameter(identifier, type));
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    parameters.Add(EatToken());
                }
            }
            var close = open.IsMissing ? GreenToken.CreateMissing(SyntaxKind.CloseParenToken) : EatToken(SyntaxKind.CloseParenToken);
            return Green.ParameterList(open, ToGreenList(parameters), close);
        }

        /// <summary>@define name [(params)] %( body tokens %): the body is kept verbatim (nested %( %) balanced).</summary>
        private InternalSyntax.MacroDefinitionSyntax ParseMacroDefinition()
        {
            var define = EatToken(SyntaxKind.AtDefineKeyword);
            var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : CreateMissingIdentifier();
            InternalSyntax.MacroParameterListSyntax? parameterList = null;
            var parameterNames = new List<string>();
            if (CurrentKind == SyntaxKind.OpenParenToken)
            {
                var open = EatToken();
                var parameters = RentList();
                while (true)
                {
                    var identifier = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : CreateMissingIdentifier();
                    if (!identifier.IsMissing) parameterNames.Add(identifier.Text);
                    parameters.Add(Green.MacroParameter(identifier));
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    parameters.Add(EatToken());
                }
                parameterList = Green.MacroParameterList(open, ToGreenList(parameters), EatToken(SyntaxKind.CloseParenToken));
            }
            if (!name.IsMissing)
                _macroTakesParameters[name.Text] = parameterList != null;

            var bodyOpen = EatToken(SyntaxKind.PercentOpenParenToken);
            var body = RentList();
            GreenToken bodyClose;
            if (bodyOpen.IsMissing)
            {
                bodyClose = GreenToken.CreateMissing(SyntaxKind.PercentCloseParenToken);
            }
            else
            {
                int nesting = 0;
                while (CurrentKind != SyntaxKind.EndOfFileToken)
                {
                    var kind = CurrentKind;
                    if (kind == SyntaxKind.PercentCloseParenToken)
                    {
                        if (nesting == 0) break;
                        nesting--;
                    }
                    else if (kind == SyntaxKind.PercentOpenParenToken)
                    {
                        nesting++;
                    }
                    body.Add(EatToken());
                }
                bodyClose = EatToken(SyntaxKind.PercentCloseParenToken);
            }
            var bodyList = ToGreenList(body);
            if (!name.IsMissing)
                _macroBodies[name.Text] = (parameterNames.ToArray(), bodyList);
            return Green.MacroDefinition(define, name, parameterList, bodyOpen, bodyList, bodyClose);
        }

        /// <summary>Reports a construct that only tapsets and guru-mode (-g) scripts may use (docs/grammar.md, "Privileged constructs").</summary>
        private GreenToken CheckPrivileged(GreenToken token, string construct)
            => IsPrivileged ? token : WithError(token, ErrorCode.ERR_PrivilegedConstruct, construct);
    }
}
