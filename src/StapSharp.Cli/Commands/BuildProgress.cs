using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// What a user sees while kbuild runs: the builder's own steps and kbuild's one-line summaries (<c>CC [M]</c>,
    /// <c>LD [M]</c>, <c>MODPOST</c>), and a "still building" line whenever nothing was printed for a while (the
    /// first build for a kernel spends half a minute in silent configuration probes). With -v every line of make's
    /// output is shown instead.
    /// </summary>
    internal sealed class BuildProgress : IProgress<string>, IDisposable
    {
        private static readonly TimeSpan s_quietInterval = TimeSpan.FromSeconds(5);
        private static readonly string[] s_summaryPrefixes = { "  CC [M]", "  LD [M]", "  MODPOST", "  CC ", "  LD " };

        private readonly bool _verbose;
        private readonly TextWriter _writer;
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();
        private readonly Timer _timer;
        private readonly object _gate = new();
        private TimeSpan _lastPrinted;
        private bool _probing;
        private bool _compiling;

        public BuildProgress(bool verbose, TextWriter writer)
        {
            _verbose = verbose;
            _writer = writer;
            _timer = new Timer(_ => ReportQuiet(), null, s_quietInterval, s_quietInterval);
        }

        public void Report(string value)
        {
            lock (_gate)
            {
                bool step = value.StartsWith("target:", StringComparison.Ordinal) || value.StartsWith("stapconf:", StringComparison.Ordinal);
                if (value.StartsWith("stapconf: running", StringComparison.Ordinal))
                    _probing = true;
                bool summary = Array.Exists(s_summaryPrefixes, p => value.StartsWith(p, StringComparison.Ordinal));
                if (summary)
                    _compiling = true;
                if (_verbose || summary)
                    Print(value);
                else if (step)
                    Print("stapsharp: " + value);
            }
        }

        public void Dispose() => _timer.Dispose();

        private void ReportQuiet()
        {
            lock (_gate)
            {
                if (_elapsed.Elapsed - _lastPrinted < s_quietInterval)
                    return;
                string phase = _compiling ? "compiling and linking the module"
                    : _probing ? "probing the kernel's configuration (first build for this kernel; cached afterwards)"
                    : "running kbuild";
                Print(string.Format(CultureInfo.InvariantCulture, "stapsharp: still building ({0:0} s): {1}", _elapsed.Elapsed.TotalSeconds, phase));
            }
        }

        private void Print(string line)
        {
            _writer.WriteLine(line);
            _lastPrinted = _elapsed.Elapsed;
        }
    }
}
