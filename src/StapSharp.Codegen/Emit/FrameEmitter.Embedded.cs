using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        /// <summary>
        /// A guru-mode <c>%{ code %}</c> expression, cast as stap casts it (<c>int64_t</c>, or <c>const char *</c> for
        /// <c>/* string */</c>) and stored in a temporary so the C expression returned stays side-effect free.
        /// </summary>
        private string EmbeddedExpression(IrEmbeddedExpression embedded)
        {
            bool isString = embedded.ValueType == IrType.String;
            string target = isString ? StringTemporary() : LongTemporary();
            string open = isString ? "strlcpy (" + target + ", ((const char *) (" : target + " = ((int64_t) (";
            string close = isString ? ")), MAXSTRINGLEN);" : "));";
            string[] lines = embedded.Code.Replace("\r\n", "\n").Split('\n');
            if (lines.Length == 1)
            {
                _w.Line(open + lines[0] + close);
                return target;
            }
            // Keep the code's own line breaks: a // comment or a preprocessor line must end where it ended.
            _w.Line(open);
            foreach (string line in lines)
                _w.Directive(line);
            _w.Line(close);
            return target;
        }
    }
}
