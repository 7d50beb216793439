using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>Formats sub-language error messages from their <c>ERR_*</c> entries in Messages.resx.</summary>
    internal static class SubLanguageMessages
    {
        public static string Format(ErrorCode code, IReadOnlyList<object> arguments)
        {
            string format = DiagnosticMessages.GetFormat(code);
            return arguments.Count == 0
                ? format
                : string.Format(CultureInfo.InvariantCulture, format, arguments.ToArray());
        }
    }
}
