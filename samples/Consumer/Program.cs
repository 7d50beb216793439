// The smallest StapSharp consumer: parse a script, list its probes, check the round trip.
// eng/pack-check.sh copies this file into a fresh project that references the packed StapSharp package.
using System;
using System.Linq;
using StapSharp.Syntax;

const string script = """
    global count  # calls seen
    probe begin { printf("hello, world!\n") }
    probe timer.ms(100) { count++; if (count > 3) exit() }
    """;

var tree = StapSyntaxTree.ParseText(script, path: "consumer.stp");
foreach (var diagnostic in tree.GetDiagnostics())
    Console.Error.WriteLine(diagnostic);
var probes = tree.GetRoot().DescendantNodes().OfType<ProbeDeclarationSyntax>().ToList();
Console.WriteLine($"probes: {probes.Count}");
Console.WriteLine($"roundtrip: {tree.GetRoot().ToFullString() == script}");
