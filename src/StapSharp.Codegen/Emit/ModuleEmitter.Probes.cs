using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        private void WriteFunctionPrototypes()
        {
            foreach (var (function, _) in _functions)
                _w.Line("static void " + CNames.Function(function.Name) + " (struct context * __restrict__ c);");
            if (_functions.Count > 0)
                _w.Line();
        }

        private string ProbePointText(EmittedProbe probe) => probe.Probe.Point.ToProbePointString();

        private string WrittenName(EmittedProbe probe) =>
            probe.Probe.WrittenName ?? (probe.Probe.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.Oneshot } ? "oneshot" : ProbePointText(probe));

        private string LocationText(EmittedProbe probe) => probe.Probe.Location?.ToString() ?? Module.ScriptName;

        /// <summary>struct stap_probe: the char arrays are sized to the longest string, as stap does.</summary>
        private void WriteProbeStruct()
        {
            int Size(System.Func<EmittedProbe, string> text) =>
                _probes.Count == 0 ? 1 : _probes.Max(p => System.Text.Encoding.UTF8.GetByteCount(text(p))) + 1;
            _w.OpenBlock("struct stap_probe");
            _w.Line("const size_t index;");
            _w.Line("void (* const ph) (struct context*);");
            _w.Line("unsigned cond_enabled:1;");
            _w.Directive("  #if defined(STP_TIMING) || defined(STP_ALIBI)");
            _w.Line("const char location[" + Number(Size(LocationText)) + "];");
            _w.Line("const char derivation[" + Number(Size(p => " from: " + WrittenName(p))) + "];");
            _w.Directive("  #define STAP_PROBE_INIT_TIMING(L, D) .location=(L), .derivation=(D),");
            _w.Directive("  #else");
            _w.Directive("  #define STAP_PROBE_INIT_TIMING(L, D)");
            _w.Directive("  #endif");
            _w.Line("const char pp[" + Number(Size(ProbePointText)) + "];");
            _w.Directive("  #ifdef STP_NEED_PROBE_NAME");
            _w.Line("const char pn[" + Number(Size(WrittenName)) + "];");
            _w.Directive("  #define STAP_PROBE_INIT_NAME(PN) .pn=(PN),");
            _w.Directive("  #else");
            _w.Directive("  #define STAP_PROBE_INIT_NAME(PN)");
            _w.Directive("  #endif");
            _w.Directive("  #define STAP_PROBE_INIT(I, PH, PP, PN, L, D) { .index=(I), .ph=(PH), .cond_enabled=1, .pp=(PP), STAP_PROBE_INIT_NAME(PN) STAP_PROBE_INIT_TIMING(L, D) }");
            _w.CloseBlock(" static stap_probes[];");
            _w.Line();
        }

        private void WriteProbeHandlers()
        {
            foreach (EmittedProbe probe in _probes)
            {
                var locks = LocksOf(probe);
                _w.OpenBlock("static void " + probe.Name + " (struct context * __restrict__ c)");
                if (locks.Length > 0)
                {
                    _w.OpenBlock("static const struct stp_probe_lock locks[] =");
                    foreach (var (global, write) in locks)
                    {
                        string name = CNames.Global(global.Name);
                        _w.OpenBlock();
                        _w.Line(".lock = global_lock(" + name + "),");
                        _w.Line(".write_p = " + (write ? "1" : "0") + ",");
                        _w.Directive("      #ifdef STP_TIMING");
                        _w.Line(".skipped = global_skipped(" + name + "),");
                        _w.Line(".contention = global_contended(" + name + "),");
                        _w.Directive("      #endif");
                        _w.CloseBlock(",");
                    }
                    _w.CloseBlock(";");
                }
                _w.Line("struct " + CNames.Locals(probe.Name) + " * __restrict__ l = & c->probe_locals." + probe.Name + ";");
                _w.Line("(void) l;");
                WriteLocalInitialization(probe.Frame);
                WriteActionCheck(probe.Frame.StraightLineActions + (probe.Probe.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.Oneshot } ? 1 : 0));
                if (locks.Length > 0)
                {
                    _w.Line("if (!stp_lock_probe(locks, ARRAY_SIZE(locks)))");
                    _w.Line("  goto out;");
                    _w.Line("c->locked = 1;");
                }
                IrVariable? procfsValue = probe.Probe.Point is IrProcfsProbePoint ? probe.Frame.Locals.FirstOrDefault(l => l.Name == ProcfsValue.LocalName) : null;
                if (procfsValue is not null && probe.Probe.Point is IrProcfsProbePoint { IsWrite: true })
                    WriteProcfsValueFromUser(procfsValue);
                _w.OpenBlock();
                _w.Lines(probe.Frame.BodyText);
                _w.CloseBlock();
                if (procfsValue is not null && probe.Probe.Point is IrProcfsProbePoint { IsWrite: false })
                    WriteProcfsValueToBuffer(procfsValue, probe);
                if (probe.Probe.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.Oneshot })
                {
                    // oneshot is begin plus an exit() after the body.
                    _w.Line("atomic_set (session_state(), STAP_SESSION_STOPPING);");
                    _w.Line("_stp_exit ();");
                }
                _w.Label("out");
                if (locks.Length > 0)
                {
                    _w.OpenBlock("if (c->locked == 1)");
                    _w.Line("stp_unlock_probe(locks, ARRAY_SIZE(locks));");
                    _w.Line("c->locked = 2;");
                    _w.CloseBlock();
                }
                _w.Line("_stp_print_flush();");
                _w.CloseBlock();
                _w.Line();
            }
        }

        /// <summary>A write probe's <c>$value</c>: the text written (already clipped to the buffer by the caller).</summary>
        private void WriteProcfsValueFromUser(IrVariable value)
        {
            string field = "l->" + CNames.Local(value.Name);
            _w.OpenBlock();
            _w.Line("struct _stp_procfs_data *data = (struct _stp_procfs_data *)(c->ips.procfs_data);");
            _w.Line("if (!_stp_copy_from_user(" + field + ", data->buffer, data->count))");
            _w.Line("  " + field + "[data->count] = '\\0';");
            _w.Line("else");
            _w.Line("  " + field + "[0] = '\\0';");
            _w.CloseBlock();
        }

        /// <summary>A read probe's <c>$value</c> becomes the file's text once the body has run without error.</summary>
        private void WriteProcfsValueToBuffer(IrVariable value, EmittedProbe probe)
        {
            string field = "l->" + CNames.Local(value.Name);
            _w.OpenBlock();
            _w.Line("struct _stp_procfs_data *data = (struct _stp_procfs_data *)(c->ips.procfs_data);");
            _w.Line("strlcpy(data->buffer, " + field + ", data->bufsize);");
            _w.OpenBlock("if (strlen(" + field + ") > data->bufsize-1)");
            _w.Line("c->last_stmt = " + CStringLiteral.Quote("identifier '$value' at " + LocationText(probe)) + ";");
            _w.Line("snprintf(c->error_buffer, MAXSTRINGLEN, \"buffer size exceeded, consider .maxsize(%lu).\", (unsigned long)(strlen(" + field + ") + 1));");
            _w.Line("c->last_error = c->error_buffer;");
            _w.Line("goto out;");
            _w.CloseBlock();
            _w.Line("data->count = strlen(data->buffer);");
            _w.CloseBlock();
        }

        private void WriteLocalInitialization(FrameEmitter frame)
        {
            foreach (IrVariable local in frame.Locals)
            {
                string field = "l->" + CNames.Local(local.Name);
                _w.Line(local.Type == IrType.String ? field + "[0] = '\\0';" : field + " = 0;");
            }
        }

        private void WriteActionCheck(int actions)
        {
            _w.Line("if (c->actionremaining < " + Number(actions) + ") { c->last_error = \"MAXACTION exceeded\"; goto out; }");
        }

        private void WriteProbeTable()
        {
            _w.OpenBlock("static struct stap_probe stap_probes[] =");
            foreach (EmittedProbe probe in _probes)
            {
                _w.Line("STAP_PROBE_INIT(" + Number(probe.Index) + ", &" + probe.Name + ", "
                    + CStringLiteral.Quote(ProbePointText(probe)) + ", " + CStringLiteral.Quote(WrittenName(probe)) + ", "
                    + CStringLiteral.Quote(LocationText(probe)) + ", " + CStringLiteral.Quote(" from: " + WrittenName(probe)) + "),");
            }
            _w.CloseBlock(";");
            _w.Line();
        }

        private void WriteFunctionBodies()
        {
            foreach (var (function, frame) in _functions)
            {
                if (function.EmbeddedCode is not null)
                {
                    WriteEmbeddedFunction(function);
                    continue;
                }
                string name = CNames.Function(function.Name);
                _w.OpenBlock("static void " + name + " (struct context * __restrict__ c)");
                _w.Line("struct " + CNames.Locals(name) + " * __restrict__ l = & c->locals[c->nesting+1]." + name + ";");
                _w.Line("(void) l;");
                WriteFunctionEntry(function);
                WriteLocalInitialization(frame);
                if (function.ReturnType == IrType.Long)
                    _w.Line("l->__retvalue = 0;");
                else if (function.ReturnType == IrType.String)
                    _w.Line("l->__retvalue[0] = '\\0';");
                WriteActionCheck(frame.StraightLineActions);
                _w.OpenBlock();
                _w.Lines(frame.BodyText);
                _w.CloseBlock();
                _w.Label("out");
                _w.Line("c->nesting --;");
                _w.CloseBlock();
                _w.Line();
            }
        }

        /// <summary>
        /// The entry of every function frame, script-bodied or embedded C, as stap writes it: the statement an error
        /// names, the MAXNESTING check, then one more nesting level and a cleared STAP_NEXT flag.
        /// </summary>
        private void WriteFunctionEntry(IrFunction function)
        {
            if (function.Location is not null)
                _w.Line("c->last_stmt = " + CStringLiteral.Quote("identifier '" + function.Name + "' at " + function.Location) + ";");
            _w.OpenBlock("if (unlikely (c->nesting+1 >= MAXNESTING))");
            _w.Line("c->last_error = \"MAXNESTING exceeded\";");
            _w.Line("return;");
            _w.CloseBlock();
            _w.Line("c->nesting ++;");
            _w.Line("c->next = 0;");
        }
    }
}
