using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>Formats sub-language error messages from the <c>ERR_*</c> entries of Messages.resx.</summary>
    internal static class SubLanguageMessages
    {
        private static readonly ResourceManager s_resources =
            new("StapSharp.Diagnostics.Messages", typeof(ErrorCode).Assembly);

        private static readonly ConcurrentDictionary<ErrorCode, string> s_formats = new();

        public static string Format(ErrorCode code, IReadOnlyList<object> arguments)
        {
            string format = s_formats.GetOrAdd(code, LookUp);
            return arguments.Count == 0
                ? format
                : string.Format(CultureInfo.InvariantCulture, format, arguments.ToArray());
        }

        private static string LookUp(ErrorCode code)
        {
            try
            {
                return s_resources.GetString(code.ToString(), CultureInfo.InvariantCulture) ?? code.ToString();
            }
            catch (MissingManifestResourceException)
            {
                // Only in a broken build (resource not embedded); the code name still says what went wrong.
                return code.ToString();
            }
        }
    }
}
