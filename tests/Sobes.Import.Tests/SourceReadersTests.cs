using System.Text;
using Sobes.Testing;

namespace Sobes.Import.Tests;

public sealed class SourceReadersTests
{
    [Theory]
    [InlineData("result.json", "{\n \"name\": \"Chan\",\n \"type\": \"public_channel\",\n \"id\": 1,\n \"messages\": [", "telegram-json")]
    [InlineData("messages.html", "<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class=\"history\"><div class=\"message default clearfix\" id=\"message5\">", "telegram-html")]
    [InlineData("channel.html", "<html><body><div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"chan/12\">", "telegram-html")]
    [InlineData("answers.md", "# ML questions\n\n## What is overfitting?\n\nWhen a model learns noise.\n", "markdown")]
    [InlineData("page.txt", "Questions and Answers\nЧто такое бэггинг?\nSignup and view all the answers\n", "quiz-page")]
    [InlineData("dump.txt", "Что такое AUC?\nПлощадь под ROC-кривой.\n@my_channel\nPlease open Telegram to view this post\nVIEW IN TELEGRAM\n", "text")]
    public void The_format_is_detected_from_name_and_content(string name, string head, string format)
    {
        var reader = SourceReaders.Detect(name, Encoding.UTF8.GetBytes(head));

        Assert.Equal(format, reader?.Format);
    }

    [SkippableFact]
    public void Every_seed_is_detected_as_the_format_it_is()
    {
        Requirements.SkipUnless(TestPaths.SeedsFolder is not null, "the seed dumps in ../shared/seeds are missing");
        foreach (var path in Directory.EnumerateFiles(TestPaths.SeedsFolder!))
        {
            using var stream = File.OpenRead(path);
            var reader = SourceReaders.Detect(Path.GetFileName(path), SourceReaders.ReadHead(stream));
            var expected = Path.GetFileName(path).StartsWith("002_", StringComparison.Ordinal) ? "quiz-page" : "text";
            Assert.True(expected == reader?.Format, $"{Path.GetFileName(path)} detected as {reader?.Format}");
        }
    }

    [Fact]
    public void Every_format_has_exactly_one_reader()
    {
        Assert.Equal(["telegram-json", "telegram-html", "quiz-page", "markdown", "anki-package", "anki-text", "csv", "quizlet", "text"], SourceReaders.Formats);
        Assert.Null(SourceReaders.ByFormat("pdf"));
        Assert.Equal("markdown", SourceReaders.ByFormat(" Markdown ")?.Format);
    }
}
