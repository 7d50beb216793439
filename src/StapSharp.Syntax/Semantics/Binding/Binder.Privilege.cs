using System.Collections.Generic;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>The marker stap looks for in a function's embedded C to allow it only in guru mode.</summary>
        internal const string GuruMarker = "/* guru */";

        /// <summary>Calls from user code of guru-marked functions, reported once reachability is known.</summary>
        private readonly List<(BoundScope Scope, SyntaxToken Identifier, string Name)> _guruCalls = new();

        /// <summary>Which functions each body calls: stap elides unreachable functions before its guru check.</summary>
        private readonly Dictionary<Symbol, List<(FunctionSymbol Callee, SyntaxToken Identifier)>> _callees = new();

        /// <summary>
        /// Guru mode as the caller's command line or API options gave it. A script never grants it to itself: the
        /// compilation's options and its parse options are the only sources.
        /// </summary>
        private bool IsGuruMode => _options.GuruMode || _options.ParseOptions.GuruMode;

        /// <summary>True for a function whose embedded C carries stap's <c>/* guru */</c> marker.</summary>
        internal static bool IsGuruMarked(FunctionSymbol function) =>
            function.IsEmbedded && function.EmbeddedCode is { } code && code.Contains(GuruMarker);

        /// <summary>Remembers a resolved call: the call-graph edge, and a guru-marked callee called from user code.</summary>
        private void NoteCall(BoundScope scope, InvocationExpressionSyntax invocation, FunctionSymbol callee)
        {
            if (!_callees.TryGetValue(scope.Container, out var list)) _callees[scope.Container] = list = new List<(FunctionSymbol, SyntaxToken)>();
            list.Add((callee, invocation.Identifier));
            if (!scope.IsLibrary && !IsGuruMode && IsGuruMarked(callee))
                _guruCalls.Add((scope, invocation.Identifier, callee.Name));
        }

        /// <summary>
        /// Reports the guru-marked calls in code stap keeps: probe and alias bodies, and functions reachable from them
        /// (an unused function, or one only unused functions call, is elided by stap and not checked).
        /// </summary>
        private void ReportGuruCalls()
        {
            if (_guruCalls.Count == 0) return;
            var reachable = new HashSet<Symbol>();
            var work = new Stack<Symbol>();
            foreach (var container in _callees.Keys)
            {
                if (container is not FunctionSymbol && reachable.Add(container)) work.Push(container);
            }

            while (work.Count > 0)
            {
                if (!_callees.TryGetValue(work.Pop(), out var callees)) continue;
                foreach (var (callee, _) in callees)
                {
                    if (reachable.Add(callee)) work.Push(callee);
                }
            }

            foreach (var (scope, identifier, name) in _guruCalls)
            {
                if (reachable.Contains(scope.Container)) Report(ErrorCode.ERR_GuruFunctionNeedsGuru, identifier, name);
            }
        }

        /// <summary>
        /// A macro invoked from user code must not bring embedded C into it without guru mode, even when the macro is
        /// a tapset's (whose own file may hold embedded C): stap checks the expansion where it is used.
        /// </summary>
        private bool RefuseEmbeddedCodeInExpansion(MacroInvocationExpressionSyntax macro, MacroSymbol symbol, BoundScope scope, string name)
        {
            if (scope.IsLibrary || IsGuruMode || !IsReportable(macro)) return false;

            // The arguments come from the invoking file, whose parser already checked them; nested macros in the
            // body are checked when they expand.
            foreach (var token in symbol.Definition.Body)
            {
                if (token.Kind != SyntaxKind.EmbeddedCodeToken) continue;
                Report(ErrorCode.ERR_MacroEmbeddedCodeNeedsGuru, macro, name);
                return true;
            }

            return false;
        }
    }
}
