using Sobes.Core.Posts;
using static Sobes.Import.Tests.TelegramHtml.TelegramHtmlTestHelpers;

namespace Sobes.Import.Tests.TelegramHtml;

public sealed class TelegramHtmlContentTests
{
    [Fact]
    public void Desktop_export_skips_service_messages_and_keeps_joined_ones()
    {
        var batch = ReadFixture("messages.html");

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(["message 2", "message 3", "message 4", "message 5", "message 6"], batch.Posts.Select(p => p.Locator));
    }

    [Fact]
    public void Scripts_and_styles_are_dropped_and_escaped_markup_stays_plain_text()
    {
        var post = ReadFixture("messages.html").Posts.Single(p => p.Locator == "message 3");

        Assert.DoesNotContain("owned", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", post.Text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> is only text.", post.Text, StringComparison.Ordinal);
        Assert.Equal(new CodeBlock("python", "def f1(p, r):\n    return 2 * p * r / (p + r)"), Assert.Single(post.Code));
    }

    [Fact]
    public void Markup_never_reaches_the_text()
    {
        var post = Assert.Single(Read(Preview("<div class=\"tgme_widget_message_text\"><b>Bold</b> <i>and</i><br>next <span class=\"x\">line</span><p>para</p></div>")).Posts);

        Assert.Equal("Bold and\nnext line\npara", post.Text);
    }

    [Fact]
    public void Desktop_quiz_reads_votes_shares_and_kind()
    {
        var poll = ReadFixture("messages.html").Posts.Single(p => p.Locator == "message 4").Poll!;

        Assert.True(poll.IsQuiz);
        Assert.Equal(40, poll.TotalVoters);
        Assert.Equal([new PollOption("L1", 0.75, 30), new PollOption("L2", 0.25, 10)], poll.Options);
    }

    [Fact]
    public void Preview_poll_takes_the_percentage_printed_before_each_option()
    {
        var post = ReadFixture("channel-preview.html").Posts.Single(p => p.Locator == "post fixture_ml/102");

        Assert.Equal(PostKindHint.Quiz, post.KindHint);
        Assert.True(post.Poll!.IsQuiz);
        Assert.Equal([new PollOption("ROC AUC", 0.71), new PollOption("Accuracy", 0.2), new PollOption("F1", 0.09)], post.Poll.Options);
    }

    [Theory]
    [InlineData("1.2K", 1200)]
    [InlineData("845", 845)]
    [InlineData("3.4M", 3_400_000)]
    [InlineData("12,5K", 12_500)]
    public void Abbreviated_view_counts_are_expanded(string shown, int expected)
    {
        var post = Assert.Single(Read(Preview($"<div class=\"tgme_widget_message_text\">t</div><span class=\"tgme_widget_message_views\">{shown}</span>")).Posts);

        Assert.Equal(expected, post.Views);
    }

    [Fact]
    public void Preview_reads_date_forward_links_and_reactions()
    {
        var posts = ReadFixture("channel-preview.html").Posts;
        var first = posts[0];
        var third = posts.Single(p => p.Locator == "post fixture_ml/103");

        Assert.Equal(new DateTimeOffset(2025, 9, 5, 10, 0, 0, TimeSpan.Zero), first.Date);
        Assert.Equal(["https://example.org/early-stopping"], first.Links);
        Assert.Equal(["#regularization"], first.Hashtags);
        Assert.Equal([new Reaction("👍", 1500), new Reaction("🔥", 12)], first.Reactions);
        Assert.Equal("Other channel", third.ForwardedFrom);
        Assert.Contains("https://example.org/sql", third.Links);
        Assert.DoesNotContain("Preview text", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_crash()
    {
        const int depth = 100_000;
        var html = Preview("<div class=\"tgme_widget_message_text\">" + string.Concat(Enumerable.Repeat("<div>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</div>");

        var batch = Read(html);

        Assert.False(batch.HasErrors);
        Assert.Contains("flattened", Assert.Single(batch.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains("deep", Assert.Single(batch.Posts).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body><p>Just a page</p></body></html>", "not a Telegram HTML page")]
    [InlineData("plain words, no markup", "not HTML")]
    public void Pages_that_are_not_telegram_are_errors(string html, string expected)
    {
        var batch = Read(html);

        Assert.Empty(batch.Posts);
        Assert.Contains(expected, Assert.Single(batch.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_an_error_saying_so()
    {
        var batch = Read([], "empty.html");

        Assert.Equal("file is empty", Assert.Single(batch.Diagnostics).Message);
    }

    [Fact]
    public void Binary_input_is_an_error()
    {
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        bytes[100] = 0;

        var batch = Read(bytes, "image.html");

        Assert.Empty(batch.Posts);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(batch.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("messages.html", "<div class=\"message default clearfix\" id=\"message5\">", true)]
    [InlineData("channel.html", "<div class=\"tgme_widget_message js-widget_message\" data-post=\"a/1\">", true)]
    [InlineData("page.html", "<html><body>hello</body></html>", false)]
    public void Detect_is_confident_only_for_telegram_pages(string file, string head, bool expected)
    {
        var score = new Sobes.Import.TelegramHtml.TelegramHtmlReader().Detect(file, System.Text.Encoding.UTF8.GetBytes(head));

        Assert.Equal(expected, score > 0.5);
    }

    [Fact]
    public void A_post_longer_than_the_record_cap_is_left_out_with_a_warning_naming_it_and_the_rest_is_read()
    {
        static string Message(string post, string text) =>
            $"<div class=\"tgme_widget_message\" data-post=\"{post}\"><div class=\"tgme_widget_message_text\">{text}</div></div>\n";
        var html = "<html><body>\n" + Message("c/1", "first") + Message("c/2", string.Concat(Enumerable.Repeat("word ", 2_000_000)))
            + Message("c/3", "third") + "</body></html>";

        var batch = Read(html, "saved.html");

        Assert.Equal(["post c/1", "post c/3"], batch.Posts.Select(p => p.Locator));
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, error.Severity);
        Assert.Equal("saved.html", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("post c/2", error.Message);
    }
}
