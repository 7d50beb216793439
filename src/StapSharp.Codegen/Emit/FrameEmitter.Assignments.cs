using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        /// <summary>
        /// Stores <paramref name="value"/> into <paramref name="target"/> (array keys first, then the value, as stap
        /// evaluates them) and returns a C expression for the stored value, or null when the IR is invalid.
        /// </summary>
        private string? AssignTo(IrExpression target, IrExpression value, IrSourceLocation? location)
        {
            switch (target)
            {
                case IrLocalReference local:
                {
                    string stored = Expect(value, local.Type, "assignment to '" + local.Variable.Name + "'");
                    string destination = "l->" + CNames.Local(local.Variable.Name);
                    Store(destination, local.Type, stored);
                    return destination;
                }
                case IrGlobalReference global when !global.Global.IsArray && global.Type is IrType.Long or IrType.String:
                {
                    if (!_context.CheckDeclared(global.Global, location))
                        return null;
                    string stored = Expect(value, global.Type, "assignment to '" + global.Global.Name + "'");
                    string destination = "global(" + CNames.Global(global.Global.Name) + ")";
                    Store(destination, global.Type, stored);
                    return destination;
                }
                case IrArrayElement element when CheckArray(element.Array, element.Keys.Length, element.Location ?? location):
                {
                    if (value.Type != element.Array.ValueType)
                    {
                        _context.Report(ErrorCode.ERR_IrTypeMismatch, location, "assignment to '" + element.Array.Name + "[]'",
                            TypeName(element.Array.ValueType), TypeName(value.Type));
                        return null;
                    }
                    string[] operands = MapKeys(element.Keys, Operands(KeyExpressions(element.Array, element.Keys, location).Add(value)));
                    string stored = SnapshotUnlessStable(operands[operands.Length - 1], value.Type);
                    MapSet(element, operands.Take(operands.Length - 1), stored, location);
                    return stored;
                }
                case IrArrayElement:
                    return null;
                default:
                    _context.Report(ErrorCode.ERR_UnsupportedConstruct, location, "assignment to " + target.GetType().Name);
                    return null;
            }
        }

        /// <summary><c>++</c>/<c>--</c> as a value: reads the target once, stores the changed value, yields the old or the new one.</summary>
        private string Increment(IrIncrementExpression e)
        {
            string op = e.Increment ? " + 1" : " - 1";
            if (e.Target.Type != IrType.Long)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, e.Location, e.Increment ? "'++'" : "'--'", "long", TypeName(e.Target.Type));
                return "0";
            }
            string old = LongTemporary();
            switch (e.Target)
            {
                case IrLocalReference or IrGlobalReference:
                {
                    string? destination = e.Target is IrLocalReference local
                        ? "l->" + CNames.Local(local.Variable.Name)
                        : GlobalValue((IrGlobalReference)e.Target);
                    if (destination == "0")
                        return "0";
                    _w.Line(old + " = " + destination + ";");
                    _w.Line(destination + " = " + old + op + ";");
                    return e.Postfix ? old : destination;
                }
                case IrArrayElement element when CheckArray(element.Array, element.Keys.Length, element.Location ?? e.Location):
                {
                    string[] keys = MapKeys(element.Keys, Operands(KeyExpressions(element.Array, element.Keys, e.Location)));
                    string map = "global(" + CNames.Global(element.Array.Name) + ")";
                    _w.Line(old + " = _stp_map_get_" + Suffix(element.Array) + " (" + map + ", " + string.Join(", ", keys) + ");");
                    string changed = LongTemporary();
                    _w.Line(changed + " = " + old + op + ";");
                    MapSet(element, keys, changed, e.Location);
                    return e.Postfix ? old : changed;
                }
                case IrArrayElement:
                    return "0";
                default:
                    _context.Report(ErrorCode.ERR_UnsupportedConstruct, e.Location, (e.Increment ? "'++'" : "'--'") + " of " + e.Target.GetType().Name);
                    return "0";
            }
        }

        /// <summary><c>_stp_map_set</c> with stap's overflow error, which names the array's size when it has one.</summary>
        private void MapSet(IrArrayElement element, IEnumerable<string> keys, string value, IrSourceLocation? location)
        {
            IrGlobal array = element.Array;
            string map = "global(" + CNames.Global(array.Name) + ")";
            string message = array.MaxEntries is int size
                ? "Array overflow, check size limit (" + size.ToString(CultureInfo.InvariantCulture) + ")"
                : "Array overflow, check MAXMAPENTRIES";
            _w.OpenBlock();
            _w.Line("int rc = _stp_map_set_" + Suffix(array) + " (" + map + ", " + string.Join(", ", keys) + ", " + value + ");");
            FailIf("rc", message, "identifier '" + array.Name + "'", element.Location ?? location);
            _w.CloseBlock();
        }
    }
}
