using System;

namespace StapSharp.Fuzzing
{
    /// <summary>A fuzzing invariant does not hold for an input (a finding, like an unexpected exception).</summary>
    internal sealed class FuzzInvariantException : Exception
    {
        public FuzzInvariantException(string message)
            : base(message)
        {
        }

        public FuzzInvariantException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
