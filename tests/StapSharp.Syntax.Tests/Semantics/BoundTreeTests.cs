using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using StapSharp.Semantics;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// The bound tree: every kind of the spec is produced by binding real source, the generated classes keep the
    /// spec's rules, and the nodes carry what later passes need (decoded literals, parsed formats and patterns,
    /// intrinsics chosen by symbol).
    /// </summary>
    public sealed class BoundTreeTests : SemanticTestBase
    {
        /// <summary>
        /// One script per bound kind that must bind to a tree containing that kind. A new kind in BoundNodes.xml fails
        /// <see cref="EveryBoundKindIsProducedByBindingSource"/> until it gets a script here.
        /// </summary>
        private static readonly Dictionary<BoundKind, string> s_sources = new()
        {
            [BoundKind.ArrayElement] = "global a\nprobe begin { a[1] = 2 }",
            [BoundKind.Assignment] = "probe begin { x = 1; println(x) }",
            [BoundKind.BadExpression] = "probe begin { nosuch(1) }",
            [BoundKind.Binary] = "probe begin { println(1 + 2) }",
            [BoundKind.Block] = "probe begin { }",
            [BoundKind.BreakStatement] = "probe begin { while (1) break }",
            [BoundKind.Call] = "function f() { return 1 }\nprobe begin { println(f()) }",
            [BoundKind.Conditional] = "probe begin { println(1 ? 2 : 3) }",
            [BoundKind.Const] = "probe begin { println(@const(\"1\")) }",
            [BoundKind.ContinueStatement] = "probe begin { while (1) continue }",
            [BoundKind.DeleteStatement] = "global a\nprobe begin { a[1] = 1; delete a }",
            [BoundKind.EmbeddedCodeStatement] = "function f:long () %{ STAP_RETVALUE = 1; %}\nprobe begin { println(f()) }",
            [BoundKind.EmbeddedExpression] = "probe begin { println(%{ 1 %}) }",
            [BoundKind.EmptyStatement] = "probe begin { ; }",
            [BoundKind.Error] = "probe begin { error(\"boom\") }",
            [BoundKind.Exit] = "probe begin { exit() }",
            [BoundKind.ExpressionStatement] = "probe begin { println(1) }",
            [BoundKind.ForStatement] = "probe begin { for (i = 0; i < 2; i++) println(i) }",
            [BoundKind.ForeachSort] = "global a\nprobe begin { a[1] = 1; foreach (k+ in a) println(k) }",
            [BoundKind.ForeachStatement] = "global a\nprobe begin { a[1] = 1; foreach (k in a) println(k) }",
            [BoundKind.Function] = "function f() { return 1 }\nprobe begin { println(f()) }",
            [BoundKind.Histogram] = "global s\nprobe begin { s <<< 1; print(@hist_log(s)) }",
            [BoundKind.HistogramBucket] = "global s\nprobe begin { s <<< 1; println(@hist_log(s)[0]) }",
            [BoundKind.IfStatement] = "probe begin { if (1) println(1) }",
            [BoundKind.Increment] = "probe begin { x = 1; x++; println(x) }",
            [BoundKind.LongLiteral] = "probe begin { println(1) }",
            [BoundKind.MacroExpansion] = "@define two %( 2 %)\nprobe begin { println(@two) }",
            [BoundKind.Membership] = "global a\nprobe begin { a[1] = 1; println(1 in a) }",
            [BoundKind.NextStatement] = "probe begin { next }",
            [BoundKind.Print] = "probe begin { printf(\"%d\\n\", 1) }",
            [BoundKind.Probe] = "probe begin { }",
            [BoundKind.ProbeAlias] = "probe first = begin { x = 1 }\nprobe first { println(x) }",
            [BoundKind.RegexGroupCount] = "probe begin { if (\"ab\" =~ \"a(b)\") println(ngroups()) }",
            [BoundKind.RegexMatch] = "probe begin { println(\"ab\" =~ \"a\") }",
            [BoundKind.RegexSubexpression] = "probe begin { if (\"ab\" =~ \"a(b)\") println(matched(1)) }",
            [BoundKind.ReturnStatement] = "function f() { return 1 }\nprobe begin { println(f()) }",
            [BoundKind.ScriptArgument] = "probe begin { println($#) }",
            [BoundKind.Statistic] = "global s\nprobe begin { s <<< 1; println(@count(s)) }",
            [BoundKind.StringLiteral] = "probe begin { println(\"a\") }",
            [BoundKind.TargetExpression] = "probe begin { println(@defined($x)) }",
            [BoundKind.TryStatement] = "probe begin { try { error(\"e\") } catch (m) { println(m) } }",
            [BoundKind.Unary] = "probe begin { x = 1; println(-x) }",
            [BoundKind.VariableReference] = "probe begin { x = 1; println(x) }",
            [BoundKind.WhileStatement] = "probe begin { while (0) { } }",
            [BoundKind.Wildcard] = "global a\nprobe begin { a[1, 2] = 1; delete a[1, *] }",
        };

        [RequiresFact(Needs.Tapsets)]
        public void EveryBoundKindIsProducedByBindingSource()
        {
            Prerequisites.Require(Needs.Tapsets);
            var problems = new List<string>();
            foreach (BoundKind kind in Enum.GetValues(typeof(BoundKind)))
            {
                if (!s_sources.TryGetValue(kind, out string? source))
                {
                    problems.Add(kind + ": no script binds to it (add one to s_sources)");
                    continue;
                }

                var kinds = KindsIn(CompileGuru(source).GetBoundProgram());
                if (!kinds.Contains(kind)) problems.Add(kind + ": not produced by `" + source + "` (got " + string.Join(", ", kinds.OrderBy(k => k)) + ")");
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void GeneratedNodesFollowTheSpecRules()
        {
            var nodeTypes = typeof(BoundNode).Assembly.GetExportedTypes()
                .Where(t => typeof(BoundNode).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            Assert.Equal(Enum.GetNames(typeof(BoundKind)).OrderBy(n => n, StringComparer.Ordinal),
                nodeTypes.Select(t => t.Name.Substring("Bound".Length)).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var type in nodeTypes)
            {
                Assert.True(type.IsSealed, type.Name + " is not sealed");
                Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
                Assert.Null(type.GetMethod("Deconstruct"));
                Assert.Null(type.GetMethod("<Clone>$"));
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic, type.Name + "." + property.Name + " has a public setter");
            }
        }

        [Fact]
        public void LiteralsAreDecodedOnce()
        {
            var probe = CompileWithoutTapsets("probe begin { println(\"a\\tb\\101\") println(-9223372036854775808) }").GetBoundProgram().Probes.Single();
            var literal = Nodes<BoundStringLiteral>(probe).Single();
            Assert.Equal("a\\tb\\101", literal.Text);
            Assert.Equal("a\tbA", literal.Value);
            Assert.Equal(StapType.String, literal.Type);
            var negated = Nodes<BoundUnary>(probe).Single();
            Assert.Equal(BoundUnaryOperatorKind.Negate, negated.OperatorKind);
            Assert.Equal(long.MinValue, negated.ConstantValue);
        }

        [Fact]
        public void TheStringEscapeDecoderDecodesCEscapesAndRefusesHighBytes()
        {
            Assert.Equal("x\n", StringLiteralText.DecodeEscapes("x\\n"));
            Assert.Equal("AB\\x", StringLiteralText.DecodeEscapes("\\101\\x42\\x"));
            Assert.Null(StringLiteralText.DecodeEscapes("\\377"));
            var literal = Nodes<BoundStringLiteral>(CompileWithoutTapsets("probe begin { println(\"\\377\") }").GetBoundProgram().Probes.Single()).Single();
            Assert.Null(literal.Value);
        }

        [Fact]
        public void PrintfFormatIsParsedAtBindingWithItsArgumentTypes()
        {
            var probe = CompileWithoutTapsets("probe begin { s = sprintf(\"%s=%d\", \"a\", 1) println(s) }").GetBoundProgram().Probes.Single();
            var print = Nodes<BoundPrint>(probe).Single(p => p.PrintKind == BoundPrintKind.Printf);
            Assert.True(print.ReturnsString);
            Assert.Equal(StapType.String, print.Type);
            Assert.NotNull(print.Format);
            Assert.Equal(new[] { PrintfArgumentType.String, PrintfArgumentType.Long }, print.Format!.ArgumentTypes);
            Assert.Equal(2, print.Arguments.Length);
            Assert.IsType<BoundStringLiteral>(print.FormatArgument);
        }

        [Fact]
        public void RegexPatternIsParsedAtBindingIncludingScriptArguments()
        {
            var tree = StapSyntaxTree.ParseText("probe begin { println(\"ab\" =~ @1) }", path: "test.stp");
            var options = StapCompilationOptions.Default.WithUseTapsets(false)
                .WithParseOptions(StapParseOptions.Default.WithArguments(new[] { "a(b)" }));
            var match = Nodes<BoundRegexMatch>(StapCompilation.Create(new[] { tree }, options).GetBoundProgram().Probes.Single()).Single();
            Assert.Equal("a(b)", match.Pattern!.Text);
            Assert.Equal(1, match.Pattern.GroupCount);
            var argument = Assert.IsType<BoundScriptArgument>(match.PatternExpression);
            Assert.Equal((1, true, "a(b)"), (argument.Number, argument.IsString, argument.Value));
        }

        [RequiresFact(Needs.Tapsets)]
        public void IntrinsicsAreChosenBySymbol()
        {
            Prerequisites.Require(Needs.Tapsets);
            // A user function named exit is an ordinary call; the tapset's exit() is the intrinsic.
            var user = CompileWithoutTapsets("function exit() { return 0 }\nprobe begin { exit() }").GetBoundProgram().Probes.Single();
            Assert.Single(Nodes<BoundCall>(user));
            Assert.Empty(Nodes<BoundExit>(user));
            var library = Compile("probe begin { exit() }").GetBoundProgram().Probes.Single();
            Assert.Single(Nodes<BoundExit>(library));
        }

        [Fact]
        public void SemanticModelAnswersFromTheBoundTree()
        {
            var compilation = CompileWithoutTapsets("global total\nprobe begin { total = 1 + (2) }");
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var assignment = FindNode<AssignmentExpressionSyntax>(tree);
            var bound = Assert.IsType<BoundAssignment>(model.GetBoundNode(assignment));
            Assert.Same(assignment, bound.Syntax);
            var target = Assert.IsType<BoundVariableReference>(bound.Target);
            Assert.Same(compilation.Globals.Single(), target.Variable);
            Assert.Same(model.GetBoundNode(FindNode<LiteralExpressionSyntax>(tree, l => l.ToString() == "2")), model.GetBoundNode(FindNode<ParenthesizedExpressionSyntax>(tree)));
            Assert.Equal(StapType.Long, model.GetTypeInfo(assignment).Type);
            Assert.IsType<BoundProbe>(model.GetBoundNode(FindNode<ProbeDeclarationSyntax>(tree)));
        }

        private static StapCompilation CompileGuru(string source)
        {
            var tree = StapSyntaxTree.ParseText(source, StapParseOptions.Default.WithGuruMode(true), "test.stp");
            return StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithGuruMode(true));
        }

        private static HashSet<BoundKind> KindsIn(BoundProgram program)
        {
            var collector = new KindCollector();
            foreach (var probe in program.Probes) collector.Visit(probe);
            foreach (var alias in program.Aliases) collector.Visit(alias);
            foreach (var function in program.Functions) collector.Visit(function);
            return collector.Kinds;
        }

        private static List<T> Nodes<T>(BoundNode root) where T : BoundNode
        {
            var collector = new KindCollector();
            collector.Visit(root);
            return collector.Nodes.OfType<T>().ToList();
        }

        /// <summary>Records every node the generated walker reaches.</summary>
        private sealed class KindCollector : BoundTreeWalker
        {
            public HashSet<BoundKind> Kinds { get; } = new();

            public List<BoundNode> Nodes { get; } = new();

            public override void Visit(BoundNode? node)
            {
                if (node is not null)
                {
                    Kinds.Add(node.Kind);
                    Nodes.Add(node);
                }

                base.Visit(node);
            }
        }
    }
}
