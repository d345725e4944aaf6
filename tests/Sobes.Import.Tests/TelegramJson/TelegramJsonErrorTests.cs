using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;
using static Sobes.Import.Tests.TelegramJson.TelegramJsonTestHelpers;

namespace Sobes.Import.Tests.TelegramJson;

public sealed class TelegramJsonErrorTests
{
    [Fact]
    public void Empty_file_is_an_error_saying_so()
    {
        var batch = Read([], "empty.json");

        Assert.Empty(batch.Posts);
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("empty.json", error.File);
        Assert.Contains("file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_an_error_and_yields_nothing()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x89;

        var batch = Read(bytes, "garbage.json");

        Assert.Empty(batch.Posts);
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("[1, 2, 3]", "top level is not a JSON object")]
    [InlineData("{\"rows\": [1, 2]}", "no \"messages\"")]
    [InlineData("{\"messages\": {\"id\": 1}}", "\"messages\" is not an array")]
    [InlineData("\"text\"", "top level is not a JSON object")]
    public void Wrong_top_level_shape_is_an_error(string json, string expected)
    {
        var batch = Read(json);

        Assert.Empty(batch.Posts);
        Assert.Contains(expected, Assert.Single(batch.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_yields_the_whole_messages_then_an_error_with_its_place()
    {
        var json = Channel(Enumerable.Range(1, 2000).Select(i => $"{{\"id\": {i}, \"type\": \"message\", \"text\": \"post number {i}\"}}").ToArray());
        var bytes = Encoding.UTF8.GetBytes(json);
        var cut = bytes.AsSpan(0, bytes.Length * 3 / 4).ToArray();
        var errorsSeenWhileYielding = 0;
        var posts = new List<RawPost>();

        using var stream = new MemoryStream(cut);
        var read = new TelegramJsonReader().Read(stream, Source("cut.json"));
        var diagnostics = read.Diagnostics;
        foreach (var post in read.Posts)
        {
            errorsSeenWhileYielding += diagnostics.Count;
            posts.Add(post);
        }

        Assert.Equal(0, errorsSeenWhileYielding);
        Assert.InRange(posts.Count, 1000, 1999);
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(i => $"post number {i}"), posts.Select(p => p.Text));
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("cut.json", error.File);
        Assert.Equal(posts.Count + 1, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Malformed_json_far_into_the_file_is_reported_at_its_line_and_column()
    {
        var messages = Enumerable.Range(1, 5000).Select(i => $"{{\"id\": {i}, \"type\": \"message\", \"text\": \"post {i} with some padding text\"}}").ToArray();
        messages[4000] = "{\"id\": 4001, \"type\": \"message\", \"text\": oops}";
        var batch = Read(Channel(messages), "bad.json");

        Assert.Equal(4000, batch.Posts.Count);
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(4001, error.Line);
        Assert.Equal(41, error.Column);
        Assert.Contains("line 4001, column 41", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var batch = Read(Channel("{\"id\": 1, \"type\": \"message\", \"text\": \"ok\"}", "{\"id\": 2, \"type\": \"message\", \"text\": " + nested + "}"));

        Assert.Single(batch.Posts);
        Assert.Contains("depth", Assert.Single(batch.Diagnostics).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_an_error_not_a_crash()
    {
        var head = Encoding.UTF8.GetBytes("{\"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"");
        var tail = Encoding.UTF8.GetBytes("\"}]}");
        var batch = Read([.. head, 0xC3, 0x28, 0xFF, .. tail]);

        Assert.Empty(batch.Posts);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(batch.Diagnostics).Severity);
    }
}
