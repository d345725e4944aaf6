using System.Text;
using Sobes.Import.PlainText;

namespace Sobes.Import.Tests.PlainText;

public sealed class PlainTextDetectionTests
{
    private static readonly PlainTextChannelReader Reader = new();

    [Fact]
    public void Format_is_text() => Assert.Equal("text", Reader.Format);

    [Theory]
    [InlineData("Пост\nPlease open Telegram to view this post\nVIEW IN TELEGRAM\n")]
    [InlineData("Канал\n3.1K subscribers\n")]
    [InlineData("Telegram Web Link\nЧто такое dropout?\n")]
    [InlineData("Вопрос?\nAnonymous Quiz\n50%\nДа\n")]
    [InlineData("Ответ.\n@some_channel\n")]
    public void A_txt_file_with_channel_markers_is_claimed_confidently(string head)
    {
        Assert.True(Reader.Detect("dump.txt", Encoding.UTF8.GetBytes(head)) >= 0.9);
    }

    [Fact]
    public void Markers_without_an_extension_are_still_likely()
    {
        var score = Reader.Detect("dump", Encoding.UTF8.GetBytes("VIEW IN TELEGRAM\n"));

        Assert.InRange(score, 0.5, 0.89);
    }

    [Fact]
    public void Any_txt_text_is_a_low_but_positive_fallback()
    {
        var score = Reader.Detect("notes.txt", Encoding.UTF8.GetBytes("Просто заметки о регрессии.\n"));

        Assert.InRange(score, 0.01, 0.3);
    }

    [Theory]
    [InlineData("result.json", "{\"messages\": []}")]
    [InlineData("messages.html", "<html>VIEW IN TELEGRAM</html>")]
    public void Other_formats_are_not_claimed(string name, string head)
    {
        Assert.True(Reader.Detect(name, Encoding.UTF8.GetBytes(head)) < 0.1);
    }

    [Fact]
    public void Binary_content_is_not_claimed()
    {
        Assert.Equal(0, Reader.Detect("dump.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
    }

    [Fact]
    public void Channel_title_comes_from_the_preview_header()
    {
        var text = "🦉 Совы и модели\n1.2K subscribers\n10 photos\nОписание канала\nDownload Telegram\nПост\n";

        Assert.Equal("Совы и модели", PlainTextChannelReader.DetectChannelTitle(text));
    }

    [Fact]
    public void Channel_title_comes_from_a_recurring_signature_without_a_header()
    {
        var text = string.Concat(Enumerable.Range(1, 3).Select(i => $"Пост номер {i}.\n🦉 Совы и модели\n"));

        Assert.Equal("Совы и модели", PlainTextChannelReader.DetectChannelTitle(text));
    }

    [Fact]
    public void A_mirror_copy_has_no_channel_title()
    {
        Assert.Null(PlainTextChannelReader.DetectChannelTitle("Telegram Web Link\nЧто такое dropout?\n\nОтвет.\n\n#глубокое_обучение\n"));
    }
}
