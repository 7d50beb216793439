namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>Small scripts written for the red-tree tests (our own text, not from SystemTap).</summary>
    internal static class TreeSamples
    {
        public const string Script =
            "# counts reads per process\n" +
            "global reads, limit_ = 10\n" +
            "\n" +
            "probe kernel.function(\"vfs_read\").return?, timer.ms(100) {\n" +
            "    reads[execname()] <<< $return   // bytes\n" +
            "    if (@count(reads[execname()]) > limit_) { printf(\"%s\\n\", execname()); next }\n" +
            "    else x = -y + z * 2\n" +
            "}\n" +
            "\n" +
            "function f:long(a:long, b) { return a - -b }\n";

        public const string WithErrors = "probe begin { x = ; if (x { y = 1 } }\nfunction ( {\n";
    }
}
