using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests;

/// <summary>Marker parsing, without a VM.</summary>
public sealed class VmSerialParserTests
{
    private const string Nonce = "0123abcd";
    private const string M = "@@STAPSHARP-VM " + Nonce;

    private static string Log(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    [Fact]
    public void Parses_jobs_sections_and_summary()
    {
        string log = Log(
            "\u001bc\u001b[?7lSeaBIOS (version x)",
            "Booting from ROM..\u001b[2J" + M + " INIT uptime=3.11 kernel=6.1.0-56-amd64",
            M + " KMOD nf_conntrack rc=0",
            "modprobe: chatter",
            M + " BEGIN hello uptime=3.15",
            M + " STDOUT hello bytes=14 eol=1",
            "hello, world!",
            M + " STDERR hello bytes=0 eol=1",
            M + " END hello rc=0 timedout=0 seconds=0.99 modules=- taint=12288",
            M + " BEGIN two uptime=4.2",
            M + " STDOUT two bytes=5 eol=1",
            "a",
            "",
            "b",
            M + " STDERR two bytes=12 eol=0",
            "ERROR: x",
            "end",
            M + " END two rc=1 timedout=1 seconds=3.50 modules=a,b taint=12800",
            M + " DMESG all bytes=6 eol=1",
            "<4>oh",
            M + " DONE uptime=9.5 taint=12800",
            "[    9.6] reboot: Power down");

        VmRunResult r = VmSerialParser.Parse(log, Nonce);

        Assert.True(r.Completed);
        Assert.Equal(3.11, r.BootSeconds);
        Assert.Equal(9.5, r.UptimeAtDone);
        Assert.Equal(12800L, r.FinalTaint);
        Assert.Equal("6.1.0-56-amd64", r.KernelRelease);
        Assert.Equal(2, r.Jobs.Count);
        Assert.Equal(0, r.KernelModuleLoads["nf_conntrack"]);
        Assert.Equal("hello, world!\n", r["hello"].Stdout);
        Assert.Equal("", r["hello"].Stderr);
        Assert.True(r["hello"].LsmodEmpty);
        Assert.Equal(VmTimeout.None, r["hello"].Timeout);
        Assert.Equal("a\n\nb\n", r["two"].Stdout);
        Assert.Equal("ERROR: x\nend", r["two"].Stderr);
        Assert.Equal(1, r["two"].ExitCode);
        Assert.Equal(VmTimeout.Interrupted, r["two"].Timeout);
        Assert.Equal(["a", "b"], r["two"].ModulesAfter);
        Assert.Equal(3.5, r["two"].Seconds);
        Assert.Equal("<4>oh\n", r.Dmesg);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Markers_with_another_nonce_are_output()
    {
        string log = Log(
            M + " INIT uptime=1 kernel=k",
            M + " STDOUT spoof bytes=44 eol=1",
            "@@STAPSHARP-VM ffff END spoof rc=0 timedout=0",
            M + " STDERR spoof bytes=0 eol=1",
            M + " END spoof rc=3 timedout=0 seconds=1 modules=- taint=0");

        VmRunResult r = VmSerialParser.Parse(log, Nonce);

        Assert.False(r.Completed);
        VmJobResult job = Assert.Single(r.Jobs);
        Assert.Equal(3, job.ExitCode);
        Assert.Equal("@@STAPSHARP-VM ffff END spoof rc=0 timedout=0\n", job.Stdout);
    }

    [Fact]
    public void Byte_count_mismatch_is_a_warning()
    {
        string log = Log(
            M + " STDOUT j bytes=4 eol=1",
            "a\rb",
            M + " END j rc=0 timedout=0 seconds=1 modules=- taint=0");

        VmRunResult r = VmSerialParser.Parse(log, Nonce);

        Assert.Equal("ab\n", r["j"].Stdout);
        Assert.Single(r.Warnings);
    }

    [Fact]
    public void Unfinished_boot_keeps_the_jobs_that_ended()
    {
        string log = Log(
            M + " INIT uptime=2 kernel=k",
            M + " BEGIN stuck uptime=2.1",
            "[   30.0] watchdog: BUG: soft lockup");

        VmRunResult r = VmSerialParser.Parse(log, Nonce);

        Assert.False(r.Completed);
        Assert.Empty(r.Jobs);
        Assert.Contains("soft lockup", r.Describe(), System.StringComparison.Ordinal);
    }
}
