using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using Green = StapSharp.Syntax.InternalSyntax.SyntaxFactory;

namespace StapSharp.Syntax
{
    // Token buffer, consumption, missing tokens and diagnostics.
    internal sealed partial class LanguageParser
    {
        /// <summary>Consumed tokens kept in <see cref="_tokens"/> before they are dropped (the parser never backtracks).</summary>
        private const int TokenBufferCompactAt = 32;

        private GreenToken CurrentToken
        {
            // The parser asks for the current token several times per token: keep that a load, not a call.
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _position < _tokenCount ? _tokens[_position] : Fill(0);
        }

        private SyntaxKind CurrentKind => CurrentToken.Kind;

        /// <summary>The token <paramref name="offset"/> positions ahead (end-of-file forever after the end).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private GreenToken PeekToken(int offset)
        {
            int index = _position + offset;
            return index < _tokenCount ? _tokens[index] : Fill(offset);
        }

        /// <summary>Lexes until the token <paramref name="offset"/> ahead is buffered (or the end of file is).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private GreenToken Fill(int offset)
        {
            while (_tokenCount <= _position + offset)
            {
                if (_tokenCount > 0 && _tokens[_tokenCount - 1].Kind == SyntaxKind.EndOfFileToken)
                    return _tokens[_tokenCount - 1];
                if (_tokenCount == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
                _tokens[_tokenCount++] = _lexer.Lex();
            }
            return _tokens[_position + offset];
        }

        private SyntaxKind PeekKind(int offset) => PeekToken(offset).Kind;

        /// <summary>Advances past the current token (never past the end of file).</summary>
        private void MoveNext()
        {
            if (CurrentKind == SyntaxKind.EndOfFileToken) return;
            _position++;
            _consumedCount++;
            if (_position == _tokenCount)
            {
                // All consumed: start over (the stale references are overwritten by the next tokens; clearing them
                // here, once per token, was a measurable cost).
                _tokenCount = 0;
                _position = 0;
            }
            else if (_position >= TokenBufferCompactAt)
            {
                // A parser that always peeks one token ahead never empties the buffer; move the few unconsumed
                // tokens to the front now and then, or the buffer grows to the whole file.
                int remaining = _tokenCount - _position;
                Array.Copy(_tokens, _position, _tokens, 0, remaining);
                Array.Clear(_tokens, remaining, _tokenCount - remaining);
                _tokenCount = remaining;
                _position = 0;
            }
            if ((_consumedCount & 0xFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>Consumes the current token, attaching any pending skipped tokens as its leading trivia.</summary>
        private GreenToken EatToken()
        {
            var token = CurrentToken;
            int index = _consumedCount;
            _lastEatenIndex = index;
            MoveNext();
            if (_pendingSkipped.Count > 0)
            {
                var skipped = Green.SkippedTokensTrivia(GreenList.CreateList(_pendingSkipped));
                _pendingSkipped.Clear();
                token = PrependLeadingTrivia(token, skipped);
            }
            if (index == _tailOwnerIndex && _tail != null)
            {
                token = AppendTrailingTrivia(token, _tail);
                _tail = null;
            }
            return token;
        }

        /// <summary>Consumes a token of <paramref name="kind"/>, or returns a missing one with an "expected" error.</summary>
        private GreenToken EatToken(SyntaxKind kind)
            => CurrentKind == kind ? EatToken() : CreateMissingToken(kind, ErrorCode.ERR_TokenExpected, SyntaxFacts.GetText(kind));

        /// <summary>Consumes a token of <paramref name="kind"/> if it is current; null otherwise.</summary>
        private GreenToken? EatOptionalToken(SyntaxKind kind) => CurrentKind == kind ? EatToken() : null;

        private GreenToken CreateMissingToken(SyntaxKind kind, ErrorCode code, params object[] arguments)
        {
            var token = GreenToken.CreateMissing(kind);
            if (_tail != null && _tailOwnerIndex < 0)
            {
                token = token.WithTrailingTrivia(_tail);
                _tail = null;
            }
            if (_tooDeepUnreported)
            {
                _tooDeepUnreported = false;
                return WithError(token, ErrorCode.ERR_NestingTooDeep);
            }
            // Once nesting overflowed, the unwinding would report one missing token per level: one error is enough.
            if (_tooDeep) return token;
            _missingTokenErrorAt = _consumedCount;
            return WithError(token, code, arguments);
        }

        private GreenToken CreateMissingIdentifier() => CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ERR_IdentifierExpected);

        /// <summary>Moves the current token into the pending skipped tokens, with an error on it when <paramref name="code"/> is given.</summary>
        private void SkipToken(ErrorCode? code = null)
        {
            var token = CurrentToken;
            if (token.Kind == SyntaxKind.EndOfFileToken) return;
            // An "expected X" error at this very spot already explains the unexpected token.
            bool explained = _missingTokenErrorAt == _consumedCount;
            MoveNext();
            if (code is ErrorCode error && !explained)
                token = WithError(token, error, DisplayText(token));
            _pendingSkipped.Add(token);
        }

        /// <summary>Turns an already-built node into skipped tokens (they precede the next consumed token).</summary>
        private void SkipNode(GreenNode node, ErrorCode code, params object[] arguments)
        {
            int start = _pendingSkipped.Count;
            CollectTokens(node, _pendingSkipped);
            if (_pendingSkipped.Count > start)
            {
                var first = (GreenToken)_pendingSkipped[start];
                _pendingSkipped[start] = WithError(first, code, arguments);
            }
        }

        /// <summary>Adds the present (non-missing) tokens below <paramref name="node"/> in text order.</summary>
        private static void CollectTokens(GreenNode node, GreenNodeListBuilder tokens)
        {
            var stack = new Stack<GreenNode>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is GreenToken token)
                {
                    if (!token.IsMissing || token.FullWidth > 0) tokens.Add(token);
                    continue;
                }
                for (int i = current.SlotCount - 1; i >= 0; i--)
                {
                    var child = current.GetSlot(i);
                    if (child != null) stack.Push(child);
                }
            }
        }

        /// <summary>A cleared list for collecting children; give it back with <see cref="ToGreenList"/>.</summary>
        private GreenNodeListBuilder RentList() => _listPool.Rent();

        /// <summary>The green list of <paramref name="items"/>; the builder goes back to the pool (lists no longer grow from empty for every node).</summary>
        private GreenList ToGreenList(GreenNodeListBuilder items)
        {
            var list = items.Count switch
            {
                0 => GreenList.Empty,
                1 when items[0] is GreenToken token => token.AsSingletonList,
                _ => GreenList.CreateList(items),
            };
            _listPool.Return(items);
            return list;
        }

        private static string DisplayText(GreenToken token)
            => token.Kind == SyntaxKind.EndOfFileToken ? "end of file" : token.Text;

        /// <summary>Adds an error covering the text (not the trivia) of <paramref name="node"/>.</summary>
        private static T WithError<T>(T node, ErrorCode code, params object[] arguments) where T : GreenNode
        {
            var info = new SyntaxDiagnosticInfo(code, node.GetLeadingTriviaWidth(), node.Width, arguments);
            var existing = node.Diagnostics;
            var all = new SyntaxDiagnosticInfo[existing.Length + 1];
            Array.Copy(existing, all, existing.Length);
            all[existing.Length] = info;
            return (T)node.WithDiagnostics(all);
        }

        /// <summary>Adds an error covering the whole text of <paramref name="node"/> unless it already has one of that code.</summary>
        private T WithErrorOnce<T>(T node, ErrorCode code, params object[] arguments) where T : GreenNode
        {
            foreach (var existing in node.Diagnostics)
                if (existing.Code == code) return node;
            return WithError(node, code, arguments);
        }

        private static GreenToken PrependLeadingTrivia(GreenToken token, GreenNode trivia)
        {
            var items = new GreenNodeListBuilder { trivia };
            AddTriviaItems(items, token.GetLeadingTrivia());
            var result = token.WithLeadingTrivia(GreenList.Create(items));
            // Diagnostic offsets are relative to the token's full start, which moved back by the new trivia.
            var diagnostics = token.Diagnostics;
            if (diagnostics.Length == 0) return result;
            var shifted = new SyntaxDiagnosticInfo[diagnostics.Length];
            for (int i = 0; i < diagnostics.Length; i++)
                shifted[i] = diagnostics[i].WithOffset(diagnostics[i].Offset + trivia.FullWidth);
            return (GreenToken)result.WithDiagnostics(shifted);
        }

        private static GreenToken AppendTrailingTrivia(GreenToken token, GreenNode trivia)
        {
            var items = new GreenNodeListBuilder();
            AddTriviaItems(items, token.GetTrailingTrivia());
            AddTriviaItems(items, trivia);
            return token.WithTrailingTrivia(GreenList.Create(items));
        }

        /// <summary>Adds a trivia slot's items: nothing for null, the children of a list, else the trivia itself.</summary>
        private static void AddTriviaItems(GreenNodeListBuilder items, GreenNode? trivia)
        {
            if (trivia == null) return;
            if (trivia.IsList)
            {
                for (int i = 0; i < trivia.SlotCount; i++)
                {
                    var child = trivia.GetSlot(i);
                    if (child != null) items.Add(child);
                }
            }
            else
            {
                items.Add(trivia);
            }
        }

        /// <summary>True when nothing (no whitespace, comment or directive) separates the previous token from the current one.</summary>
        private bool IsGluedToPrevious(GreenToken previous)
            => previous.GetTrailingTriviaWidth() == 0 && CurrentToken.GetLeadingTriviaWidth() == 0 && !previous.IsMissing;

        /// <summary>Enters one level of expression or statement nesting; false (after one diagnostic) when too deep.</summary>
        private bool TryEnterNesting()
        {
            if (_tooDeep) return false;
            if (_depth < MaxNestingDepth)
            {
                _depth++;
                return true;
            }
            // Give up on the rest of the file: skip it all, with one error, and let the recursion unwind.
            _tooDeep = true;
            bool first = true;
            while (CurrentKind != SyntaxKind.EndOfFileToken)
            {
                SkipToken(first ? ErrorCode.ERR_NestingTooDeep : null);
                first = false;
            }
            _tooDeepUnreported = first;
            return false;
        }

        private void ExitNesting() => _depth--;

        /// <summary>
        /// True when the next level of nesting should continue on a fresh thread with a large stack
        /// (<see cref="StackGuard.RunOnNewStack{T}(System.Func{T})"/>). The stack check reads thread-local state
        /// (a few percent of a parse when made at every level); a handful of levels uses far less stack than the
        /// margin it guarantees, so every eighth level is enough.
        /// </summary>
        private bool IsStackLow() => (_depth & 7) == 0 && StackGuard.IsStackLow();
    }
}
