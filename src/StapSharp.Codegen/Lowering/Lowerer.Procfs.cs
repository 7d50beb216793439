using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>True while lowering the body (and alias bodies) of a procfs probe, where <c>$value</c> is the file's text.</summary>
        private bool _inProcfsProbe;

        private bool IsProcfsValue(BoundTargetExpression target) =>
            _inProcfsProbe && target.Syntax is TargetSymbolExpressionSyntax { Identifier.Text: "$value" };

        /// <summary>
        /// <c>$value</c> is a string local of the handler (<see cref="ProcfsValue.LocalName"/>): the emitter fills it from the
        /// written text before a write probe's body and copies it into the file's buffer after a read probe's body.
        /// </summary>
        private IrExpression LowerProcfsValue(BoundTargetExpression target) =>
            new IrLocalReference(GetLocal(ProcfsValue.LocalName, StapType.String, target.Syntax));
    }
}
