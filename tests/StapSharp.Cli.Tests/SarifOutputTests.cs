using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace StapSharp.Cli.Tests
{
    public class SarifOutputTests
    {
        [Fact]
        public void SarifValidatesAgainstTheOfficialSchema()
        {
            using var temp = new TempScripts();
            string bad = temp.Write("bad file.stp", "probe begin {\n  x = \n");
            string zero = temp.Write("zero.stp", "global unused\nprobe begin {\n  x = 10 / 0\n  printf(\"%d %s\\n\", x)\n}\n");
            var (exit, stdout, _) = CliRunner.Run("check", "--no-tapsets", "--format", "sarif", bad, zero);
            Assert.Equal(1, exit);

            var results = SchemaValidator.Validate(stdout);
            Assert.True(results.IsValid, SchemaValidator.Describe(results));

            using var document = JsonDocument.Parse(stdout);
            var run = document.RootElement.GetProperty("runs").EnumerateArray().Single();
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
            Assert.Contains("STP5001", rules);
            Assert.Contains("STP5016", rules);
            Assert.Equal(rules.OrderBy(id => id, System.StringComparer.Ordinal), rules);

            var division = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "STP5013");
            Assert.Equal("warning", division.GetProperty("level").GetString());
            Assert.Equal(System.Array.IndexOf(rules, "STP5013"), division.GetProperty("ruleIndex").GetInt32());
            var location = division.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("file://" + zero, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = location.GetProperty("region");
            Assert.Equal((3, 12, 3, 13), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

            var syntaxError = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString()!.StartsWith("STP1"));
            Assert.Equal("error", syntaxError.GetProperty("level").GetString());
            Assert.EndsWith("/bad%20file.stp", syntaxError.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        [Fact]
        public void SchemaRejectsABrokenLog()
        {
            var results = SchemaValidator.Validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\"}]}]}");
            Assert.False(results.IsValid);
        }
    }
}
