using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Writes the module's C in stap 4.8's section order (see docs/codegen.md): prelude, runtime, struct context,
    /// map instantiations, globals, prototypes, probe table and handlers, functions, one block per probe family,
    /// module init/refresh/exit. Frames are translated first because struct context needs their fields.
    /// </summary>
    internal sealed partial class ModuleEmitter
    {
        private readonly EmitContext _context;
        private readonly List<EmittedProbe> _probes = new();
        private readonly List<(IrFunction Function, FrameEmitter Frame)> _functions = new();
        private readonly CWriter _w = new();

        public ModuleEmitter(EmitContext context)
        {
            _context = context;
        }

        private IrModule Module => _context.Module;

        private ModuleGeneratorOptions Options => _context.Options;

        /// <summary>Probes that are registered (everything but <c>never</c>), in declaration order, with their index.</summary>
        private sealed record EmittedProbe(int Index, IrProbe Probe, FrameEmitter Frame, GlobalUse Use)
        {
            public string Name => CNames.Probe(Index);

            public bool IsSession => Probe.Point is IrSessionProbePoint;
        }

        public string EmitSource()
        {
            TranslateFrames();
            WritePrelude();
            if (ProcfsFiles.Count > 0)
                _w.Directive("#include \"procfs-probes.h\"");
            WriteEmbeddedBlocks();
            WriteRegexMatcher();
            WriteContext();
            WriteRegexPrograms();
            _w.Directive("#include \"runtime_context.h\"");
            WriteMapInstantiations();
            WriteRefreshMachinery();
            _w.Directive("#include \"namespaces.h\"");
            _w.Line();
            WriteGlobals();
            _w.Directive("#include \"common_session_state.h\"");
            _w.Directive("#include \"probe_lock.h\"");
            _w.Directive("#ifdef STAP_NEED_GETTIMEOFDAY");
            _w.Directive("#include \"time.c\"");
            _w.Directive("#endif");
            _w.Line();
            WriteFunctionPrototypes();
            WriteProbeStruct();
            WriteProbeHandlers();
            WriteProbeTable();
            WriteFunctionBodies();
            WriteSessionProbeGroup();
            WriteTimerProbeGroup();
            WriteJiffiesProbeGroup();
            WritePerfProbeGroup();
            WriteProcfsProbeGroup();
            _w.Directive("#ifdef STAP_NEED_TRACEPOINTS");
            _w.Directive("#include \"linux/stp_tracepoint.c\"");
            _w.Directive("#endif");
            _w.Line();
            WriteModuleInit();
            WriteModuleRefresh();
            WriteModuleExit();
            WriteKernelModuleInitExit();
            _w.Line("MODULE_DESCRIPTION(\"systemtap-generated probe\");");
            _w.Line("MODULE_LICENSE(\"GPL\");");
            return _w.ToString();
        }

        private void TranslateFrames()
        {
            foreach (IrFunction function in Module.Functions)
                _functions.Add((function, FrameEmitter.ForFunction(_context, function)));
            int index = 0;
            var procfsReaders = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (IrProbe probe in Module.Probes)
            {
                if (!ProbePoints.Validate(_context, probe))
                    continue;
                if (probe.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.Never })
                {
                    // Checked like any other probe, never registered: stap emits nothing for it either.
                    FrameEmitter.ForProbe(_context, probe);
                    continue;
                }
                if (probe.Point is IrProcfsProbePoint { IsWrite: false } read && !procfsReaders.Add(read.Path))
                {
                    _context.Report(ErrorCode.ERR_InvalidProbePoint, probe.Location, read.ToProbePointString(),
                        "a procfs file has at most one .read probe");
                    continue;
                }
                FrameEmitter frame = FrameEmitter.ForProbe(_context, probe);
                _probes.Add(new EmittedProbe(index++, probe, frame, _context.Analysis.UseOf(probe.Body)));
            }
        }

        /// <summary>The begin, end and error probes in the order stap 4.8's stap_be_probes[] has them: all of them in one
        /// list in probe order, sorted on the sequence number alone with libstdc++'s std::sort (<see cref="IntroSort"/>),
        /// which is not stable above 16 probes: probes of one sequence number then run in an order of stap's own.</summary>
        private List<EmittedProbe> SessionProbeTable()
        {
            List<EmittedProbe> table = _probes.Where(p => p.IsSession).ToList();
            IntroSort.Sort(table, (a, b) => SequenceOf(a) < SequenceOf(b));
            return table;
        }

        private static long SequenceOf(EmittedProbe p) => ((IrSessionProbePoint)p.Probe.Point).Sequence ?? 0;

        private static IrSessionProbeKind Normalize(IrSessionProbeKind kind) =>
            kind == IrSessionProbeKind.Oneshot ? IrSessionProbeKind.Begin : kind;

        /// <summary>hrtimer probes: every timer unit but jiffies and profile (a perf probe).</summary>
        private IEnumerable<EmittedProbe> TimerProbes =>
            _probes.Where(p => p.Probe.Point is IrTimerProbePoint { Unit: not (IrTimerUnit.Jiffies or IrTimerUnit.Profile) });

        private IEnumerable<EmittedProbe> JiffiesProbes =>
            _probes.Where(p => p.Probe.Point is IrTimerProbePoint { Unit: IrTimerUnit.Jiffies });

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The globals a probe must lock, in module order; begin/end/error probes run alone and lock nothing.</summary>
        private ImmutableArray<(IrGlobal Global, bool Write)> LocksOf(EmittedProbe probe)
        {
            if (probe.IsSession)
                return ImmutableArray<(IrGlobal, bool)>.Empty;
            return probe.Use.Read.Concat(probe.Use.Written)
                .GroupBy(g => g.Name)
                .Select(g => g.First())
                .OrderBy(_context.IndexOf)
                .Select(g => (g, probe.Use.Written.Any(w => w.Name == g.Name)))
                .ToImmutableArray();
        }
    }
}
