using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace StapSharp.Vm.Testing;

/// <summary>
/// A test script in tests/vm-scripts: NAME.stp, its expected stdout NAME.out, and optionally its expected
/// stderr NAME.err (absent = empty). Comment lines <c>// vm: key=value ...</c> in the script set
/// <c>rc</c> (expected exit status, default 0), <c>timeout</c> (seconds, default 20) and
/// <c>timedout</c> (1 when the harness is expected to stop it with SIGINT, default 0) and <c>while="COMMAND"</c> (a guest
/// command run alongside the module, <c>$MODULE</c> standing for its name; see <see cref="VmJob.WhileCommand"/>).
/// </summary>
public sealed class VmScript
{
    private VmScript(string name, string path, string expectedStdout, string expectedStderr, int expectedExitCode,
        int timeoutSeconds, VmTimeout expectedTimeout, string? whileCommand, bool guruMode)
    {
        WhileCommand = whileCommand;
        GuruMode = guruMode;
        Name = name;
        ScriptPath = path;
        ExpectedStdout = expectedStdout;
        ExpectedStderr = expectedStderr;
        ExpectedExitCode = expectedExitCode;
        TimeoutSeconds = timeoutSeconds;
        ExpectedTimeout = expectedTimeout;
    }

    /// <summary>The module name (the file name without .stp).</summary>
    public string Name { get; }

    public string ScriptPath { get; }

    public string ExpectedStdout { get; }

    public string ExpectedStderr { get; }

    public int ExpectedExitCode { get; }

    public int TimeoutSeconds { get; }

    public VmTimeout ExpectedTimeout { get; }

    /// <summary>The <c>while="..."</c> guest command with <c>$MODULE</c> still in it, or null.</summary>
    public string? WhileCommand { get; }

    /// <summary><c>guru=1</c>: built with <c>stap -g</c> (eng/vm/build-stp.sh).</summary>
    public bool GuruMode { get; }

    /// <summary>Loads every NAME.stp of a folder (sorted by name).</summary>
    public static IReadOnlyList<VmScript> LoadAll(string directory) =>
        Directory.EnumerateFiles(directory, "*.stp")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static VmScript Load(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        string dir = Path.GetDirectoryName(path)!;
        string outPath = Path.Combine(dir, name + ".out");
        string errPath = Path.Combine(dir, name + ".err");
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            string t = line.Trim();
            if (t.StartsWith("// vm:", StringComparison.Ordinal))
            {
                string header = t["// vm:".Length..];
                // while="..." holds spaces: take it out before splitting the other key=value pairs.
                int quoted = header.IndexOf("while=\"", StringComparison.Ordinal);
                if (quoted >= 0)
                {
                    int close = header.IndexOf('"', quoted + 7);
                    if (close < 0)
                        throw new FormatException($"{path}: while=\" has no closing quote");
                    meta["while"] = header[(quoted + 7)..close];
                    header = header[..quoted] + header[(close + 1)..];
                }

                foreach (string kv in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = kv.IndexOf('=', StringComparison.Ordinal);
                    if (eq > 0)
                    {
                        meta[kv[..eq]] = kv[(eq + 1)..];
                    }
                }
            }
        }

        int Int(string key, int fallback) =>
            meta.TryGetValue(key, out string? v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new VmScript(
            name,
            path,
            File.Exists(outPath) ? File.ReadAllText(outPath) : throw new FileNotFoundException("Missing expected output", outPath),
            File.Exists(errPath) ? File.ReadAllText(errPath) : "",
            Int("rc", 0),
            Int("timeout", 20),
            (VmTimeout)Int("timedout", 0),
            meta.GetValueOrDefault("while"),
            meta.GetValueOrDefault("guru") == "1");
    }

    public override string ToString() => Name;
}
