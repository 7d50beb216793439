namespace StapSharp.Codegen.Ir
{
    /// <summary>The probes that run at a session state change instead of on a kernel event.</summary>
    internal enum IrSessionProbeKind
    {
        /// <summary><c>begin</c>: runs once when the session starts.</summary>
        Begin = 0,

        /// <summary><c>end</c>: runs once when the session stops.</summary>
        End = 1,

        /// <summary><c>error</c>: runs once after the end probes when the session stops.</summary>
        Error = 2,

        /// <summary><c>oneshot</c>: a begin probe that calls <c>exit()</c> after its body.</summary>
        Oneshot = 3,

        /// <summary><c>never</c>: type-checked but never registered.</summary>
        Never = 4,
    }
}
