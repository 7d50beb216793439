using System;
using System.Text;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Writes C source with two-space indentation and <c>\n</c> line endings. Every line of generated C goes
    /// through one of these, so the output is deterministic and consistently indented.
    /// </summary>
    internal sealed class CWriter
    {
        private const string IndentUnit = "  ";
        private const int MaxIndentLevels = 40;
        private readonly StringBuilder _text = new();
        private int _indent;
        private int _line = 1;

        /// <summary>The 1-based number of the line the next <see cref="Line(string)"/> call writes.</summary>
        public int CurrentLine => _line;

        /// <summary>Writes one line at the current indentation; an empty string writes an empty line.</summary>
        /// <param name="text">The line, without a line break.</param>
        public void Line(string text)
        {
            if (text.IndexOf('\n') >= 0)
                throw new ArgumentException("A line must not contain a line break; call Line once per line.", nameof(text));
            if (text.Length > 0)
            {
                // Indentation stops growing past a few dozen levels (counting what a captured, already indented
                // line brings): 10,000 nested blocks would otherwise write text quadratic in their depth.
                int levels = Math.Min(_indent, MaxIndentLevels - Math.Min(MaxIndentLevels, LeadingIndentLevels(text)));
                for (int i = 0; i < levels; i++)
                    _text.Append(IndentUnit);
                _text.Append(text);
            }
            _text.Append('\n');
            _line++;
        }

        private static int LeadingIndentLevels(string text)
        {
            int spaces = 0;
            while (spaces < text.Length && text[spaces] == ' ') spaces++;
            return spaces / IndentUnit.Length;
        }

        /// <summary>Writes an empty line.</summary>
        public void Line() => Line(string.Empty);

        /// <summary>Writes a preprocessor directive (or any text) at column 0, whatever the indentation.</summary>
        /// <param name="text">The line, without a line break.</param>
        public void Directive(string text)
        {
            int saved = _indent;
            _indent = 0;
            Line(text);
            _indent = saved;
        }

        /// <summary>Writes <paramref name="header"/> followed by <c> {</c> and indents.</summary>
        /// <param name="header">The text before the brace, or empty for a bare block.</param>
        public void OpenBlock(string header = "")
        {
            Line(header.Length == 0 ? "{" : header + " {");
            _indent++;
        }

        /// <summary>Outdents and writes <c>}</c> followed by <paramref name="trailer"/> (e.g. <c>;</c>).</summary>
        /// <param name="trailer">Text after the closing brace.</param>
        public void CloseBlock(string trailer = "")
        {
            if (_indent == 0)
                throw new InvalidOperationException("CloseBlock without a matching OpenBlock.");
            _indent--;
            Line("}" + trailer);
        }

        /// <summary>Writes a label one level left of the current indentation (a label must precede a statement, so <c>;</c> follows).</summary>
        /// <param name="label">The label name.</param>
        public void Label(string label)
        {
            int saved = _indent;
            _indent = Math.Max(0, _indent - 1);
            Line(label + ": ;");
            _indent = saved;
        }

        /// <summary>Increases the indentation by one level.</summary>
        public void Indent() => _indent++;

        /// <summary>Decreases the indentation by one level.</summary>
        public void Outdent()
        {
            if (_indent == 0)
                throw new InvalidOperationException("Outdent below column 0.");
            _indent--;
        }

        /// <summary>Writes pre-rendered lines (from another writer) at the current indentation.</summary>
        /// <param name="block">Lines separated by <c>\n</c>; a final line break is ignored.</param>
        public void Lines(string block)
        {
            if (block.Length == 0)
                return;
            string[] lines = block.Split('\n');
            int count = block[block.Length - 1] == '\n' ? lines.Length - 1 : lines.Length;
            for (int i = 0; i < count; i++)
                Line(lines[i]);
        }

        /// <summary>True when nothing has been written.</summary>
        public bool IsEmpty => _text.Length == 0;

        /// <summary>Returns everything written so far.</summary>
        /// <returns>The C text.</returns>
        public override string ToString() => _text.ToString();
    }
}
