namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>
        /// The "trailer" object linked after the module source: a zero-length array in <c>.eh_frame</c> that marks
        /// where the module's unwind data ends.
        /// </summary>
        public static string EmitEhFrameTrailer()
        {
            var w = new CWriter();
            w.Line("__extension__ unsigned int stapsharp_eh_frame_end []");
            w.Line("  __attribute__((used, section(\".eh_frame\"), aligned(4)))");
            w.Line("  = { 0 };");
            return w.ToString();
        }

        /// <summary>
        /// stap_symbols.c: the symbol tables of the runtime's sym.c. This module resolves no kernel symbols, so it
        /// only describes itself (filled in at load time) and lists no other module.
        /// </summary>
        public static string EmitSymbols()
        {
            var w = new CWriter();
            w.Directive("#include <linux/module.h>");
            w.Directive("#include <linux/kernel.h>");
            w.Directive("#include <sym.h>");
            w.Directive("#include \"stap_common.h\"");
            w.Line();
            w.Line("static uint8_t _stp_module_self_eh_frame [] = {0,};");
            w.Line("struct _stp_symbol _stp_module_self_symbols_0[] = {{0},};");
            w.Line("struct _stp_symbol _stp_module_self_symbols_1[] = {{0},};");
            w.OpenBlock("struct _stp_section _stp_module_self_sections[] =");
            w.Line("{.name = \".symtab\", .symbols = _stp_module_self_symbols_0, .num_symbols = 0},");
            w.Line("{.name = \".text\", .symbols = _stp_module_self_symbols_1, .num_symbols = 0},");
            w.CloseBlock(";");
            w.OpenBlock("struct _stp_module _stp_module_self =");
            w.Line(".name = \"stap_self_tmp_value\",");
            w.Line(".path = \"stap_self_tmp_value\",");
            w.Line(".num_sections = 2,");
            w.Line(".sections = _stp_module_self_sections,");
            w.Line(".eh_frame = _stp_module_self_eh_frame,");
            w.Line(".eh_frame_len = 0,");
            w.Line(".unwind_hdr_addr = 0x0,");
            w.Line(".unwind_hdr = NULL,");
            w.Line(".unwind_hdr_len = 0,");
            w.Line(".debug_frame = NULL,");
            w.Line(".debug_frame_len = 0,");
            w.Line(".debug_line = NULL,");
            w.Line(".debug_line_len = 0,");
            w.CloseBlock(";");
            w.OpenBlock("struct _stp_module *_stp_modules [] =");
            w.Line("& _stp_module_self,");
            w.CloseBlock(";");
            w.Line("const unsigned _stp_num_modules = ARRAY_SIZE(_stp_modules);");
            w.Line("unsigned long _stp_kretprobe_trampoline = -1;");
            return w.ToString();
        }
    }
}
