using System;
using System.Collections.Generic;
using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Translates one probe handler or function body to C. Expressions are lowered to "pre-statements" that
    /// fill temporaries, followed by a side-effect-free C expression, so evaluation order is explicit and
    /// every error check can <c>goto</c> its label. The temporaries and locals it needs become the fields of
    /// the frame's struct in <c>struct context</c>.
    /// </summary>
    internal sealed partial class FrameEmitter
    {
        private const string OutLabel = "out";
        private readonly EmitContext _context;
        private readonly IrFunction? _function;
        private readonly List<string> _fieldDeclarations = new();
        private readonly Dictionary<string, IrVariable> _variables = new(StringComparer.Ordinal);
        private readonly List<IrVariable> _variableOrder = new();
        private readonly Stack<(string Break, string Continue)> _loops = new();

        /// <summary>The first location of each enclosing loop body, the place stap names when a loop exceeds MAXACTION.</summary>
        private readonly Stack<IrSourceLocation?> _loopBodyLocations = new();
        private CWriter _w = new();
        private string _errorLabel = OutLabel;
        private int _temporaries;
        private int _labels;
        private int _loopDepth;
        private int _nesting;
        private bool _tooDeepReported;

        /// <summary>
        /// Deeper IR is rejected with a diagnostic. The stack is safe at any depth (past the thread's margin, emit
        /// continues on a larger stack); the limit is twice the parser's nesting limit (100,000, internal to the
        /// Syntax assembly; a test keeps the two in step) to leave room for the IR's extra levels.
        /// </summary>
        internal const int MaxNesting = 200_000;

        /// <summary>C expressions longer than this are stored in a temporary (<see cref="SpillIfLong"/>).</summary>
        internal const int MaxInlineExpressionLength = 2000;

        private FrameEmitter(EmitContext context, IrFunction? function)
        {
            _context = context;
            _function = function;
        }

        /// <summary>The field declarations of the frame struct (parameters, locals, temporaries, return value).</summary>
        public IReadOnlyList<string> FieldDeclarations => _fieldDeclarations;

        /// <summary>The locals (not parameters) to initialize on entry.</summary>
        public IReadOnlyList<IrVariable> Locals => _variableOrder;

        /// <summary>The translated body.</summary>
        public string BodyText { get; private set; } = string.Empty;

        /// <summary>Statements outside loops, charged against MAXACTION once on entry.</summary>
        public int StraightLineActions { get; private set; }

        public static FrameEmitter ForProbe(EmitContext context, IrProbe probe)
        {
            var frame = new FrameEmitter(context, null);
            frame.DeclareVariables(probe.Locals, probe.Body);
            frame.EmitBody(probe.Body);
            return frame;
        }

        public static FrameEmitter ForFunction(EmitContext context, IrFunction function)
        {
            var frame = new FrameEmitter(context, function);
            bool copies = EmbeddedPragmas.CopiesStringArguments(function);
            foreach (IrVariable parameter in function.Parameters)
            {
                frame._variables[parameter.Name] = parameter;
                frame._fieldDeclarations.Add(copies && parameter.Type == IrType.String
                    ? "string_t " + CNames.Local(parameter.Name) + ";"
                    : ParameterDeclaration(parameter));
            }
            frame.DeclareVariables(function.Locals, function.Body);
            frame.EmitBody(function.Body);
            if (function.ReturnType == IrType.Long)
                frame._fieldDeclarations.Add("int64_t __retvalue;");
            else if (function.ReturnType == IrType.String)
                frame._fieldDeclarations.Add("char * __retvalue;");
            return frame;
        }

        private static string ParameterDeclaration(IrVariable parameter) =>
            parameter.Type == IrType.String
                ? "const char * " + CNames.Local(parameter.Name) + ";"
                : "int64_t " + CNames.Local(parameter.Name) + ";";

        private void DeclareVariables(System.Collections.Immutable.ImmutableArray<IrVariable> declared, IrStatement body)
        {
            foreach (IrVariable v in declared)
                Declare(v, null);
            foreach (object node in IrWalker.Descendants(body))
            {
                switch (node)
                {
                    case IrLocalReference r: Declare(r.Variable, r.Location); break;
                    case IrForeach f:
                        foreach (IrVariable k in f.Keys)
                            Declare(k, f.Location);
                        if (f.Value is not null)
                            Declare(f.Value, f.Location);
                        break;
                    case IrTryCatch t when t.MessageVariable is not null: Declare(t.MessageVariable, t.Location); break;
                    case IrHistogramForeach h:
                        Declare(h.Bucket, h.Location);
                        if (h.Value is not null)
                            Declare(h.Value, h.Location);
                        break;
                }
            }
        }

        private void Declare(IrVariable variable, IrSourceLocation? location)
        {
            if (_variables.TryGetValue(variable.Name, out IrVariable? existing))
            {
                if (existing.Type != variable.Type)
                    _context.Report(ErrorCode.ERR_IrTypeMismatch, location, "variable '" + variable.Name + "'", TypeName(existing.Type), TypeName(variable.Type));
                return;
            }
            if (variable.Type is not (IrType.Long or IrType.String))
            {
                _context.Report(ErrorCode.ERR_UnsupportedConstruct, location, "a local variable of type " + TypeName(variable.Type));
                return;
            }
            _variables[variable.Name] = variable;
            _variableOrder.Add(variable);
            _fieldDeclarations.Add(variable.Type == IrType.String
                ? "string_t " + CNames.Local(variable.Name) + ";"
                : "int64_t " + CNames.Local(variable.Name) + ";");
        }

        private void EmitBody(IrBlock body)
        {
            Statement(body);
            BodyText = _w.ToString();
        }

        internal static string TypeName(IrType type) => type switch
        {
            IrType.Long => "long",
            IrType.String => "string",
            IrType.Statistics => "statistics",
            _ => "void",
        };

        private string NewTemporary(string cType, string suffix = "")
        {
            string name = CNames.Temporary(_temporaries++);
            _fieldDeclarations.Add(cType + " " + name + suffix + ";");
            return "l->" + name;
        }

        private string LongTemporary() => NewTemporary("int64_t");

        private string StringTemporary() => NewTemporary("string_t");

        private string NewLabelNumber() => (_labels++).ToString(CultureInfo.InvariantCulture);

        /// <summary>When <paramref name="condition"/> holds: sets <c>last_error</c> (and <c>last_stmt</c> when known) and jumps to the current error label.</summary>
        private void FailIf(string condition, string message, string? what, IrSourceLocation? location)
        {
            _w.OpenBlock("if (unlikely (" + condition + "))");
            _w.Line("c->last_error = " + CStringLiteral.Quote(message) + ";");
            // The token recorded by the lowering is what stap names; the caller's description is the fallback.
            what = location?.Token ?? what;
            if (what is not null && location is not null)
                _w.Line("c->last_stmt = " + CStringLiteral.Quote(what + " at " + location) + ";");
            _w.Line("goto " + _errorLabel + ";");
            _w.CloseBlock();
        }

        /// <summary>Enters one level of statement or expression nesting; false (and one diagnostic) when too deep.</summary>
        private bool Enter(IrSourceLocation? location)
        {
            if (++_nesting <= MaxNesting)
                return true;
            if (!_tooDeepReported)
            {
                _tooDeepReported = true;
                _context.Report(ErrorCode.ERR_UnsupportedConstruct, location,
                    "statements or expressions nested deeper than " + MaxNesting.ToString(CultureInfo.InvariantCulture) + " levels");
            }
            return false;
        }

        /// <summary>Runs <paramref name="emit"/> against a scratch writer and returns what it wrote plus its result.</summary>
        private (string Code, T Result) Capture<T>(Func<T> emit)
        {
            CWriter saved = _w;
            _w = new CWriter();
            try
            {
                T result = emit();
                return (_w.ToString(), result);
            }
            finally
            {
                _w = saved;
            }
        }
    }
}
