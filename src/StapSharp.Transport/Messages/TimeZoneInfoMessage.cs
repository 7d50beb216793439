using System;

namespace StapSharp.Transport;

/// <summary>
/// <c>STP_TZINFO</c> (<c>struct _stp_msg_tzinfo</c>, 72 bytes): the local time zone for the <c>tz_*()</c> tapset
/// functions. Root only.
/// </summary>
/// <param name="SecondsWestOfUtc">The field <c>tz_gmtoff</c>: seconds <em>west</em> of UTC, the negated <c>tm_gmtoff</c> (CET is -3600).</param>
/// <param name="Name">The zone abbreviation, for example <c>CET</c>; at most 63 UTF-8 bytes.</param>
public sealed record TimeZoneInfoMessage(long SecondsWestOfUtc, string Name) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.TimeZoneInfo;

    /// <summary>Creates the message from a UTC offset as .NET reports it (east positive).</summary>
    /// <param name="utcOffset">Offset of local time from UTC.</param>
    /// <param name="name">The zone abbreviation.</param>
    /// <returns>The message.</returns>
    public static TimeZoneInfoMessage FromUtcOffset(TimeSpan utcOffset, string name) =>
        new(-(long)utcOffset.TotalSeconds, name);
}
