using System;

namespace StapSharp.Syntax
{
    /// <summary>
    /// stap 4.8 refuses patterns whose optional parts follow one another too many times ("arc_priority overflow due to
    /// excessive branching factor"): its matcher ranks the paths through the pattern by a priority that gains a level at
    /// each optional step of a sequence. This is a model of that limit, calibrated with <c>stap -p2</c> (not derived from
    /// its source): each optional construct (<c>?</c>, <c>*</c>, <c>{0,n}</c>) in sequence adds one level, or as many
    /// as its body has when that is more (<c>(a?)?</c> is one level); alternatives take the deepest branch; a repetition
    /// with a minimum (<c>+</c>, <c>{2,5}</c>) adds its body's levels for each required copy and once for the optional
    /// copies, which nest. stap refused <c>a?</c> 59 times and <c>(a|b)?</c> 59 times, and accepted them 58 times,
    /// <c>(a?)?</c> 30 times, <c>a+</c> 200 times and <c>(a|b){1,200}c</c>; the model matches stap on these and on the
    /// issue's <c>((a?){255}){60}b</c>, and differs on <c>a*</c> 58 times (stap refuses, the model accepts).
    /// </summary>
    internal static class RegexBranchingFactor
    {
        /// <summary>The most levels stap accepts.</summary>
        public const int MaxLevels = 58;

        /// <summary>The levels of a pattern, saturated just above <see cref="MaxLevels"/>.</summary>
        public static int Levels(RegexNode node)
        {
            switch (node)
            {
                case RegexGroup group:
                    return Levels(group.Body);
                case RegexSequence sequence:
                    int sum = 0;
                    foreach (RegexNode item in sequence.Items) sum = Saturate((long)sum + Levels(item));
                    return sum;
                case RegexAlternation alternation:
                    int deepest = 0;
                    foreach (RegexNode alternative in alternation.Alternatives) deepest = Math.Max(deepest, Levels(alternative));
                    return deepest;
                case RegexRepeat repeat:
                    int body = Levels(repeat.Body);
                    if (repeat.Min == 0) return Math.Max(1, body);
                    long required = (long)repeat.Min * body;
                    bool hasOptional = repeat.Max < 0 || repeat.Max > repeat.Min;
                    return Saturate(required + (hasOptional ? body : 0));
                default:
                    return 0;
            }
        }

        private static int Saturate(long levels) => (int)Math.Min(levels, MaxLevels + 1);
    }
}
