using System.Globalization;
using System.Resources;

namespace StapSharp.Diagnostics
{
    /// <summary>Looks up the message format of an <see cref="ErrorCode"/> in Messages.resx.</summary>
    internal static class DiagnosticMessages
    {
        private static readonly ResourceManager s_resources =
            new("StapSharp.Diagnostics.Messages", typeof(DiagnosticMessages).Assembly);

        /// <summary>The message format (with <c>{0}</c>-style placeholders); the member name if the resource is missing.</summary>
        public static string GetFormat(ErrorCode code)
        {
            var name = code.ToString();
            return s_resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
        }

        /// <summary>True if Messages.resx has a message for <paramref name="code"/>.</summary>
        public static bool HasMessage(ErrorCode code) => s_resources.GetString(code.ToString(), CultureInfo.InvariantCulture) != null;
    }
}
