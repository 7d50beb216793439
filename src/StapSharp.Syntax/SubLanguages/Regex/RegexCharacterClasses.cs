namespace StapSharp.Syntax
{
    /// <summary>The POSIX <c>[:name:]</c> classes stap accepts, over the C locale's ASCII bytes.</summary>
    internal static class RegexCharacterClasses
    {
        /// <summary>Adds the members of class <paramref name="name"/>; false when stap does not know the name.</summary>
        public static bool TryAdd(string name, RegexByteSetBuilder set)
        {
            switch (name)
            {
                case "alpha": set.AddRange('a', 'z'); set.AddRange('A', 'Z'); return true;
                case "upper": set.AddRange('A', 'Z'); return true;
                case "lower": set.AddRange('a', 'z'); return true;
                case "digit": set.AddRange('0', '9'); return true;
                case "xdigit": set.AddRange('0', '9'); set.AddRange('a', 'f'); set.AddRange('A', 'F'); return true;
                case "alnum": set.AddRange('0', '9'); set.AddRange('a', 'z'); set.AddRange('A', 'Z'); return true;
                case "space": set.AddRange('\t', '\r'); set.Add(' '); return true;
                case "blank": set.Add(' '); set.Add('\t'); return true;
                case "cntrl": set.AddRange(0, 31); set.Add(127); return true;
                case "print": set.AddRange(32, 126); return true;
                case "graph": set.AddRange(33, 126); return true;
                case "punct":
                    for (int b = 33; b <= 126; b++)
                    {
                        bool alnum = b is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';
                        if (!alnum) set.Add(b);
                    }
                    return true;
                default:
                    return false;
            }
        }
    }
}
