using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;

namespace Sobes.Import.Tests.TelegramJson;

internal static class TelegramJsonTestHelpers
{
    public static SourceInfo Source(string path = "result.json") => new(path, TelegramJsonReader.FormatName, "0");

    public static ImportBatch Read(string json, string path = "result.json") => Read(Encoding.UTF8.GetBytes(json), path);

    public static ImportBatch Read(byte[] bytes, string path = "result.json")
    {
        using var stream = new MemoryStream(bytes);
        return new TelegramJsonReader().ReadBatch(stream, Source(path));
    }

    public static ImportBatch ReadFixture(string name)
    {
        using var stream = File.OpenRead(GoldenFile.Fixture(name));
        return new TelegramJsonReader().ReadBatch(stream, Source(name));
    }

    /// <summary>A single-chat export around the given message objects.</summary>
    public static string Channel(params string[] messages) =>
        "{\"name\": \"T\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [" + string.Join(",\n", messages) + "]}";

    public static RawPost Single(string message)
    {
        var batch = Read(Channel(message));
        Assert.Empty(batch.Diagnostics);
        return Assert.Single(batch.Posts);
    }
}
