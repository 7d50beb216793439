using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Keeps recursive algorithms (parser, binder, walker, rewriter, lowering, emit) from overflowing the stack on
    /// very deep inputs: when the current stack runs low, the rest of the work continues on a fresh thread with a
    /// large stack while the calling thread waits (so the work never runs on two threads at once).
    /// </summary>
    internal static class StackGuard
    {
        /// <summary>Below this depth the stack is not even checked.</summary>
        public const int MaxUncheckedRecursionDepth = 64;

        private const int NewThreadStackSize = 256 * 1024 * 1024;

        public static bool IsStackLow(int depth) => depth > MaxUncheckedRecursionDepth && IsStackLow();

        /// <summary>True when the current thread's stack is nearly used up (a fast check; no depth counter needed).</summary>
        public static bool IsStackLow()
        {
#if NETSTANDARD2_0
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                return false;
            }
            catch (InsufficientExecutionStackException)
            {
                return true;
            }
#else
            return !RuntimeHelpers.TryEnsureSufficientExecutionStack();
#endif
        }

        /// <summary>Runs <paramref name="work"/> on a new thread with a large stack and waits for it.</summary>
        public static T RunOnNewStack<T>(Func<T> work)
        {
            T result = default!;
            ExceptionDispatchInfo? failure = null;
            var thread = new Thread(() =>
            {
                try { result = work(); }
                catch (Exception ex) { failure = ExceptionDispatchInfo.Capture(ex); }
            }, NewThreadStackSize);
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result;
        }

        /// <summary>Runs <paramref name="work"/> on a new thread with a large stack and waits for it.</summary>
        public static void RunOnNewStack(Action work)
            => RunOnNewStack(() =>
            {
                work();
                return true;
            });
    }
}
