using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Finds the tracepoints one kernel trace header declares, without a compiler: the header's own conditionals are
    /// decided from the kernel's <c>.config</c> (<see cref="KernelConditionEvaluator"/>), and the declaring macros
    /// (<c>TRACE_EVENT</c>, <c>DECLARE_EVENT_CLASS</c> + <c>DEFINE_EVENT</c>, their <c>_CONDITION</c>, <c>_FN</c> and
    /// <c>_PRINT</c> forms, <c>DECLARE_TRACE</c>) are read with their <c>TP_PROTO</c>. Headers wrap these macros in
    /// their own (<c>#define TRACE_EVENT_RCU TRACE_EVENT</c>, <c>#define DEFINE_EVENT_CLASS_DENTRY(t) DEFINE_EVENT(...)</c>),
    /// so the macros the header defines are expanded (parameters and <c>##</c>) before reading.
    /// </summary>
    internal sealed class TraceHeaderScanner
    {
        private static readonly ImmutableHashSet<string> s_eventMacros = ImmutableHashSet.Create(StringComparer.Ordinal,
            "TRACE_EVENT", "TRACE_EVENT_CONDITION", "TRACE_EVENT_FN", "TRACE_EVENT_FN_COND", "DECLARE_EVENT_CLASS",
            "DEFINE_EVENT", "DEFINE_EVENT_FN", "DEFINE_EVENT_PRINT", "DEFINE_EVENT_CONDITION", "DECLARE_TRACE",
            "DECLARE_TRACE_CONDITION");

        private const int MaxExpansionDepth = 8;

        private readonly IReadOnlyDictionary<string, string> _config;
        private readonly string _header;
        private readonly Dictionary<string, string> _defines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string[] Parameters, string Body)> _functionMacros = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImmutableArray<TracepointParameter>> _classes = new(StringComparer.Ordinal);
        private readonly List<TracepointDefinition> _found = new();
        private readonly StringBuilder _pending = new();

        private TraceHeaderScanner(IReadOnlyDictionary<string, string> config, string header)
        {
            _config = config;
            _header = header;
            // The kernel reads these headers for their events in the one file that defines CREATE_TRACE_POINTS (some,
            // like module.h, only set TRACE_SYSTEM then).
            _defines["CREATE_TRACE_POINTS"] = string.Empty;
        }

        /// <summary>The tracepoints of <paramref name="text"/>, the header included as <paramref name="header"/>.</summary>
        public static IReadOnlyList<TracepointDefinition> Scan(string text, string header, IReadOnlyDictionary<string, string> config)
        {
            var scanner = new TraceHeaderScanner(config, header);
            scanner.Run(text);
            return scanner._found;
        }

        private void Run(string text)
        {
            var conditions = new Stack<(bool ParentActive, bool Taken, bool Active)>();
            bool active = true;
            foreach (string line in LogicalLines(StripComments(text)))
            {
                string trimmed = line.TrimStart();
                if (!trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    if (active) _pending.Append(line).Append('\n');
                    continue;
                }

                string directive = trimmed.Substring(1).TrimStart();
                string keyword = new string(directive.TakeWhile(c => char.IsLetter(c)).ToArray());
                string rest = directive.Substring(keyword.Length).Trim();
                var evaluator = new KernelConditionEvaluator(_config, _defines);
                switch (keyword)
                {
                    case "if":
                    case "ifdef":
                    case "ifndef":
                        {
                            bool value = keyword == "if" ? evaluator.Evaluate(rest)
                                : keyword == "ifdef" ? evaluator.IsDefined(FirstWord(rest))
                                : !evaluator.IsDefined(FirstWord(rest));
                            conditions.Push((active, active && value, active && value));
                            active = active && value;
                            break;
                        }
                    case "elif":
                        if (conditions.Count == 0) break;
                        {
                            var frame = conditions.Pop();
                            bool value = frame.ParentActive && !frame.Taken && evaluator.Evaluate(rest);
                            conditions.Push((frame.ParentActive, frame.Taken || value, value));
                            active = value;
                            break;
                        }
                    case "else":
                        if (conditions.Count == 0) break;
                        {
                            var frame = conditions.Pop();
                            bool value = frame.ParentActive && !frame.Taken;
                            conditions.Push((frame.ParentActive, true, value));
                            active = value;
                            break;
                        }
                    case "endif":
                        if (conditions.Count == 0) break;
                        active = conditions.Pop().ParentActive;
                        break;
                    case "define":
                        if (active) Define(rest);
                        break;
                    case "undef":
                        if (active)
                        {
                            Flush();
                            string name = FirstWord(rest);
                            _defines.Remove(name);
                            _functionMacros.Remove(name);
                        }
                        break;
                }
            }

            Flush();
        }

        private void Define(string definition)
        {
            // Read what came before under the definitions it was written for (TRACE_SYSTEM, a redefined wrapper).
            Flush();
            int nameEnd = 0;
            while (nameEnd < definition.Length && (char.IsLetterOrDigit(definition[nameEnd]) || definition[nameEnd] == '_')) nameEnd++;
            string name = definition.Substring(0, nameEnd);
            if (name.Length == 0) return;
            if (nameEnd < definition.Length && definition[nameEnd] == '(')
            {
                int close = definition.IndexOf(')', nameEnd);
                if (close < 0) return;
                string[] parameters = definition.Substring(nameEnd + 1, close - nameEnd - 1)
                    .Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
                _functionMacros[name] = (parameters, definition.Substring(close + 1).Trim());
                _defines[name] = string.Empty;
            }
            else
            {
                _defines[name] = definition.Substring(nameEnd).Trim();
                _functionMacros.Remove(name);
            }
        }

        private void Flush()
        {
            if (_pending.Length == 0) return;
            string text = _pending.ToString();
            int consumed = ScanText(text, 0);
            _pending.Clear();
            // An invocation not closed yet (a directive inside its arguments) waits for the rest of its lines.
            if (consumed < text.Length) _pending.Append(text, consumed, text.Length - consumed);
        }

        private string System => _defines.TryGetValue("TRACE_SYSTEM", out string? system) ? system : string.Empty;

        /// <summary>Reads every invocation in <paramref name="text"/>; returns where an unfinished one starts (or the length).</summary>
        private int ScanText(string text, int depth)
        {
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"' || c == '\'')
                {
                    i = SkipLiteral(text, i);
                    continue;
                }
                if (!(char.IsLetter(c) || c == '_'))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                string name = Resolve(text.Substring(start, i - start));
                bool isEvent = s_eventMacros.Contains(name);
                bool isLocal = !isEvent && _functionMacros.ContainsKey(name);
                if (!isEvent && !isLocal) continue;

                int open = i;
                while (open < text.Length && char.IsWhiteSpace(text[open])) open++;
                if (open >= text.Length) return start;
                if (text[open] != '(') continue;
                List<string>? arguments = SplitArguments(text, open, out int end);
                if (arguments == null) return start;
                i = end;
                if (isEvent) Declare(name, arguments);
                else if (depth < MaxExpansionDepth) ScanText(Expand(name, arguments), depth + 1);
            }
            return text.Length;
        }

        /// <summary>Follows object-like aliases the header defined (<c>TRACE_EVENT_RCU</c> to <c>TRACE_EVENT</c> or <c>TRACE_EVENT_NOP</c>).</summary>
        private string Resolve(string name)
        {
            for (int hops = 0; hops < MaxExpansionDepth && !s_eventMacros.Contains(name) && !_functionMacros.ContainsKey(name); hops++)
            {
                if (!_defines.TryGetValue(name, out string? target) || target.Length == 0 || !target.All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
                    break;
                name = target;
            }
            return name;
        }

        private string Expand(string name, List<string> arguments)
        {
            var (parameters, body) = _functionMacros[name];
            var result = new StringBuilder(body.Length + 64);
            int i = 0;
            while (i < body.Length)
            {
                char c = body[i];
                if (char.IsLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < body.Length && (char.IsLetterOrDigit(body[i]) || body[i] == '_')) i++;
                    string word = body.Substring(start, i - start);
                    int index = Array.IndexOf(parameters, word);
                    result.Append(index >= 0 && index < arguments.Count ? arguments[index].Trim() : word);
                    continue;
                }
                result.Append(c);
                i++;
            }
            return PasteTokens(result.ToString());
        }

        private static string PasteTokens(string text)
        {
            int at;
            while ((at = text.IndexOf("##", StringComparison.Ordinal)) >= 0)
            {
                int left = at, right = at + 2;
                while (left > 0 && char.IsWhiteSpace(text[left - 1])) left--;
                while (right < text.Length && char.IsWhiteSpace(text[right])) right++;
                text = text.Substring(0, left) + text.Substring(right);
            }
            return text;
        }

        private void Declare(string macro, List<string> arguments)
        {
            string Argument(int index) => index < arguments.Count ? arguments[index].Trim() : string.Empty;
            switch (macro)
            {
                case "DECLARE_EVENT_CLASS":
                    _classes[Argument(0)] = ParsePrototype(Argument(1));
                    return;
                case "DEFINE_EVENT":
                case "DEFINE_EVENT_FN":
                case "DEFINE_EVENT_PRINT":
                case "DEFINE_EVENT_CONDITION":
                    {
                        ImmutableArray<TracepointParameter> parameters = ParsePrototype(Argument(2));
                        if (parameters.IsDefault && _classes.TryGetValue(Argument(0), out var inherited)) parameters = inherited;
                        Add(Argument(1), macro, parameters);
                        return;
                    }
                default:
                    Add(Argument(0), macro, ParsePrototype(Argument(1)));
                    return;
            }
        }

        private void Add(string name, string macro, ImmutableArray<TracepointParameter> parameters)
        {
            if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_')) return;
            _found.Add(new TracepointDefinition(System, name, macro, _header, parameters.IsDefault ? ImmutableArray<TracepointParameter>.Empty : parameters));
        }

        /// <summary>The parameters of <c>TP_PROTO(...)</c>; default (not empty) when the argument is not one.</summary>
        internal static ImmutableArray<TracepointParameter> ParsePrototype(string argument)
        {
            argument = argument.Trim();
            if (!argument.StartsWith("TP_PROTO", StringComparison.Ordinal)) return default;
            int open = argument.IndexOf('(');
            List<string>? parts = open < 0 ? null : SplitArguments(argument, open, out _);
            if (parts == null) return default;
            var result = ImmutableArray.CreateBuilder<TracepointParameter>(parts.Count);
            foreach (string part in parts)
            {
                string text = NormaliseSpace(part);
                if (text.Length == 0 || text == "void") continue;
                result.Add(ParseParameter(text));
            }
            return result.ToImmutable();
        }

        private static TracepointParameter ParseParameter(string text)
        {
            int pointer = text.IndexOf("(*", StringComparison.Ordinal);
            if (pointer >= 0)
            {
                // A function pointer: void (*func)(void *data) is named func.
                int nameStart = pointer + 2;
                while (nameStart < text.Length && text[nameStart] == ' ') nameStart++;
                int nameEnd = nameStart;
                while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_')) nameEnd++;
                string fname = text.Substring(nameStart, nameEnd - nameStart);
                return new TracepointParameter(NormaliseSpace(text.Remove(nameStart, nameEnd - nameStart)), fname);
            }

            string suffix = string.Empty;
            int bracket = text.IndexOf('[');
            if (bracket > 0)
            {
                suffix = text.Substring(bracket);
                text = text.Substring(0, bracket).TrimEnd();
            }
            int end = text.Length;
            int begin = end;
            while (begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] == '_')) begin--;
            string name = text.Substring(begin, end - begin);
            string type = text.Substring(0, begin).Trim();
            type = NormaliseSpace(type.Replace("*", " * ")).Replace("* *", "**");
            while (type.Contains("* *")) type = type.Replace("* *", "**");
            return new TracepointParameter(type + suffix, name);
        }

        private static string NormaliseSpace(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text.Trim())
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c);
            }
            return builder.ToString();
        }

        /// <summary>The comma-separated arguments of the parenthesis at <paramref name="open"/>, or null when it is not closed.</summary>
        private static List<string>? SplitArguments(string text, int open, out int end)
        {
            var arguments = new List<string>();
            int depth = 0, start = open + 1;
            for (int i = open; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '"' || c == '\'') { i = SkipLiteral(text, i) - 1; continue; }
                if (c == '(' || c == '[' || c == '{') depth++;
                else if (c == ')' || c == ']' || c == '}')
                {
                    depth--;
                    if (depth == 0)
                    {
                        arguments.Add(text.Substring(start, i - start));
                        end = i + 1;
                        return arguments;
                    }
                }
                else if (c == ',' && depth == 1)
                {
                    arguments.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }
            end = text.Length;
            return null;
        }

        private static int SkipLiteral(string text, int at)
        {
            char quote = text[at];
            int i = at + 1;
            while (i < text.Length && text[i] != quote && text[i] != '\n')
            {
                if (text[i] == '\\') i++;
                i++;
            }
            return Math.Min(i + 1, text.Length);
        }

        private static string FirstWord(string text) =>
            new string(text.TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());

        private static IEnumerable<string> LogicalLines(string text)
        {
            var line = new StringBuilder();
            foreach (string physical in text.Split('\n'))
            {
                string part = physical.TrimEnd('\r');
                if (part.EndsWith("\\", StringComparison.Ordinal))
                {
                    line.Append(part, 0, part.Length - 1).Append(' ');
                    continue;
                }
                line.Append(part);
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) yield return line.ToString();
        }

        /// <summary>Removes <c>/* */</c> and <c>//</c> comments (not inside literals), keeping the line breaks.</summary>
        internal static string StripComments(string text)
        {
            var result = new StringBuilder(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"' || c == '\'')
                {
                    int end = SkipLiteral(text, i);
                    result.Append(text, i, end - i);
                    i = end;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    int close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    int stop = close < 0 ? text.Length : close + 2;
                    for (int k = i; k < stop; k++) if (text[k] == '\n') result.Append('\n');
                    result.Append(' ');
                    i = stop;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    while (i < text.Length && text[i] != '\n') i++;
                }
                else
                {
                    result.Append(c);
                    i++;
                }
            }
            return result.ToString();
        }
    }
}
