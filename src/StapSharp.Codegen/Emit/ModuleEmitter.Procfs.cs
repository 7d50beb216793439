using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>One file under /proc/systemtap/MODULE/: its read probe (at most one) and write probes.</summary>
        private sealed record ProcfsFile(string Path, EmittedProbe? Read, IReadOnlyList<EmittedProbe> Writes)
        {
            public string BufferSize => Read?.Probe.Point is IrProcfsProbePoint { MaxSize: long size }
                ? size.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Read is null ? "MAXSTRINGLEN" : "STP_PROCFS_BUFSIZE";

            public int Permissions => (Read is null ? 0 : ((IrProcfsProbePoint)Read.Probe.Point).Permissions)
                | Writes.Aggregate(0, (bits, w) => bits | ((IrProcfsProbePoint)w.Probe.Point).Permissions);
        }

        private List<ProcfsFile>? _procfsFiles;

        /// <summary>The procfs files, sorted by name as stap does (a second read probe of a file was reported by ProbePoints).</summary>
        private List<ProcfsFile> ProcfsFiles => _procfsFiles ??= _probes
            .Where(p => p.Probe.Point is IrProcfsProbePoint)
            .GroupBy(p => ((IrProcfsProbePoint)p.Probe.Point).Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProcfsFile(g.Key,
                g.FirstOrDefault(p => !((IrProcfsProbePoint)p.Probe.Point).IsWrite),
                g.Where(p => ((IrProcfsProbePoint)p.Probe.Point).IsWrite).ToList()))
            .ToList();

        private void WriteProcfsProbeGroup()
        {
            var files = ProcfsFiles;
            if (files.Count == 0)
                return;
            _w.Line("/* ---- procfs probes ---- */");
            _w.Directive("#ifndef STP_MAX_PROCFS_FILES");
            _w.Directive("#define STP_MAX_PROCFS_FILES " + Number(files.Count));
            _w.Directive("#endif");
            _w.Directive("#include \"procfs.c\"");
            _w.Directive("#include \"procfs-probes.c\"");
            _w.OpenBlock("static struct stap_procfs_probe_buffer");
            for (int i = 0; i < files.Count; i++)
                _w.Line("char buf_" + Number(i) + "[" + files[i].BufferSize + "];");
            _w.CloseBlock(" stap_procfs_probe_buffers;");
            if (files.Any(f => f.Writes.Count > 0))
            {
                _w.OpenBlock("static struct stap_procfs_write_probe");
                for (int i = 0; i < files.Count; i++)
                {
                    if (files[i].Writes.Count > 0)
                        _w.Line("struct stap_probe *path_" + Number(i) + "[" + Number(files[i].Writes.Count) + "];");
                }
                _w.CloseBlock(" stap_procfs_write_probes = {");
                _w.Indent();
                for (int i = 0; i < files.Count; i++)
                {
                    if (files[i].Writes.Count > 0)
                        _w.Line(".path_" + Number(i) + "={ " + string.Concat(files[i].Writes.Select(w => "(&stap_probes[" + Number(w.Index) + "]), ")) + "},");
                }
                _w.Outdent();
                _w.Line("};");
            }
            _w.OpenBlock("static struct stap_procfs_probe stap_procfs_probes[] =");
            for (int i = 0; i < files.Count; i++)
            {
                ProcfsFile file = files[i];
                string read = file.Read is null ? "" : ".read_probe=(&stap_probes[" + Number(file.Read.Index) + "]), ";
                string writes = file.Writes.Count == 0 ? "" : ".write_probes=stap_procfs_write_probes.path_" + Number(i) + ", ";
                _w.Line("{ .path=" + CStringLiteral.Quote(file.Path) + ", " + read + writes + ".num_write_probes=" + Number(file.Writes.Count)
                    + ", .buffer=stap_procfs_probe_buffers.buf_" + Number(i) + ", .bufsize=" + file.BufferSize + ", .permissions=" + Number(file.Permissions) + ", },");
            }
            _w.CloseBlock(";");
            _w.Line();
            WriteProcfsReadEntry();
            WriteProcfsWriteEntry();
        }

        /// <summary>Runs a file's read probe into the file's buffer when a reader opens it (procfs-probes.c).</summary>
        private void WriteProcfsReadEntry()
        {
            _w.OpenBlock("static int _stp_proc_fill_read_buffer(struct stap_procfs_probe *spp)");
            _w.Line("struct _stp_procfs_data pdata;");
            WriteEntry("stp_probe_type_procfs", "STAP_SESSION_RUNNING", pollRefresh: false, overload: true, "spp->read_probe", beforeCall: () =>
            {
                _w.Line("pdata.buffer = spp->buffer;");
                _w.Line("pdata.bufsize = spp->bufsize;");
                _w.Line("pdata.count = spp->count;");
                WriteProcfsDataClaim();
            }, afterCall: () =>
            {
                _w.Line("c->ips.procfs_data = NULL;");
                _w.Line("spp->needs_fill = 0;");
                _w.Line("spp->count = strlen(spp->buffer);");
            });
            _w.OpenBlock("if (spp->needs_fill)");
            _w.Line("spp->needs_fill = 0;");
            _w.Line("return -EIO;");
            _w.CloseBlock();
            _w.Line("return 0;");
            _w.CloseBlock();
        }

        /// <summary>Runs a write probe on the text written (clipped to the buffer and MAXSTRINGLEN); returns the bytes taken.</summary>
        private void WriteProcfsWriteEntry()
        {
            _w.OpenBlock("static int _stp_process_write_buffer(struct stap_procfs_probe *spp, const char __user *buf, size_t count)");
            _w.Line("int retval = 0;");
            _w.Line("struct _stp_procfs_data pdata;");
            WriteEntry("stp_probe_type_procfs", "STAP_SESSION_RUNNING", pollRefresh: false, overload: true, "spp->write_probes[0]", beforeCall: () =>
            {
                _w.Line("if (count >= MAXSTRINGLEN)");
                _w.Line("  count = MAXSTRINGLEN - 1;");
                _w.Line("pdata.bufsize = spp->bufsize;");
                _w.Line("if (count >= pdata.bufsize)");
                _w.Line("  count = pdata.bufsize - 1;");
                _w.Line("pdata.buffer = (char *)buf;");
                _w.Line("pdata.count = count;");
                WriteProcfsDataClaim();
            }, afterCall: () =>
            {
                _w.Line("c->ips.procfs_data = NULL;");
                _w.Line("if (c->last_error == 0)");
                _w.Line("  retval = count;");
            });
            _w.Line("return retval;");
            _w.CloseBlock();
            _w.Line();
        }

        /// <summary>A context already serving a procfs probe (nested access) skips this one.</summary>
        private void WriteProcfsDataClaim()
        {
            _w.Line("if (c->ips.procfs_data == NULL)");
            _w.Line("  c->ips.procfs_data = &pdata;");
            _w.OpenBlock("else");
            _w.OpenBlock("if (unlikely (atomic_inc_return (skipped_count()) > MAXSKIPPED))");
            _w.Line("atomic_set (session_state(), STAP_SESSION_ERROR);");
            _w.Line("_stp_exit ();");
            _w.CloseBlock();
            _w.Line("goto probe_epilogue;");
            _w.CloseBlock();
        }

        private void WriteProcfsRegistration()
        {
            string count = Number(ProcfsFiles.Count);
            _w.OpenBlock("for (i = 0; i < " + count + "; i++)");
            _w.Line("struct stap_procfs_probe *spp = &stap_procfs_probes[i];");
            _w.Line("if (spp->read_probe)");
            _w.Line("  probe_point = spp->read_probe->pp;");
            _w.Line("else");
            _w.Line("  probe_point = spp->write_probes[0]->pp;");
            _w.Line("_spp_init(spp);");
            _w.Line("rc = _stp_create_procfs(spp->path, &_stp_proc_fops, spp->permissions, spp);");
            _w.OpenBlock("if (rc)");
            _w.Line("_stp_close_procfs();");
            _w.OpenBlock("for (j = 0; j < " + count + "; j++)");
            _w.Line("_spp_shutdown(&stap_procfs_probes[j]);");
            _w.CloseBlock();
            _w.Line("break;");
            _w.CloseBlock();
            _w.CloseBlock();
        }

        private void WriteProcfsUnregistration()
        {
            _w.Line("_stp_close_procfs();");
            _w.OpenBlock("for (i = 0; i < " + Number(ProcfsFiles.Count) + "; i++)");
            _w.Line("_spp_shutdown(&stap_procfs_probes[i]);");
            _w.CloseBlock();
        }
    }
}
