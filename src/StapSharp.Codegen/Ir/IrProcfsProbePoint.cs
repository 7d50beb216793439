using System.Globalization;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A <c>procfs("path").read</c> or <c>.write</c> probe point.</summary>
    /// <param name="Path">The file name under <c>/proc/systemtap/MODULE/</c> (<c>command</c> when none is written).</param>
    /// <param name="IsWrite">True for <c>.write</c>, false for <c>.read</c>.</param>
    internal sealed record IrProcfsProbePoint(string Path, bool IsWrite) : IrProbePoint
    {
        /// <summary>The <c>.read.maxsize(N)</c> buffer size in bytes, or null for the runtime's default (STP_PROCFS_BUFSIZE).</summary>
        public long? MaxSize { get; init; }

        /// <summary>The <c>.umask(N)</c> mask applied to 0444 (read) or 0222 (write), or null for owner-only (0400, 0200).</summary>
        public long? Umask { get; init; }

        /// <summary>False for <c>procfs.read</c>/<c>procfs.write</c>, whose file is <see cref="DefaultPath"/>.</summary>
        public bool IsPathWritten { get; init; } = true;

        /// <summary>The permission bits this probe gives its file (a file with a read and a write probe has both).</summary>
        public int Permissions => (int)((IsWrite ? 0x92 /* 0222 */ : 0x124 /* 0444 */) & ~(Umask ?? (IsWrite ? 0x12 /* 022 */ : 0x24 /* 044 */)));

        /// <inheritdoc/>
        public override string ToProbePointString()
        {
            string text = IsPathWritten ? "procfs(\"" + Path + "\")" : "procfs";
            if (Umask is long umask)
                text += ".umask(" + umask.ToString(CultureInfo.InvariantCulture) + ")";
            text += IsWrite ? ".write" : ".read";
            return MaxSize is long size ? text + ".maxsize(" + size.ToString(CultureInfo.InvariantCulture) + ")" : text;
        }

        /// <summary>The file of <c>procfs.read</c>/<c>procfs.write</c> without a path.</summary>
        public const string DefaultPath = "command";
    }
}
