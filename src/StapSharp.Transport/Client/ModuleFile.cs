using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace StapSharp.Transport;

/// <summary>What <see cref="ModuleClient.LoadAsync(string, TransportProtocol, ModuleLoadOptions?, CancellationToken)"/> checks in a <c>.ko</c> before the kernel sees it.</summary>
internal static class ModuleFile
{
    /// <summary>Larger than any SystemTap module (a few MB); stops a wrong path (a disk image...) from filling memory.</summary>
    private const long MaxImageSize = 512L * 1024 * 1024;

    /// <summary>Reads the whole file through the already open descriptor.</summary>
    public static async Task<byte[]> ReadAsync(SafeFileHandle file, string path, CancellationToken cancellationToken)
    {
        var length = RandomAccess.GetLength(file);
        if (length > MaxImageSize)
        {
            throw new ModuleLoadException($"'{path}' is {length} bytes: too large for a kernel module.", Errno.EFAULT);
        }

        var image = new byte[length];
        var read = 0;
        while (read < image.Length)
        {
            var count = await RandomAccess.ReadAsync(file, image.AsMemory(read), read, cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                throw new ModuleLoadException($"'{path}' changed size while it was read.", Errno.EIO);
            }

            read += count;
        }

        return image;
    }

    /// <summary>The name the kernel will give the module; throws when it has none or is not a SystemTap module.</summary>
    public static string Check(ReadOnlySpan<byte> image, string path, ModuleLoadOptions options)
    {
        // No fallback to the file name: a name the kernel would not use could unload another module.
        if (!KernelModuleNames.TryReadEmbeddedName(image, out var name))
        {
            throw new ModuleLoadException($"'{path}' is not a kernel module: it has no readable .gnu.linkonce.this_module name.", Errno.ENOEXEC);
        }

        if (options.ModuleName is { } given && given != name)
        {
            throw new ModuleLoadException($"'{path}' names itself '{name}', not '{given}'.", Errno.EINVAL);
        }

        if (!options.AllowForeignModule && !KernelModuleNames.HasSystemTapPrivilegeSection(image))
        {
            throw new ModuleLoadException($"'{path}' is not a SystemTap module (no .stap_privilege section); refusing to load it (--force loads it anyway).", Errno.ENOEXEC);
        }

        return name;
    }
}
