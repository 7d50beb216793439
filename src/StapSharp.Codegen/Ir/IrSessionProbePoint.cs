using System.Globalization;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A <c>begin</c>, <c>end</c>, <c>error</c>, <c>oneshot</c> or <c>never</c> probe point.</summary>
    /// <param name="Kind">Which session probe.</param>
    /// <param name="Sequence">The optional ordering number (<c>begin(-1)</c>); probes of one kind run in ascending order.</param>
    internal sealed record IrSessionProbePoint(IrSessionProbeKind Kind, long? Sequence = null) : IrProbePoint
    {
        /// <inheritdoc/>
        public override string ToProbePointString()
        {
            string name = Kind switch
            {
                IrSessionProbeKind.End => "end",
                IrSessionProbeKind.Error => "error",
                IrSessionProbeKind.Never => "never",
                _ => "begin",
            };
            return Sequence is long s ? name + "(" + s.ToString(CultureInfo.InvariantCulture) + ")" : name;
        }
    }
}
