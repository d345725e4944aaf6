using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.PlainText;

namespace Sobes.Import.Tests.PlainText;

/// <summary>Runs the reader over a string, bytes or a file.</summary>
internal static class PlainTextReading
{
    public static ImportBatch Read(string text, string name = "copy.txt") => Read(Encoding.UTF8.GetBytes(text), name);

    public static ImportBatch Read(byte[] bytes, string name = "copy.txt")
    {
        using var stream = new MemoryStream(bytes);
        return new PlainTextChannelReader().ReadBatch(stream, new SourceInfo(name, "text", "hash"));
    }

    public static ImportBatch ReadFile(string path, string? name = null) => Read(File.ReadAllBytes(path), name ?? Path.GetFileName(path));
}
