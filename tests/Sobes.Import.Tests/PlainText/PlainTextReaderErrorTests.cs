using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Tests.PlainText;

public sealed class PlainTextReaderErrorTests
{
    [Fact]
    public void A_line_longer_than_the_cap_is_an_error_naming_its_line_and_no_post_is_read()
    {
        var text = "Что такое бэггинг?\nОтвет про бутстрэп.\n\n" + new string('я', 200_000) + "\n";

        var batch = PlainTextReading.Read(text, "huge.txt");

        var error = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("huge.txt", 4), (error.File, error.Line));
        Assert.Contains("200000 characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_file()
    {
        var batch = PlainTextReading.Read([], "empty.txt");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("empty.txt", error.File);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Blank_only_file_is_an_error()
    {
        var batch = PlainTextReading.Read("\n \n\t\n", "blank.txt");

        Assert.True(batch.HasErrors);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Nul_byte_is_an_error_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Что такое бэггинг?\nОтвет").Concat(new byte[] { 0, 1, 2 }).ToArray();
        var offset = bytes.Length - 3;

        var batch = PlainTextReading.Read(bytes, "image.txt");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("image.txt", error.File);
        Assert.Contains($"byte offset {offset}", error.Message);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Градиентный спуск").Concat(new byte[] { 0xC3, 0x28, 0x41 }).ToArray();
        var offset = bytes.Length - 3;

        var batch = PlainTextReading.Read(bytes, "latin1.txt");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Contains($"byte offset {offset}", error.Message);
        Assert.Equal("latin1.txt", error.File);
    }

    [Fact]
    public void A_character_cut_by_the_probe_boundary_is_not_binary()
    {
        var text = new string('я', 2000);

        var batch = PlainTextReading.Read(text);

        Assert.False(batch.HasErrors);
        Assert.Single(batch.Posts);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Что такое стекинг?\nАнсамбль поверх моделей.")).ToArray();

        var post = Assert.Single(PlainTextReading.Read(bytes).Posts);

        Assert.StartsWith("Что", post.Text, StringComparison.Ordinal);
        Assert.Equal("Что такое стекинг?", post.TitleHint);
    }
}
