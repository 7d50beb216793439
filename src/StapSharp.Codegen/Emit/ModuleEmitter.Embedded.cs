using System.Collections.Generic;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>Top-level <c>%{ %}</c> blocks, verbatim, where stap puts them: after the runtime, before struct context
        /// (so a block's <c>#define STAP_NEED_CONTEXT_TOKENIZE</c> reaches common_probe_context.h).</summary>
        private void WriteEmbeddedBlocks()
        {
            foreach (string block in Module.EmbeddedBlocks)
            {
                WriteVerbatim(block);
                _w.Line();
            }
        }

        /// <summary>
        /// An embedded-C function in stap's frame: <c>CONTEXT</c>, <c>THIS</c>, <c>STAP_ARG_x</c>, <c>STAP_RETVALUE</c>,
        /// <c>STAP_NEXT</c>, <c>STAP_RETURN</c>, <c>STAP_PRINTF</c>, <c>STAP_ERROR</c> and <c>return</c> defined around the
        /// verbatim body and undefined after it, the <c>deref_fault</c> label the runtime's kread macros jump to, and the
        /// same nesting bookkeeping as a script function.
        /// </summary>
        private void WriteEmbeddedFunction(IrFunction function)
        {
            string name = CNames.Function(function.Name);
            bool returns = function.ReturnType is IrType.Long or IrType.String;
            var argumentMacros = new List<string>();
            foreach (IrVariable parameter in function.Parameters)
                argumentMacros.Add("STAP_ARG_" + CNames.Identifier(parameter.Name));

            _w.OpenBlock("static void " + name + " (struct context * __restrict__ c)");
            _w.Line("__label__ deref_fault;");
            _w.Line("__label__ out;");
            _w.Line("struct " + CNames.Locals(name) + " * __restrict__ l = & c->locals[c->nesting+1]." + name + ";");
            _w.Line("(void) l;");
            _w.Directive("  #define CONTEXT c");
            _w.Directive("  #define THIS l");
            for (int i = 0; i < argumentMacros.Count; i++)
                _w.Directive("  #define " + argumentMacros[i] + " THIS->" + CNames.Local(function.Parameters[i].Name));
            if (returns)
                _w.Directive("  #define STAP_RETVALUE THIS->__retvalue");
            WriteFunctionEntry(function);
            _w.Directive("  #define STAP_NEXT do { c->next = 1; goto out; } while(0)");
            switch (function.ReturnType)
            {
                case IrType.Long:
                    _w.Line("l->__retvalue = 0;");
                    _w.Directive("  #define STAP_RETURN(v) do { STAP_RETVALUE = (int64_t) (v); goto out; } while(0)");
                    break;
                case IrType.String:
                    _w.Line("l->__retvalue[0] = '\\0';");
                    _w.Directive("  #define STAP_RETURN(v) do { strlcpy(STAP_RETVALUE, (v), MAXSTRINGLEN); goto out; } while(0)");
                    break;
                default:
                    _w.Directive("  #define STAP_RETURN() do { goto out; } while(0)");
                    break;
            }
            _w.Directive("  #define STAP_PRINTF(fmt, ...) do { _stp_printf(fmt, ##__VA_ARGS__); } while (0)");
            _w.Directive("  #define STAP_ERROR(...) do { snprintf(CONTEXT->error_buffer, MAXSTRINGLEN, __VA_ARGS__); CONTEXT->last_error = CONTEXT->error_buffer; goto out; } while (0)");
            _w.Directive("  #define return goto out");
            _w.OpenBlock();
            if (function.Location is not null)
                _w.Line("/* " + FrameEmitter.SourceMarker + CStringLiteral.CommentText(function.Location.ToString()) + " */");
            WriteVerbatim(function.EmbeddedCode!);
            _w.CloseBlock();
            _w.Directive("  #undef return");
            _w.Directive("  #undef STAP_PRINTF");
            _w.Directive("  #undef STAP_ERROR");
            _w.Directive("  #undef STAP_RETURN");
            _w.Directive("deref_fault: __attribute__((unused));");
            _w.Directive("out: __attribute__((unused));");
            _w.Line("c->nesting --;");
            _w.Directive("  #undef CONTEXT");
            _w.Directive("  #undef THIS");
            _w.Directive("  #undef STAP_NEXT");
            foreach (string macro in argumentMacros)
                _w.Directive("  #undef " + macro);
            if (returns)
                _w.Directive("  #undef STAP_RETVALUE");
            _w.CloseBlock();
            _w.Line();
        }

        /// <summary>Embedded C line by line at column 0: re-indenting could change a string literal continued with a backslash.</summary>
        private void WriteVerbatim(string code)
        {
            string[] lines = code.Replace("\r\n", "\n").Split('\n');
            foreach (string line in lines)
                _w.Directive(line);
        }
    }
}
