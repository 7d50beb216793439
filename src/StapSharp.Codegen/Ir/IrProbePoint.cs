namespace StapSharp.Codegen.Ir
{
    /// <summary>A resolved probe point; each derived type is one family of probes with its own registration code.</summary>
    internal abstract record IrProbePoint
    {
        /// <summary>Returns the canonical probe point text (stap's <c>pp</c>), e.g. <c>timer.ms(100)</c>.</summary>
        /// <returns>The probe point text.</returns>
        public abstract string ToProbePointString();
    }
}
