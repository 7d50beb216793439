namespace StapSharp.Semantics
{
    /// <summary>Why a probe point did not resolve, in stap's terms.</summary>
    internal enum ProbeMatchFailure
    {
        /// <summary>Resolved.</summary>
        None = 0,

        /// <summary>"probe point mismatch": a component matches nothing.</summary>
        Mismatch = 1,

        /// <summary>"probe point truncated": the point ends before a complete family.</summary>
        Truncated = 2,

        /// <summary>"invalid suffix for probe": components follow a complete family.</summary>
        InvalidSuffix = 3,
    }
}
