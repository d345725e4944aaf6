using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Markdown;
using Sobes.Import.PlainText;
using Sobes.Import.QuizPage;
using Sobes.Import.TelegramHtml;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Text;

public sealed class SourceTextTests
{
    public static TheoryData<string> TextFormats => new() { "text", "quiz-page", "markdown", "telegram-html" };

    private static ISourceReader Reader(string format) => format switch
    {
        "text" => new PlainTextChannelReader(),
        "quiz-page" => new QuizPageReader(),
        "markdown" => new MarkdownQaReader(),
        _ => new TelegramHtmlReader(),
    };

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Every_text_reader_names_the_offset_where_invalid_utf8_starts(string format)
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Questions and Answers: что такое AUC?</p>\n").Concat(new byte[] { 0xC3, 0x28, 0x41, (byte)'\n' }).ToArray();
        var offset = bytes.Length - 4;

        var batch = TestFiles.Read(Reader(format), bytes, "mixed.bin");

        var error = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("mixed.bin", error.File);
        Assert.Contains($"binary content at byte offset {offset}", error.Message, StringComparison.Ordinal);
        Assert.Empty(batch.Posts);
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Every_text_reader_calls_an_empty_file_empty(string format)
    {
        var batch = TestFiles.Read(Reader(format), [], "nothing.txt");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("file is empty", error.Message);
    }

    [Fact]
    public void A_utf16_channel_copy_with_its_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Что такое стекинг?\nАнсамбль поверх моделей.\n")).ToArray();

        var post = Assert.Single(TestFiles.Read(new PlainTextChannelReader(), bytes, "copy.txt").Posts);

        Assert.Equal("Что такое стекинг?", post.TitleHint);
    }
}
