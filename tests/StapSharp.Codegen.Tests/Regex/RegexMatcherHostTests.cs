using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace StapSharp.Codegen.Tests.Regex
{
    /// <summary>
    /// The emitted C matcher, compiled with gcc as a user-space program. Expectations are written from stap's semantics
    /// (each case marked VM was also run through stap 4.8's own module in QEMU and printed the same groups); glibc's
    /// POSIX regexec is a second, independent oracle for the whole match, where the two dialects agree.
    /// </summary>
    public sealed class RegexMatcherHostTests
    {
        // pattern (stap value), subject (run-time bytes), expected groups ("~" = took no part, null = no match), ask glibc
        private static readonly (string Pattern, string Subject, string[]? Groups, bool Glibc)[] s_cases =
        {
            ("abc", "xabcabc", new[] { "abc" }, true),                                   // VM: leftmost
            ("a*", "baaa", new[] { "" }, true),                                          // VM: empty match at 0 beats "aaa"
            ("(a|ab)(c|bcd)", "abcd", new[] { "abcd", "a", "bcd" }, true),               // VM: longest overall
            ("(a)|y", "xyz", new[] { "y", "~" }, true),                                  // VM
            ("(ab)+", "abab", new[] { "abab", "ab" }, true),                             // VM: last iteration
            ("a|abc", "abc", new[] { "abc" }, true),                                     // VM: longest, not first alternative
            ("(a)(b)?", "a", new[] { "a", "a", "~" }, true),                             // VM
            ("(a|b|c)*", "abcabc", new[] { "abcabc", "c" }, true),                       // VM
            ("(a*)(a)", "aaa", new[] { "aaa", "aa", "a" }, true),                        // VM
            ("(a?)(a*)", "aaa", new[] { "aaa", "a", "aa" }, true),                       // VM
            ("(x)(z)|(x)(y)", "xy", new[] { "xy", "~", "~", "x", "y" }, true),           // VM
            ("(a*)*b", "ab", new[] { "ab", "a" }, true),                                 // VM
            ("(a|ab)(b*)", "ab", new[] { "ab", "a", "b" }, true),                        // VM: preferred alternative at equal length
            ("q", "zzz", null, true),
            ("a.b", "a\nb", new[] { "a\nb" }, true),                                     // VM: '.' matches newline
            ("a$", "a\nb", null, true),                                                  // VM: '$' only at the end
            ("b|bc|bcd", "abcd", new[] { "bcd" }, true),                                 // VM
            ("((a)|(b))+", "abab", new[] { "abab", "b", "a", "b" }, false),              // VM: groups keep older iterations
            ("()b", "ab", new[] { "b", "" }, true),                                      // VM
            ("", "", new[] { "" }, false),                                               // VM
            ("$", "a", new[] { "" }, true),                                              // VM: at offset 1
            ("^a", "ba", null, true),                                                    // VM
            ("b|^a", "ba", new[] { "b" }, true),                                         // VM
            ("(^a|b)$", "ab", new[] { "b", "b" }, true),                                 // VM
            ("x(^a)?", "xay", new[] { "x", "~" }, true),                                 // VM
            ("a{1}{2}b", "aab", new[] { "aab" }, false),                                 // VM
            ("(?:b)", ":b", new[] { ":b" }, false),                                      // VM: stap 4.8 keeps the ':'
            ("(?:b)", "b", null, false),                                                 // VM
            (@"\\x41", "x41", new[] { "x41" }, false),                                   // VM: \\x is a literal x
            (@"\x41", "A", new[] { "A" }, false),                                        // VM: \x41 is a C escape
            (@"[\\]]", "a]", new[] { "]" }, false),                                      // VM
            (@"a\\\\b", "a\\b", new[] { "a\\b" }, false),                                // VM
            (@"a\\nb", "anb", new[] { "anb" }, false),                                   // VM
            ("[[:alpha:]]+[0-9]{2,3}", "--abc12345", new[] { "abc123" }, true),
            ("[^[:upper:]]", "Ab", new[] { "b" }, true),                                 // VM
            ("[%--]", "a-z", new[] { "-" }, true),                                       // VM
            ("a)", "a", new[] { "a" }, false),                                           // VM: trailing ')' ignored
            ("(a|)+b", "ab", new[] { "ab", "a" }, false),
            ("x*", "", new[] { "" }, true),
        };

        [GccFact]
        public void Matches_and_groups_are_stap_s()
        {
            var results = HostMatcher.Run(s_cases.Select(c => (c.Pattern, c.Subject, c.Glibc)).ToList());

            for (int i = 0; i < s_cases.Length; i++)
            {
                var (pattern, subject, groups, glibc) = s_cases[i];
                string[]? actual = results[i].Ours is int[] caps ? Groups(subject, caps) : null;
                Assert.True(Same(groups, actual), $"/{pattern}/ on \"{subject}\": expected {Show(groups)}, got {Show(actual)}");
                if (glibc)
                {
                    var (start, end) = results[i].Glibc is { } g ? g : (-1, -1);
                    var ours = results[i].Ours is int[] o ? (o[0], o[1]) : (-1, -1);
                    Assert.True(ours == (start, end), $"/{pattern}/ on \"{subject}\": glibc ({start},{end}), ours {ours}");
                }
            }
        }

        [GccFact]
        public void Whole_match_equals_glibc_on_generated_patterns()
        {
            // Leftmost-longest for the whole match is POSIX, so glibc must agree on every pattern both dialects read alike.
            var random = new Random(4711);
            var cases = new List<(string, string, bool)>();
            for (int i = 0; i < 300; i++)
            {
                string pattern = RandomPattern(random, 3);
                for (int j = 0; j < 4; j++)
                    cases.Add((pattern, RandomSubject(random), true));
            }

            var results = HostMatcher.Run(cases);

            for (int i = 0; i < cases.Count; i++)
            {
                var ours = results[i].Ours is int[] o ? (o[0], o[1]) : (-1, -1);
                var glibc = results[i].Glibc ?? (-1, -1);
                Assert.True(ours == glibc, $"/{cases[i].Item1}/ on \"{cases[i].Item2}\": glibc {glibc}, ours {ours}");
            }
        }

        [GccFact]
        public void Long_subjects_and_large_intervals()
        {
            string subject = string.Concat(Enumerable.Repeat("ab", 200)) + "c";
            var results = HostMatcher.Run(new List<(string, string, bool)>
            {
                ("(ab){200}c$", subject, true),
                ("^(ab){201}", subject, true),
                ("b{2}", subject, true),
                ("(ab)+c", subject, true),
                ("a{1000}", new string('a', 1001), true),
            });

            Assert.Equal(new[] { 0, 401, 398, 400 }, results[0].Ours);
            Assert.Null(results[1].Ours);
            Assert.Null(results[2].Ours);
            Assert.Equal(new[] { 0, 401, 398, 400 }, results[3].Ours);
            Assert.Equal(new[] { 0, 1000 }, results[4].Ours);
        }

        private static string RandomPattern(Random random, int depth)
        {
            var text = new StringBuilder();
            int items = random.Next(1, 4);
            for (int i = 0; i < items; i++)
            {
                string atom = random.Next(depth > 0 ? 7 : 5) switch
                {
                    0 => "a",
                    1 => "b",
                    2 => ".",
                    3 => "[ab]",
                    4 => "c",
                    5 => "(" + RandomPattern(random, depth - 1) + ")",
                    _ => "(" + RandomPattern(random, depth - 1) + "|" + RandomPattern(random, depth - 1) + ")",
                };
                text.Append(atom);
                text.Append(random.Next(8) switch { 0 => "*", 1 => "+", 2 => "?", 3 => "{1,2}", _ => "" });
            }
            // Anchors only around the whole pattern: glibc mishandles '^' inside repeated groups ("c*.+((b|^a))+" on "cba").
            if (depth == 3 && random.Next(6) == 0) text.Insert(0, '^');
            if (depth == 3 && random.Next(6) == 0) text.Append('$');
            return text.ToString();
        }

        private static string RandomSubject(Random random)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 9);
            for (int i = 0; i < length; i++) text.Append("abc"[random.Next(3)]);
            return text.ToString();
        }

        private static string[] Groups(string subject, int[] caps)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(subject);
            var groups = new string[caps.Length / 2];
            for (int g = 0; g < groups.Length; g++)
            {
                int start = caps[2 * g], end = caps[(2 * g) + 1];
                groups[g] = start < 0 || end < 0 ? "~" : Encoding.UTF8.GetString(bytes, start, end - start);
            }
            return groups;
        }

        private static bool Same(string[]? expected, string[]? actual) =>
            expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

        private static string Show(string[]? groups) =>
            groups is null ? "no match" : "[" + string.Join("|", groups.Select(g => g.Replace("\n", "\\n"))) + "]";
    }
}
