using System.Collections.Generic;
using System.Text;

namespace StapSharp.Transport.Tests;

/// <summary>Writes trace-file bytes by hand from the reference record format (§9.2), independently of the parser.</summary>
internal static class TraceBytes
{
    public static byte[] V4(uint sequence, string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        var bytes = new List<byte>();
        bytes.AddRange(Le(sequence));
        bytes.AddRange(Le((uint)body.Length));
        bytes.AddRange(body);
        return bytes.ToArray();
    }

    public static byte[] V5(uint sequence, string text)
    {
        var bytes = new List<byte> { 0xF0, 0x9F, 0xA9, 0xBA };
        bytes.AddRange(V4(sequence, text));
        return bytes.ToArray();
    }

    public static byte[] Record(TransportProtocol protocol, uint sequence, string text) =>
        protocol == TransportProtocol.V4 ? V4(sequence, text) : V5(sequence, text);

    public static byte[] Concat(params byte[][] parts)
    {
        var all = new List<byte>();
        foreach (var p in parts)
        {
            all.AddRange(p);
        }

        return all.ToArray();
    }

    private static byte[] Le(uint v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];
}
