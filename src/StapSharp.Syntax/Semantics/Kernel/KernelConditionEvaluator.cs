using System;
using System.Collections.Generic;
using System.Globalization;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Evaluates a C preprocessor condition of a kernel header (<c>#if</c>, <c>#elif</c>) as the kernel's build would:
    /// <c>CONFIG_X</c> from the target's <c>.config</c> (<c>=y</c> defines it as 1, <c>=m</c> defines
    /// <c>CONFIG_X_MODULE</c>, as <c>autoconf.h</c> does), <c>IS_ENABLED</c>/<c>IS_BUILTIN</c>/<c>IS_MODULE</c>/
    /// <c>IS_REACHABLE</c>, <c>defined</c>, the macros the header itself defined so far, integers and the C operators.
    /// Any other identifier is 0, as in C.
    /// </summary>
    internal sealed class KernelConditionEvaluator
    {
        private readonly IReadOnlyDictionary<string, string> _config;
        private readonly IReadOnlyDictionary<string, string> _localDefines;
        private List<string> _tokens = new();
        private int _at;

        public KernelConditionEvaluator(IReadOnlyDictionary<string, string> config, IReadOnlyDictionary<string, string> localDefines)
        {
            _config = config;
            _localDefines = localDefines;
        }

        public bool Evaluate(string condition)
        {
            _tokens = Tokenize(condition);
            _at = 0;
            long value = Or();
            return value != 0;
        }

        public bool IsDefined(string name) =>
            _localDefines.ContainsKey(name) || ConfigValue(name) != null;

        /// <summary>The value <c>autoconf.h</c> gives a <c>CONFIG_</c> name, or null when it leaves it undefined.</summary>
        private string? ConfigValue(string name)
        {
            if (!name.StartsWith("CONFIG_", StringComparison.Ordinal)) return null;
            if (_config.TryGetValue(name, out string? value))
                return value == "y" ? "1" : value == "m" || value == "n" ? null : value;
            if (name.EndsWith("_MODULE", StringComparison.Ordinal)
                && _config.TryGetValue(name.Substring(0, name.Length - "_MODULE".Length), out string? module) && module == "m")
                return "1";
            return null;
        }

        private string Peek => _at < _tokens.Count ? _tokens[_at] : string.Empty;

        private string Next() => _at < _tokens.Count ? _tokens[_at++] : string.Empty;

        private long Or()
        {
            long left = And();
            while (Peek == "||") { Next(); long right = And(); left = left != 0 || right != 0 ? 1 : 0; }
            return left;
        }

        private long And()
        {
            long left = Equality();
            while (Peek == "&&") { Next(); long right = Equality(); left = left != 0 && right != 0 ? 1 : 0; }
            return left;
        }

        private long Equality()
        {
            long left = Relational();
            while (Peek is "==" or "!=")
            {
                bool equal = Next() == "==";
                long right = Relational();
                left = (left == right) == equal ? 1 : 0;
            }
            return left;
        }

        private long Relational()
        {
            long left = Additive();
            while (Peek is "<" or ">" or "<=" or ">=")
            {
                string op = Next();
                long right = Additive();
                left = op switch { "<" => left < right, ">" => left > right, "<=" => left <= right, _ => left >= right } ? 1 : 0;
            }
            return left;
        }

        private long Additive()
        {
            long left = Multiplicative();
            while (Peek is "+" or "-")
            {
                bool add = Next() == "+";
                long right = Multiplicative();
                left = add ? left + right : left - right;
            }
            return left;
        }

        private long Multiplicative()
        {
            long left = Unary();
            while (Peek is "*" or "/" or "%")
            {
                string op = Next();
                long right = Unary();
                left = op == "*" ? left * right : right == 0 ? 0 : op == "/" ? left / right : left % right;
            }
            return left;
        }

        private long Unary()
        {
            switch (Peek)
            {
                case "!": Next(); return Unary() == 0 ? 1 : 0;
                case "-": Next(); return -Unary();
                case "+": Next(); return Unary();
                case "(":
                    Next();
                    long inner = Or();
                    if (Peek == ")") Next();
                    return inner;
            }

            string token = Next();
            if (token.Length == 0) return 0;
            if (char.IsDigit(token[0])) return ParseNumber(token);
            if (token == "defined")
            {
                bool parenthesised = Peek == "(";
                if (parenthesised) Next();
                string name = Next();
                if (parenthesised && Peek == ")") Next();
                return IsDefined(name) ? 1 : 0;
            }

            if (token is "IS_ENABLED" or "IS_BUILTIN" or "IS_MODULE" or "IS_REACHABLE" && Peek == "(")
            {
                Next();
                string name = Next();
                if (Peek == ")") Next();
                bool builtin = ConfigValue(name) == "1";
                bool module = ConfigValue(name + "_MODULE") == "1";
                return token switch
                {
                    "IS_BUILTIN" => builtin,
                    "IS_MODULE" => module,
                    _ => builtin || module,
                } ? 1 : 0;
            }

            if (Peek == "(")
            {
                // An unknown function-like macro: skip its arguments; it counts as 0, like any unknown identifier.
                int depth = 0;
                do
                {
                    string skipped = Next();
                    if (skipped == "(") depth++;
                    else if (skipped == ")") depth--;
                    else if (skipped.Length == 0) break;
                }
                while (depth > 0);
                return 0;
            }

            string? value = ConfigValue(token) ?? (_localDefines.TryGetValue(token, out string? local) ? local : null);
            return value != null && value.Length > 0 && char.IsDigit(value[0]) ? ParseNumber(value) : 0;
        }

        private static long ParseNumber(string token)
        {
            string digits = token.TrimEnd('u', 'U', 'l', 'L');
            if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                return long.TryParse(digits.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long hex) ? hex : 0;
            return long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : 0;
        }

        private static List<string> Tokenize(string text)
        {
            var tokens = new List<string>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (char.IsLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                    tokens.Add(text.Substring(start, i - start));
                    continue;
                }
                if (char.IsDigit(c))
                {
                    int start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]))) i++;
                    tokens.Add(text.Substring(start, i - start));
                    continue;
                }
                if (i + 1 < text.Length)
                {
                    string pair = text.Substring(i, 2);
                    if (pair is "&&" or "||" or "==" or "!=" or "<=" or ">=")
                    {
                        tokens.Add(pair);
                        i += 2;
                        continue;
                    }
                }
                tokens.Add(c.ToString());
                i++;
            }
            return tokens;
        }
    }
}
