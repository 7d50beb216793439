using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        private static bool IsSlice(ImmutableArray<IrExpression> keys) => keys.Any(k => k is IrWildcard);

        /// <summary>
        /// Evaluates the keys of a slice that are not <c>*</c>, left to right, into values that stay fixed while the map
        /// is walked; the entries of wildcards are null.
        /// </summary>
        private string[] SliceValues(IrGlobal array, ImmutableArray<IrExpression> keys, IrSourceLocation? location)
        {
            ImmutableArray<IrExpression> checkedKeys = KeyExpressions(array, keys, location);
            var values = new string[keys.Length];
            var given = checkedKeys.Where(k => k is not IrWildcard).ToImmutableArray();
            string[] evaluated = Operands(given);
            for (int i = 0, j = 0; i < keys.Length; i++)
                values[i] = checkedKeys[i] is IrWildcard ? null! : SnapshotUnlessStable(evaluated[j++], checkedKeys[i].Type);
            return values;
        }

        /// <summary>The C condition that the map node's keys equal the slice's given keys (<c>*</c> matches anything).</summary>
        private string SliceMatch(IrGlobal array, string node, ImmutableArray<IrExpression> keys, string[] values)
        {
            var tests = new List<string> { "1" };
            string suffix = Suffix(array);
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] is IrWildcard)
                    continue;
                string index = (i + 1).ToString(CultureInfo.InvariantCulture);
                tests.Add(array.KeyTypes[i] == IrType.String
                    ? "strncmp ((_stp_map_key_get_str_" + suffix + " (" + node + ", " + index + ") ?: \"\"), " + values[i] + ", MAXSTRINGLEN) == 0"
                    : "_stp_map_key_get_int64_" + suffix + " (" + node + ", " + index + ") == " + values[i]);
            }
            return string.Join(" && ", tests);
        }

        /// <summary><c>[k, *] in a</c>: walks the map until an element matches.</summary>
        private string SliceContains(IrArrayContains contains)
        {
            string[] values = SliceValues(contains.Array, contains.Keys, contains.Location);
            string map = "global(" + CNames.Global(contains.Array.Name) + ")";
            string result = LongTemporary();
            string node = NewTemporary("struct map_node *");
            _w.Line(result + " = 0;");
            _w.OpenBlock("for (" + node + " = _stp_map_start (" + map + "); " + node + "; " + node + " = _stp_map_iter (" + map + ", " + node + "))");
            _w.OpenBlock("if (" + SliceMatch(contains.Array, node, contains.Keys, values) + ")");
            _w.Line(result + " = 1;");
            _w.Line("break;");
            _w.CloseBlock();
            _w.CloseBlock();
            return result;
        }

        /// <summary><c>delete a[k, *]</c>: removes every matching element while walking the map, as stap does.</summary>
        private void SliceDelete(IrArrayElement element)
        {
            string[] values = SliceValues(element.Array, element.Keys, element.Location);
            string map = "global(" + CNames.Global(element.Array.Name) + ")";
            string node = NewTemporary("struct map_node *");
            _w.Line(node + " = _stp_map_start (" + map + ");");
            _w.OpenBlock("while (" + node + ")");
            _w.OpenBlock("if (" + SliceMatch(element.Array, node, element.Keys, values) + ")");
            _w.Line(node + " = _stp_map_iterdel (" + map + ", " + node + ");");
            _w.CloseBlock();
            _w.OpenBlock("else");
            _w.Line(node + " = _stp_map_iter (" + map + ", " + node + ");");
            _w.CloseBlock();
            _w.CloseBlock();
        }
    }
}
