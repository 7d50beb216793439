using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen.Tests
{
    /// <summary>Bad IR and options become STP3xxx diagnostics, never exceptions, and no files are produced.</summary>
    public sealed class DiagnosticTests
    {
        private static readonly IrSourceLocation s_where = new("bad.stp", 3, 5);

        private static IrModule OneProbe(params IrStatement[] statements) => new(
            ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
            ImmutableArray.Create(new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin), IrBlock.Of(statements))));

        private static Diagnostic Single(GeneratedModule module, string id)
        {
            Assert.False(module.Success);
            Assert.True(module.Files.IsEmpty);
            Diagnostic diagnostic = Assert.Single(module.Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            return diagnostic;
        }

        [Theory]
        [InlineData("")]
        [InlineData("1abc")]
        [InlineData("has-dash")]
        [InlineData("a_module_name_that_is_much_longer_than_fifty_five_chars_x")]
        public void InvalidModuleName(string name)
        {
            Single(ModuleGenerator.Generate(SampleModules.Hello(), new ModuleGeneratorOptions { ModuleName = name }), "STP3001");
        }

        [Theory]
        [InlineData("MAXACTION=10000")]
        [InlineData("STP_NO_OVERLOAD")]
        public void ValidDefinesAreAccepted(string define)
        {
            GeneratedModule module = ModuleGenerator.Generate(SampleModules.Hello(), ModuleGeneratorOptions.Default.WithDefines(ImmutableArray.Create(define)));
            Assert.True(module.Success);
            Assert.Contains("ccflags-y += -D" + define + "\n", module.GetFile("Kbuild")!.Text);
        }

        [Theory]
        [InlineData("X=$(shell rm -rf /)")]
        [InlineData("X=a b")]
        [InlineData("=1")]
        [InlineData("X=")]
        [InlineData("1X")]
        public void InjectionInDefinesIsRejected(string define)
        {
            Single(ModuleGenerator.Generate(SampleModules.Hello(), ModuleGeneratorOptions.Default.WithDefines(ImmutableArray.Create(define))), "STP3010");
        }

        [Fact]
        public void RuntimePathWithShellCharactersIsRejected()
        {
            Single(ModuleGenerator.Generate(SampleModules.Hello(), ModuleGeneratorOptions.Default.WithRuntimePath("/tmp/x\"; rm -rf /")), "STP3014");
        }

        [Fact]
        public void UndefinedFunctionHasTheCallLocation()
        {
            var call = new IrCall("missing", IrType.Long, ImmutableArray<IrExpression>.Empty) { Location = s_where };
            Diagnostic d = Single(ModuleGenerator.Generate(OneProbe(new IrExpressionStatement(call))), "STP3006");
            Assert.Equal("bad.stp", d.Location.GetLineSpan().Path);
            Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Character);
        }

        [Fact]
        public void TypeMismatchInAssignment()
        {
            var s = new IrVariable("s", IrType.String);
            Single(ModuleGenerator.Generate(OneProbe(new IrAssignment(new IrLocalReference(s), new IrLongLiteral(1)) { Location = s_where })), "STP3005");
        }

        [Fact]
        public void PrintfArgumentMismatch()
        {
            var printf = new IrFormat(false, "%d %s\n", ImmutableArray.Create<IrExpression>(new IrStringLiteral("x"), new IrLongLiteral(1)));
            Single(ModuleGenerator.Generate(OneProbe(new IrExpressionStatement(printf))), "STP3004");
        }

        [Fact]
        public void InvalidPrintfFormat()
        {
            var printf = new IrFormat(false, "%q", ImmutableArray<IrExpression>.Empty);
            Single(ModuleGenerator.Generate(OneProbe(new IrExpressionStatement(printf))), "STP3003");
        }

        [Fact]
        public void BreakOutsideLoop()
        {
            Single(ModuleGenerator.Generate(OneProbe(new IrBreak())), "STP3008");
        }

        [Fact]
        public void ReturnOutsideFunction()
        {
            Single(ModuleGenerator.Generate(OneProbe(new IrReturn())), "STP3008");
        }

        [Fact]
        public void UndeclaredGlobal()
        {
            var ghost = new IrGlobal("ghost", IrType.Long);
            Single(ModuleGenerator.Generate(OneProbe(new IrAssignment(new IrGlobalReference(ghost), new IrLongLiteral(1)))), "STP3007");
        }

        [Theory]
        [InlineData(nameof(IrTimerUnit.Milliseconds), 0L)]
        [InlineData(nameof(IrTimerUnit.Microseconds), 50L)]
        [InlineData(nameof(IrTimerUnit.Seconds), long.MaxValue)]
        [InlineData(nameof(IrTimerUnit.Jiffies), 0L)]
        [InlineData(nameof(IrTimerUnit.Jiffies), 1L + int.MaxValue)]
        public void InvalidTimerPeriod(string unitName, long interval)
        {
            // The IR is internal, so a public theory names the unit rather than taking the enum.
            IrTimerUnit unit = Enum.Parse<IrTimerUnit>(unitName);
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new IrTimerProbePoint(unit, interval), IrBlock.Of())));
            Single(ModuleGenerator.Generate(module), "STP3009");
        }

        /// <summary>A probe point family the emitter has no registration code for.</summary>
        private sealed record UnknownFamilyPoint : IrProbePoint
        {
            public override string ToProbePointString() => "kernel.trace(\"sched_switch\")";
        }

        [Fact]
        public void UnsupportedProbeFamily()
        {
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new UnknownFamilyPoint(), IrBlock.Of())));
            Assert.Contains("kernel.trace", Single(ModuleGenerator.Generate(module), "STP3002").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("a/b")]
        [InlineData(".hidden")]
        [InlineData("")]
        [InlineData("quo\"te")]
        public void ProcfsFileMustBeOneSafeName(string path)
        {
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new IrProcfsProbePoint(path, false), IrBlock.Of())));
            Single(ModuleGenerator.Generate(module), "STP3009");
        }

        [Fact]
        public void ProcfsFileHasOneReadProbe()
        {
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new IrProcfsProbePoint("f", false), IrBlock.Of()), new IrProbe(new IrProcfsProbePoint("f", false), IrBlock.Of())));
            Single(ModuleGenerator.Generate(module), "STP3009");
        }

        [Theory]
        [InlineData(-1L, 0L, 1000L)]
        [InlineData(1L, 0L, 0L)]
        public void InvalidPerfEvent(long type, long config, long period)
        {
            var module = new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new IrPerfProbePoint(type, config, period), IrBlock.Of())));
            Single(ModuleGenerator.Generate(module), "STP3009");
        }

        [Fact]
        public void StringInjectionStaysInsideTheLiteral()
        {
            string evil = "\"); } int evil(void) { return 0; } /*";
            var printf = new IrFormat(false, "%s", ImmutableArray.Create<IrExpression>(new IrStringLiteral(evil)));
            GeneratedModule module = ModuleGenerator.Generate(OneProbe(new IrExpressionStatement(printf)));
            Assert.True(module.Success);
            string c = module.GetFile(module.SourceFileName)!.Text;
            Assert.Contains("\"\\\"); } int evil(void) { return 0; } /*\"", c);
            Assert.DoesNotContain("\n} int evil", c);
        }

        [Fact]
        public void DeeplyNestedIrIsEmittedWithoutAStackOverflowInLinearText()
        {
            IrExpression e = new IrLongLiteral(1);
            for (int i = 0; i < 100_000; i++)
                e = new IrBinaryExpression(IrBinaryOperator.Add, e, new IrLongLiteral(1));
            var printf = new IrFormat(false, "%d\n", ImmutableArray.Create(e));
            GeneratedModule module = ModuleGenerator.Generate(OneProbe(new IrExpressionStatement(printf)));
            Assert.True(module.Success, string.Join("\n", module.Diagnostics));
            // Long C expressions are stored in temporaries, so the text stays proportional to the chain.
            string c = module.GetFile(module.SourceFileName)!.Text;
            Assert.True(c.Length < 200 * 100_000, $"{c.Length} characters of C for 100,000 additions");
        }

        [Fact]
        public void StringGlobalsAreInitializedAtRunTimeSoAnyLengthCompiles()
        {
            var text = new IrGlobal("text", IrType.String) { Initializer = new IrStringLiteral(new string('x', 2000)) };
            var module = new IrModule(ImmutableArray.Create(text), ImmutableArray<IrFunction>.Empty,
                ImmutableArray.Create(new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin), IrBlock.Of())));
            string c = ModuleGenerator.Generate(module).GetFile("stap_module_src.c")!.Text;
            Assert.DoesNotContain(".s___global_text =", c);
            Assert.Contains("strlcpy (global(s___global_text), \"" + new string('x', 2000) + "\", MAXSTRINGLEN);", c);
        }

        [Fact]
        public void NothingThrowsOnAnEmptyModule()
        {
            GeneratedModule module = ModuleGenerator.Generate(new IrModule(ImmutableArray<IrGlobal>.Empty, ImmutableArray<IrFunction>.Empty, ImmutableArray<IrProbe>.Empty));
            Assert.True(module.Success);
            Assert.Equal(5, module.Files.Length);
            Assert.Equal(new[] { "stap_module_src.c", "stap_common.h", "stap_module_aux_0.c", "stap_symbols.c", "Kbuild" }, module.Files.Select(f => f.RelativePath));
        }
    }
}
