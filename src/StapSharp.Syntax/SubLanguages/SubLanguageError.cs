using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    /// <summary>
    /// An error found inside a sub-language string (a printf format or a probe-point function spec).
    /// <see cref="Span"/> is relative to the parsed string value; map it into the source file with
    /// <see cref="StringLiteralValueMap.ToSourceSpan(TextSpan)"/>.
    /// </summary>
    public sealed class SubLanguageError
    {
        private static readonly object[] s_noArguments = Array.Empty<object>();

        internal SubLanguageError(ErrorCode code, TextSpan span, params object[] arguments)
        {
            Code = code;
            Span = span;
            Arguments = arguments ?? s_noArguments;
        }

        /// <summary>The error code; its diagnostic ID is <c>STP</c> followed by the four-digit number.</summary>
        internal ErrorCode Code { get; }

        /// <summary>Where the error is, as offsets into the parsed string value (zero length when something is missing).</summary>
        public TextSpan Span { get; }

        /// <summary>The arguments substituted into the message.</summary>
        public IReadOnlyList<object> Arguments { get; }

        /// <summary>The diagnostic ID, for example <c>STP1901</c>.</summary>
        public string Id => "STP" + ((int)Code).ToString("D4", CultureInfo.InvariantCulture);

        /// <summary>The message, formatted with the invariant culture.</summary>
        public string Message => SubLanguageMessages.Format(Code, Arguments);

        /// <summary>Returns <c>offset: ID: message</c>, handy in test output.</summary>
        public override string ToString() =>
            Span.Start.ToString(CultureInfo.InvariantCulture) + ": " + Id + ": " + Message;
    }
}
