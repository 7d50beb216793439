using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace StapSharp.Transport;

/// <summary>Builds the relocation list staprun sends: kernel symbols from <c>/proc/kallsyms</c>, then module sections.</summary>
internal static class KernelSymbols
{
    /// <summary>The kernel symbols the runtime needs, <c>_stext</c> first (its failure aborts the start).</summary>
    public static IReadOnlyList<string> Wanted(TransportProtocol protocol) => protocol == TransportProtocol.V5
        ? ["_stext", "kallsyms_lookup_name", "kallsyms_on_each_symbol", "module_kallsyms_on_each_symbol"]
        : ["_stext", "kallsyms_lookup_name", "kallsyms_on_each_symbol"];

    /// <summary>Finds the first address of each wanted symbol in kallsyms text (<c>ADDRESS TYPE NAME [MODULE]</c>), kernel symbols only.</summary>
    public static IReadOnlyList<RelocationMessage> FromKallsyms(TextReader kallsyms, IReadOnlyList<string> wanted)
    {
        var found = new Dictionary<string, ulong>(StringComparer.Ordinal);
        string? line;
        while ((line = kallsyms.ReadLine()) is not null && found.Count < wanted.Count)
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || found.ContainsKey(parts[2]) || !Contains(wanted, parts[2])
                || !ulong.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var address))
            {
                continue;
            }

            found[parts[2]] = address;
        }

        var result = new List<RelocationMessage>();
        foreach (var name in wanted)
        {
            if (found.TryGetValue(name, out var address))
            {
                result.Add(new RelocationMessage(RelocationMessage.KernelModuleName, name, address));
            }
        }

        return result;
    }

    /// <summary>One relocation per <c>/sys/module/M/sections/S</c> file; <c>init.</c> sections are sent as 0 like staprun.</summary>
    public static IEnumerable<RelocationMessage> FromModuleSections(string sysModule)
    {
        IEnumerable<string> modules;
        try
        {
            modules = Directory.EnumerateDirectories(sysModule);
        }
        catch (IOException)
        {
            yield break;
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var moduleDir in modules)
        {
            var sections = Path.Combine(moduleDir, "sections");
            if (!Directory.Exists(sections))
            {
                continue;
            }

            var module = Path.GetFileName(moduleDir);
            foreach (var file in SafeFiles(sections))
            {
                var section = Path.GetFileName(file);
                if (!TryReadAddress(file, out var address) || module.Length >= TransportLimits.ModuleNameFieldLength || section.Length >= TransportLimits.SymbolNameFieldLength)
                {
                    continue;
                }

                yield return new RelocationMessage(module, section, section.Contains("init.") ? 0 : address);
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> SafeFiles(string dir)
    {
        try
        {
            return Directory.GetFiles(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool TryReadAddress(string file, out ulong address)
    {
        address = 0;
        try
        {
            var text = File.ReadAllText(file).Trim();
            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(2);
            }

            return ulong.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out address);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
