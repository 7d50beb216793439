using System;
using System.Text;

namespace StapSharp.Transport.Tests;

/// <summary>
/// Builds expected frames byte by byte from the offsets in the protocol reference, independently of the codec
/// (little-endian written by hand so a codec bug cannot hide in a shared helper).
/// </summary>
internal sealed class GoldenFrame
{
    private readonly byte[] _bytes;

    private GoldenFrame(uint type, int payloadLength)
    {
        _bytes = new byte[4 + payloadLength];
        Put(_bytes, 0, type, 4);
    }

    public static GoldenFrame Type(uint type, int payloadLength = 0) => new(type, payloadLength);

    /// <summary>Writes an integer of <paramref name="size"/> bytes at a payload offset.</summary>
    public GoldenFrame Int(int payloadOffset, long value, int size)
    {
        Put(_bytes, 4 + payloadOffset, unchecked((ulong)value), size);
        return this;
    }

    public GoldenFrame Text(int payloadOffset, string ascii)
    {
        Encoding.ASCII.GetBytes(ascii).CopyTo(_bytes, 4 + payloadOffset);
        return this;
    }

    public GoldenFrame Fill(int payloadOffset, int count, byte value)
    {
        _bytes.AsSpan(4 + payloadOffset, count).Fill(value);
        return this;
    }

    public byte[] ToArray() => (byte[])_bytes.Clone();

    private static void Put(byte[] target, int offset, ulong value, int size)
    {
        for (var i = 0; i < size; i++)
        {
            target[offset + i] = (byte)(value >> (8 * i));
        }
    }
}
