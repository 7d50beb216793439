using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        private void WriteGlobals()
        {
            _w.OpenBlock("struct stp_globals");
            foreach (IrGlobal global in Module.Globals)
            {
                string name = CNames.Global(global.Name);
                string type = global.IsArray ? (global.ValueType == IrType.Statistics ? "PMAP" : "MAP") : global.ValueType switch
                {
                    IrType.String => "string_t",
                    IrType.Statistics => "Stat",
                    _ => "int64_t",
                };
                _w.Line(type + " " + name + ";");
                _w.Line("stp_rwlock_t " + name + "_lock;");
                _w.Directive("  #ifdef STP_TIMING");
                _w.Line("atomic_t " + name + "_lock_skip_count;");
                _w.Line("atomic_t " + name + "_lock_contention_count;");
                _w.Directive("  #endif");
            }
            _w.CloseBlock(";");
            _w.Line();
            _w.OpenBlock("static struct stp_globals stp_global =");
            foreach (IrGlobal global in Module.Globals)
            {
                if (global.Initializer is null)
                    continue;
                string? value = InitializerText(global);
                if (value is not null)
                    _w.Line("." + CNames.Global(global.Name) + " = " + value + ",");
            }
            _w.CloseBlock(";");
            _w.Line();
        }

        private string? InitializerText(IrGlobal global)
        {
            switch (global.Initializer)
            {
                case IrLongLiteral l when global.ValueType == IrType.Long && !global.IsArray:
                    return CStringLiteral.LongLiteral(l.Value);
                case IrStringLiteral when global.ValueType == IrType.String && !global.IsArray:
                    // Copied in module init instead: a static initializer longer than MAXSTRINGLEN would not compile.
                    return null;
                default:
                    _context.Report(ErrorCode.ERR_IrTypeMismatch, global.Initializer?.Location, "the initializer of '" + global.Name + "'",
                        "a " + FrameEmitter.TypeName(global.ValueType) + " literal on a scalar", global.Initializer?.GetType().Name ?? "null");
                    return null;
            }
        }

        /// <summary>Allocates and initializes every global in module init (maps and aggregates need memory).</summary>
        private void WriteGlobalAllocation()
        {
            foreach (IrGlobal global in Module.Globals)
            {
                string name = CNames.Global(global.Name);
                string entries = global.MaxEntries is int max ? Number(max) : "MAXMAPENTRIES";
                string suffix = CNames.MapSuffix(global.KeyTypes, global.ValueType);
                if (global.IsArray && global.ValueType == IrType.Statistics)
                {
                    _w.Line("global_set(" + name + ", _stp_pmap_new_" + suffix + " (" + _context.StatisticOptionsOf(global).InitArguments(entries)
                        + ", NULL)); if (global(" + name + ") == NULL) rc = -ENOMEM;");
                }
                else if (global.IsArray)
                {
                    _w.Line("global_set(" + name + ", _stp_map_new_" + suffix + " (KEY_MAPENTRIES, " + entries + (global.Wraps ? ", KEY_STAT_WRAP" : "") + ", NULL)); if (global(" + name + ") == NULL) rc = -ENOMEM;");
                }
                else if (global.ValueType == IrType.Statistics)
                {
                    _w.Line("global_set(" + name + ", _stp_stat_init (" + _context.StatisticOptionsOf(global).InitArguments(null)
                        + ", NULL)); if (global(" + name + ") == NULL) rc = -ENOMEM;");
                }
                _w.OpenBlock("if (rc)");
                _w.Line("_stp_error (" + CStringLiteral.Quote("global variable '" + global.Name + "' allocation failed") + ");");
                _w.Line("goto out;");
                _w.CloseBlock();
                if (global.Initializer is IrStringLiteral text && global.ValueType == IrType.String && !global.IsArray)
                    _w.Line("strlcpy (global(" + name + "), " + CStringLiteral.Quote(text.Value) + ", MAXSTRINGLEN);");
                _w.Line("global_lock_init(" + name + ");");
                _w.Directive("  #ifdef STP_TIMING");
                _w.Line("atomic_set(global_skipped(" + name + "), 0);");
                _w.Line("atomic_set(global_contended(" + name + "), 0);");
                _w.Directive("  #endif");
            }
        }

        /// <summary>Frees maps and aggregates (module init failure and module exit).</summary>
        private void WriteGlobalRelease()
        {
            foreach (IrGlobal global in Module.Globals)
            {
                string name = CNames.Global(global.Name);
                if (global.IsArray)
                    _w.Line((global.ValueType == IrType.Statistics ? "_stp_pmap_del" : "_stp_map_del") + " (global(" + name + "));");
                else if (global.ValueType == IrType.Statistics)
                    _w.Line("_stp_stat_del (global(" + name + "));");
            }
        }
    }
}
