using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>What <c>stap -p2</c> said about a script: accepted or not, its first error class, the listed types.</summary>
    internal sealed record StapResult(int ExitCode, string Stdout, string Stderr)
    {
        private const string Separator = "\n--8<-- stderr --8<--\n";

        public bool Accepted => ExitCode == 0;

        /// <summary>True when stap failed only for lack of kernel debuginfo, which is outside this model.</summary>
        public bool NeedsDebuginfo => !Accepted && (Stderr.Contains("debuginfo") || Stderr.Contains("Kernel function symbol table missing") && Stderr.Contains("while resolving probe point") && !Stderr.Contains("probe point mismatch") && !Stderr.Contains("probe point truncated"));

        /// <summary>The cache form: the exit code, the globals/functions listing and the error lines only (stap -p2 also prints the whole elaborated script).</summary>
        public string Serialize()
        {
            var listing = new System.Text.StringBuilder();
            bool keep = false;
            foreach (string line in Stdout.Split('\n'))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal)) keep = line is "# globals" or "# functions";
                if (keep && !line.StartsWith(" ", StringComparison.Ordinal) && line.Length > 0) listing.Append(line).Append('\n');
            }

            var errors = Stderr.Split('\n')
                .Where(l => l.Contains("error") || l.Contains("debuginfo") || l.Contains("timed out") || l.Contains("no probes found"))
                .Take(20);
            return ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + listing + Separator + string.Join("\n", errors) + "\n";
        }

        public static StapResult Parse(string text)
        {
            int newline = text.IndexOf('\n');
            int separator = text.IndexOf(Separator, StringComparison.Ordinal);
            int code = int.Parse(text.Substring(0, newline), System.Globalization.CultureInfo.InvariantCulture);
            return new StapResult(code, text.Substring(newline + 1, separator - newline - 1), text.Substring(separator + Separator.Length));
        }

        /// <summary>The first error message, without the "while resolving/processing" context lines.</summary>
        public string? FirstError => Stderr.Split('\n')
            .Where(l => l.StartsWith("semantic error:", StringComparison.Ordinal) || l.StartsWith("parse error:", StringComparison.Ordinal))
            .FirstOrDefault(l => !l.Contains("while resolving probe point") && !l.Contains("while processing probe"))
            ?? (Stderr.Contains("no probes found") ? "semantic error: no probes found" : null);

        /// <summary>The stap listing of globals or functions (<c>name:type ...</c>) by name.</summary>
        public IReadOnlyDictionary<string, string> Listing(string section)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            bool inSection = false;
            foreach (string line in Stdout.Split('\n'))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal)) { inSection = line == "# " + section; continue; }
                if (!inSection || line.Length == 0 || line.StartsWith(" ", StringComparison.Ordinal)) continue;
                int colon = line.IndexOf(':');
                if (colon > 0) result[line.Substring(0, colon)] = line.Trim();
            }

            return result;
        }

        /// <summary>The StapSharp error codes that stand for stap's error class (any of them counts as a match).</summary>
        public static ErrorCode[]? ClassOf(string message)
        {
            (string, ErrorCode[])[] table =
            {
                ("unresolved function", new[] { ErrorCode.ERR_UnresolvedFunction }),
                ("unknown operator @", new[] { ErrorCode.ERR_UnknownMacro }),
                ("invalid type stats", new[] { ErrorCode.ERR_InvalidStatisticsUse }),
                ("index ", new[] { ErrorCode.ERR_IndexTypeMismatch, ErrorCode.ERR_TypeMismatch, ErrorCode.ERR_OperandTypeMismatch }),
                ("type mismatch", new[] { ErrorCode.ERR_TypeMismatch, ErrorCode.ERR_OperandTypeMismatch, ErrorCode.ERR_IndexTypeMismatch }),
                ("inconsistent arity", new[] { ErrorCode.ERR_InconsistentArity }),
                ("arity mismatch found", new[] { ErrorCode.ERR_FunctionArityMismatch }),
                ("unresolved arity-", new[] { ErrorCode.ERR_UnresolvedGlobalArray }),
                ("probe point mismatch", new[] { ErrorCode.ERR_ProbePointMismatch }),
                ("probe point truncated", new[] { ErrorCode.ERR_ProbePointTruncated }),
                ("invalid suffix", new[] { ErrorCode.ERR_InvalidProbeSuffix }),
                ("unresolved target-symbol", new[] { ErrorCode.ERR_UnresolvedTargetSymbol }),
                ("unresolved type", new[] { ErrorCode.ERR_UnresolvedType }),
                ("wildcard not allowed", new[] { ErrorCode.ERR_WildcardNotAllowed }),
                ("@entry is only valid", new[] { ErrorCode.ERR_EntryOutsideReturnProbe }),
                ("Expecting lvalue", new[] { ErrorCode.ERR_ExpectingLvalue }),
                ("no probes found", new[] { ErrorCode.ERR_NoProbesFound }),
                ("Wrong number of args to formatted print", new[] { ErrorCode.ERR_PrintfArgumentCount }),
                ("write to target variable", new[] { ErrorCode.ERR_TargetWriteNeedsGuru }),
                ("function may not be used unless -g is specified", new[] { ErrorCode.ERR_GuruFunctionNeedsGuru }),
                ("internal error: unresolved function call", new[] { ErrorCode.ERR_CallChainTooDeep }),
                ("excessive branching factor", new[] { ErrorCode.ERR_RegexExcessiveBranching }),
            };
            foreach (var (fragment, codes) in table)
            {
                if (message.Contains(fragment)) return codes;
            }

            return null;
        }
    }
}
