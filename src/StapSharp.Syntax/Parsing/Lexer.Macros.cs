using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        /// <summary>Where the lexer stands in an <c>@define NAME [(params)] %( body %)</c>.</summary>
        private enum MacroState : byte
        {
            None,
            /// <summary>After <c>@define</c>: the name and parameters come, then <c>%(</c> opens the body.</summary>
            AfterDefine,
            /// <summary>In the body: <c>%( %? %: %)</c> are real tokens (balanced, never evaluated).</summary>
            InBody,
        }

        private MacroState _macroState;
        private int _macroDepth;
        private string? _pendingMacroName;
        private List<string>? _pendingMacroParameters;
        private List<GreenToken>? _pendingMacroBody;
        private Dictionary<string, PreprocessorMacro>? _fileMacros;
        private readonly List<string> _fileMacroOrder = new();

        /// <summary>Macros this file defined so far (active branches only), for conditions that use them.</summary>
        internal IReadOnlyDictionary<string, PreprocessorMacro>? FileMacros => _fileMacros;

        /// <summary>The names of <see cref="FileMacros"/> in the order they were first defined.</summary>
        internal IReadOnlyList<string> FileMacroOrder => _fileMacroOrder;

        /// <summary>Whether <c>%(</c> and friends are directives right now (not inside or just before a macro body).</summary>
        private bool DirectivesEnabled => _macroState == MacroState.None;

        /// <summary>Follows <c>@define</c> definitions so their bodies come out as real tokens and are remembered.</summary>
        private void TrackMacroDefinition(GreenToken token)
        {
            switch (_macroState)
            {
                case MacroState.None:
                    if (token.Kind == SyntaxKind.AtDefineKeyword)
                    {
                        _macroState = MacroState.AfterDefine;
                        _pendingMacroName = null;
                        // Reused from one definition to the next (a definition copies them out); .stpm files hold thousands.
                        _pendingMacroParameters ??= new List<string>();
                        _pendingMacroParameters.Clear();
                    }
                    return;

                case MacroState.AfterDefine:
                    switch (token.Kind)
                    {
                        case SyntaxKind.PercentOpenParenToken:
                            _macroState = MacroState.InBody;
                            _macroDepth = 1;
                            _pendingMacroBody ??= new List<GreenToken>();
                            _pendingMacroBody.Clear();
                            return;
                        case SyntaxKind.OpenParenToken:
                        case SyntaxKind.CloseParenToken:
                        case SyntaxKind.CommaToken:
                            return;
                        case SyntaxKind.IdentifierToken:
                            if (_pendingMacroName is null) _pendingMacroName = token.Text;
                            else _pendingMacroParameters!.Add(token.Text);
                            return;
                        default:
                            if (SyntaxFacts.IsKeyword(token.Kind) && _pendingMacroName is null)
                            {
                                _pendingMacroName = token.Text;
                                return;
                            }
                            // Not a definition after all; the parser reports it.
                            _macroState = MacroState.None;
                            return;
                    }

                case MacroState.InBody:
                    if (token.Kind == SyntaxKind.PercentOpenParenToken)
                    {
                        _macroDepth++;
                    }
                    else if (token.Kind == SyntaxKind.PercentCloseParenToken && --_macroDepth == 0)
                    {
                        _macroState = MacroState.None;
                        if (_pendingMacroName != null)
                        {
                            _fileMacros ??= new Dictionary<string, PreprocessorMacro>();
                            if (!_fileMacros.ContainsKey(_pendingMacroName)) _fileMacroOrder.Add(_pendingMacroName);
                            _fileMacros[_pendingMacroName] = new PreprocessorMacro(
                                _pendingMacroName, _pendingMacroParameters!.ToArray(), _pendingMacroBody!.ToArray());
                        }
                        return;
                    }
                    else if (token.Kind == SyntaxKind.EndOfFileToken)
                    {
                        _macroState = MacroState.None;
                        return;
                    }
                    _pendingMacroBody!.Add(token);
                    return;
            }
        }

        private void AddUnterminatedMacroDiagnostic()
        {
            if (_macroState == MacroState.InBody)
                AddDiagnostic(ErrorCode.ERR_UnterminatedMacroBody, 0, 0, _pendingMacroName ?? string.Empty);
        }
    }
}
