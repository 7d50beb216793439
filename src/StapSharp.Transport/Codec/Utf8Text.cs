using System;
using System.Text;

namespace StapSharp.Transport;

/// <summary>UTF-8 over spans for every target (netstandard2.0 has only the pointer overloads).</summary>
internal static class Utf8Text
{
    // Strict encoder for what we send; decoding untrusted bytes replaces invalid sequences instead of throwing.
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static int GetByteCount(string text) => s_lenient.GetByteCount(text);

    /// <summary>Encodes <paramref name="text"/> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static unsafe bool TryEncode(string text, Span<byte> destination, out int written)
    {
        written = 0;
        var count = s_lenient.GetByteCount(text);
        if (count > destination.Length)
        {
            return false;
        }

        if (count == 0)
        {
            return true;
        }

        fixed (char* chars = text)
        fixed (byte* bytes = destination)
        {
            written = s_lenient.GetBytes(chars, text.Length, bytes, destination.Length);
        }

        return true;
    }

    public static unsafe string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* p = bytes)
        {
            return s_lenient.GetString(p, bytes.Length);
        }
    }

    /// <summary>The bytes before the first NUL (all of them when there is none).</summary>
    public static ReadOnlySpan<byte> UpToNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? bytes : bytes.Slice(0, nul);
    }

    internal static bool IsStrictlyEncodable(string text)
    {
        try
        {
            s_strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
