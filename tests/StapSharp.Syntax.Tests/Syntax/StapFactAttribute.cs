using System.IO;

namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>A fact that is skipped when the real stap (and its examples) are not installed.</summary>
    public sealed class StapFactAttribute : FactAttribute
    {
        public StapFactAttribute()
        {
            if (!StapPassOne.IsAvailable) Skip = "stap 4.x with /usr/share/systemtap/examples and a /lib/modules release is not installed";
        }
    }
}
