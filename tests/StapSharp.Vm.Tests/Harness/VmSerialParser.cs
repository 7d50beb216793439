using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StapSharp.Vm.Testing;

/// <summary>
/// Parses the serial console of a run-modules.sh boot. Every marker line is
/// <c>@@STAPSHARP-VM &lt;nonce&gt; KIND ...</c>; it may start in the middle of a line (after SeaBIOS' escape codes).
/// <list type="bullet">
/// <item><c>INIT uptime=S kernel=R</c>, <c>KMOD NAME rc=N</c> (modprobe of an in-tree module), <c>BEGIN NAME uptime=S</c></item>
/// <item><c>STDOUT NAME bytes=N eol=0|1</c> / <c>STDERR NAME ...</c> / <c>DMESG all ...</c>, followed by the raw text;
/// eol=0 means the text had no final newline and the guest added one.</item>
/// <item><c>END NAME rc=N timedout=0|1|2 seconds=S modules=m1,m2|- taint=N</c></item>
/// <item><c>DONE uptime=S taint=N</c></item>
/// </list>
/// </summary>
public static class VmSerialParser
{
    public const string MarkerPrefix = "@@STAPSHARP-VM";

    public static VmRunResult Parse(string serialLog, string nonce)
    {
        string text = serialLog.Replace("\r", "", StringComparison.Ordinal);
        string marker = MarkerPrefix + " " + nonce + " ";
        var jobs = new List<VmJobResult>();
        var kmods = new Dictionary<string, int>(StringComparer.Ordinal);
        var warnings = new List<string>();
        var stdout = new Dictionary<string, (string Text, long Bytes)>(StringComparer.Ordinal);
        var stderr = new Dictionary<string, (string Text, long Bytes)>(StringComparer.Ordinal);
        string dmesg = "";
        bool completed = false;
        double? boot = null, done = null;
        long? finalTaint = null;
        string kernel = "";

        // The open section: which dictionary, job name, declared size, eol flag and the lines so far.
        string? sectionKind = null, sectionName = null;
        long sectionBytes = 0;
        bool sectionEol = true;
        var sectionLines = new List<string>();

        void CloseSection()
        {
            if (sectionKind is null)
            {
                return;
            }

            string content = sectionLines.Count == 0 || sectionBytes == 0
                ? ""
                : string.Join("\n", sectionLines) + (sectionEol ? "\n" : "");
            long actual = Encoding.UTF8.GetByteCount(content);
            if (actual != sectionBytes)
            {
                warnings.Add($"{sectionKind} of {sectionName}: the guest counted {sectionBytes} bytes, the console gave {actual}" +
                    " (CRs in the output are lost; kernel messages may be interleaved).");
            }

            switch (sectionKind)
            {
                case "STDOUT": stdout[sectionName!] = (content, sectionBytes); break;
                case "STDERR": stderr[sectionName!] = (content, sectionBytes); break;
                default: dmesg = content; break;
            }

            sectionKind = null;
            sectionLines.Clear();
        }

        string[] lines = text.Split('\n');
        int last = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (int li = 0; li < last; li++)
        {
            string line = lines[li];
            int at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                if (sectionKind is not null)
                {
                    sectionLines.Add(line);
                }

                continue;
            }

            CloseSection();
            string[] f = line[(at + marker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0)
            {
                continue;
            }

            Dictionary<string, string> kv = KeyValues(f);
            switch (f[0])
            {
                case "INIT":
                    boot = Number(kv, "uptime");
                    kernel = kv.TryGetValue("kernel", out string? k) ? k : "";
                    break;
                case "KMOD" when f.Length >= 2:
                    kmods[f[1]] = (int)(Number(kv, "rc") ?? -1);
                    break;
                case "STDOUT" or "STDERR" or "DMESG" when f.Length >= 2:
                    sectionKind = f[0];
                    sectionName = f[1];
                    sectionBytes = (long)(Number(kv, "bytes") ?? 0);
                    sectionEol = !kv.TryGetValue("eol", out string? eol) || eol != "0";
                    break;
                case "END" when f.Length >= 2:
                    string name = f[1];
                    string mods = kv.TryGetValue("modules", out string? m) ? m : "-";
                    (string Text, long Bytes) o = stdout.TryGetValue(name, out var so) ? so : ("", 0);
                    (string Text, long Bytes) e = stderr.TryGetValue(name, out var se) ? se : ("", 0);
                    jobs.Add(new VmJobResult(
                        name,
                        (int)(Number(kv, "rc") ?? -1),
                        (VmTimeout)(int)(Number(kv, "timedout") ?? 0),
                        Number(kv, "seconds") ?? 0,
                        o.Text,
                        e.Text,
                        mods == "-" || mods.Length == 0 ? [] : mods.Split(','),
                        (long)(Number(kv, "taint") ?? 0),
                        o.Bytes,
                        e.Bytes));
                    break;
                case "DONE":
                    completed = true;
                    done = Number(kv, "uptime");
                    finalTaint = (long?)Number(kv, "taint");
                    break;
            }
        }

        CloseSection();
        return new VmRunResult(completed, boot, done, finalTaint, kernel, jobs, kmods, dmesg, warnings, text);
    }

    private static Dictionary<string, string> KeyValues(string[] fields)
    {
        var kv = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string field in fields)
        {
            int eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                kv[field[..eq]] = field[(eq + 1)..];
            }
        }

        return kv;
    }

    private static double? Number(Dictionary<string, string> kv, string key) =>
        kv.TryGetValue(key, out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            ? d
            : null;
}
