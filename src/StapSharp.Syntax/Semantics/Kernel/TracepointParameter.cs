namespace StapSharp.Semantics
{
    /// <summary>One <c>TP_PROTO</c> parameter: its C type as written (whitespace normalised) and its name (<c>$name</c>).</summary>
    internal sealed class TracepointParameter
    {
        public TracepointParameter(string type, string name)
        {
            Type = type;
            Name = name;
        }

        /// <summary>The C type, e.g. <c>struct task_struct *</c>, <c>const char *</c>, <c>pid_t</c>.</summary>
        public string Type { get; }

        public string Name { get; }

        public override string ToString() => Type.EndsWith("*", System.StringComparison.Ordinal) ? Type + Name : Type + " " + Name;
    }
}
