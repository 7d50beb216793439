using System;

namespace StapSharp.Transport;

/// <summary>A C <c>char[N]</c> struct field: NUL-terminated text that must leave room for the NUL.</summary>
internal static class FixedCharField
{
    /// <summary>Writes <paramref name="text"/> zero-filled; fails (writing nothing useful) when it is too long or contains a NUL.</summary>
    public static string? Write(string text, Span<byte> field, string fieldName)
    {
        field.Clear();
        if (text.IndexOf('\0') >= 0)
        {
            return $"{fieldName} contains a NUL character.";
        }

        if (!Utf8Text.IsStrictlyEncodable(text))
        {
            return $"{fieldName} contains an unpaired surrogate.";
        }

        // The last byte must stay NUL: the kernel reads these fields as C strings.
        if (!Utf8Text.TryEncode(text, field.Slice(0, field.Length - 1), out _))
        {
            return $"{fieldName} is longer than {field.Length - 1} UTF-8 bytes.";
        }

        return null;
    }

    /// <summary>Reads the text before the NUL; fails when the field has no NUL at all.</summary>
    public static string? Read(ReadOnlySpan<byte> field, string fieldName, out string text)
    {
        var nul = field.IndexOf((byte)0);
        if (nul < 0)
        {
            text = string.Empty;
            return $"{fieldName} is not NUL-terminated within {field.Length} bytes.";
        }

        text = Utf8Text.Decode(field.Slice(0, nul));
        return null;
    }
}
