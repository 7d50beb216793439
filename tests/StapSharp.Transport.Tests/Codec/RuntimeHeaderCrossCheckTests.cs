namespace StapSharp.Transport.Tests;

/// <summary>Compares the message table with the installed 4.8 <c>transport_msgs.h</c>, compiled by gcc.</summary>
public sealed class RuntimeHeaderCrossCheckTests
{
    [RuntimeHeaderFact]
    public void Every_v4_message_number_matches_the_header_enum()
    {
        var values = RuntimeHeaderProbe.Values;
        foreach (var info in ControlMessageTable.GetMessages(TransportProtocol.V4))
        {
            Assert.True(values.TryGetValue("enum." + info.Name, out var number), $"{info.Name} is not in the header");
            Assert.Equal(number, (long)info.TypeNumber);
        }
    }

    [RuntimeHeaderFact]
    public void Payload_sizes_match_the_header_structs()
    {
        var v = RuntimeHeaderProbe.Values;
        Assert.Equal(v["sizeof._stp_msg_start"], Size(ControlMessageKind.Start));
        Assert.Equal(v["sizeof._stp_msg_relocation"], Size(ControlMessageKind.Relocation));
        Assert.Equal(v["sizeof._stp_msg_tzinfo"], Size(ControlMessageKind.TimeZoneInfo));
        Assert.Equal(v["sizeof._stp_msg_privilege_credentials"], Size(ControlMessageKind.PrivilegeCredentials));
        Assert.Equal(v["sizeof._stp_msg_remote_id"], Size(ControlMessageKind.RemoteId));
        Assert.Equal(v["sizeof._stp_msg_ns_pid"], Size(ControlMessageKind.NamespacesPid));
        Assert.Equal(v["sizeof._stp_trace"], TraceRecordFormat.GetHeaderSize(TransportProtocol.V4));
    }

    [RuntimeHeaderFact]
    public void Field_offsets_match_the_ones_the_golden_vectors_use()
    {
        // The golden vectors (GoldenVectors.cs) write fields at these offsets, taken from the reference.
        var v = RuntimeHeaderProbe.Values;
        Assert.Equal(0, v["offsetof._stp_msg_start.target"]);
        Assert.Equal(4, v["offsetof._stp_msg_start.res"]);
        Assert.Equal(0, v["offsetof._stp_msg_relocation.module"]);
        Assert.Equal(128, v["offsetof._stp_msg_relocation.reloc"]);
        Assert.Equal(256, v["offsetof._stp_msg_relocation.address"]);
        Assert.Equal(0, v["offsetof._stp_msg_tzinfo.tz_gmtoff"]);
        Assert.Equal(8, v["offsetof._stp_msg_tzinfo.tz_name"]);
        Assert.Equal(0, v["offsetof._stp_msg_privilege_credentials.pc_group_mask"]);
        Assert.Equal(0, v["offsetof._stp_msg_remote_id.remote_id"]);
        Assert.Equal(4, v["offsetof._stp_msg_remote_id.remote_uri"]);
        Assert.Equal(0, v["offsetof._stp_msg_ns_pid.target"]);
        Assert.Equal(0, v["offsetof._stp_trace.sequence"]);
        Assert.Equal(4, v["offsetof._stp_trace.pdu_len"]);
    }

    [RuntimeHeaderFact]
    public void Field_lengths_match_the_header_defines()
    {
        var v = RuntimeHeaderProbe.Values;
        Assert.Equal(TransportLimits.ModuleNameFieldLength, v["define.STP_MODULE_NAME_LEN"]);
        Assert.Equal(TransportLimits.SymbolNameFieldLength, v["define.STP_SYMBOL_NAME_LEN"]);
        Assert.Equal(TransportLimits.TimeZoneNameFieldLength, v["define.STP_TZ_NAME_LEN"]);
        Assert.Equal(TransportLimits.RemoteUriFieldLength, v["define.STP_REMOTE_URI_LEN"]);
    }

    private static long Size(ControlMessageKind kind) => ControlMessageTable.GetInfo(TransportProtocol.V4, kind).PayloadSize;
}
