using System;
using System.IO;
using System.Linq;
using System.Text;
using StapSharp.Syntax.Tests.Corpus;

namespace StapSharp.Syntax.Tests.Text
{
    /// <summary><see cref="StapSourceFile.ReadAllText"/> gives what <see cref="File.ReadAllText(string)"/> gives, for every kind of file.</summary>
    public sealed class StapSourceFileTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "stapsharp-source-file-" + Guid.NewGuid().ToString("N"));

        public StapSourceFileTests() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Theory]
        [InlineData(new byte[0])]
        [InlineData(new byte[] { (byte)'a' })]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'p', (byte)'r' })]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
        [InlineData(new byte[] { 0xEF, 0xBB })]
        [InlineData(new byte[] { (byte)'x', 0xC3, 0xA9, 0xFF, 0xC3, (byte)'\n' })] // é, an invalid byte, a truncated sequence
        [InlineData(new byte[] { 0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0 })] // UTF-16 LE with its mark
        [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'h', 0, (byte)'i' })] // UTF-16 BE with its mark
        [InlineData(new byte[] { 0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'h' })] // UTF-32 BE with its mark
        [InlineData(new byte[] { (byte)'a', 0, (byte)'b' })] // a NUL inside is kept
        public void ReadsWhatFileReadAllTextReads(byte[] bytes)
        {
            string path = Path.Combine(_directory, "f.stp");
            File.WriteAllBytes(path, bytes);
            Assert.Equal(File.ReadAllText(path), StapSourceFile.ReadAllText(path));
        }

        [Fact]
        public void ReadsLargeFilesWhole()
        {
            string path = Path.Combine(_directory, "big.stp");
            string text = string.Concat(Enumerable.Range(0, 200_000).Select(i => "probe begin { println(" + i + ") } // é\n"));
            File.WriteAllText(path, text, new UTF8Encoding(false));
            Assert.Equal(text, StapSourceFile.ReadAllText(path));
        }

        [Fact]
        public void MissingFileThrowsLikeFileReadAllText()
        {
            string path = Path.Combine(_directory, "absent.stp");
            Assert.Throws<FileNotFoundException>(() => StapSourceFile.ReadAllText(path));
        }

        [Fact]
        public void TapsetCorpusReadsIdentically()
        {
            foreach (var file in SystemTapCorpus.TapsetFiles.Take(100))
                Assert.Equal(File.ReadAllText(file.Path), StapSourceFile.ReadAllText(file.Path));
        }
    }
}
