using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;
using static Sobes.Import.Tests.TelegramJson.TelegramJsonTestHelpers;

namespace Sobes.Import.Tests.TelegramJson;

public sealed class TelegramJsonContentTests
{
    [Fact]
    public void Entity_array_is_flattened_to_plain_text_with_links_and_hashtags()
    {
        var post = Single("""
            {"id": 5, "type": "message", "text": ["See ", {"type": "text_link", "text": "this", "href": "https://a.example/x"},
             " and ", {"type": "link", "text": "https://b.example"}, " ", {"type": "hashtag", "text": "#ml"}]}
            """);

        Assert.Equal("See this and https://b.example #ml", post.Text);
        Assert.Equal(["https://a.example/x", "https://b.example"], post.Links);
        Assert.Equal(["#ml"], post.Hashtags);
        Assert.Equal("message 5", post.Locator);
    }

    [Fact]
    public void Pre_block_goes_to_code_and_stays_in_text()
    {
        var post = Single("""
            {"id": 1, "type": "message", "text_entities": [{"type": "plain", "text": "Code:\n"}, {"type": "pre", "text": "print(1)", "language": "python"}]}
            """);

        Assert.Equal("Code:\nprint(1)", post.Text);
        Assert.Equal(new CodeBlock("python", "print(1)"), Assert.Single(post.Code));
    }

    [Fact]
    public void Text_entities_win_over_text_when_both_are_present()
    {
        var post = Single("""{"id": 1, "type": "message", "text": "old", "text_entities": [{"type": "plain", "text": "new"}]}""");

        Assert.Equal("new", post.Text);
    }

    [Fact]
    public void Bold_first_line_after_an_emoji_is_the_title_hint()
    {
        var post = Single("""{"id": 1, "type": "message", "text": ["📌 ", {"type": "bold", "text": "What is AUC?"}, "\nAnswer."]}""");

        Assert.Equal("📌 What is AUC?", post.TitleHint);
    }

    [Fact]
    public void Plain_words_on_the_first_line_deny_the_title_hint()
    {
        var post = Single("""{"id": 1, "type": "message", "text": ["So ", {"type": "bold", "text": "what"}, " is it?\nAnswer."]}""");

        Assert.Null(post.TitleHint);
    }

    [Fact]
    public void Poll_question_and_answers_may_be_entity_arrays()
    {
        var post = Single("""
            {"id": 1, "type": "message", "text": "", "poll": {"question": [{"type": "bold", "text": "Q"}, "?"], "closed": false, "total_voters": 10,
             "answers": [{"text": [{"type": "code", "text": "a"}], "voters": 7, "chosen": false}, {"text": "b", "voters": 3, "chosen": false}]}}
            """);

        var poll = Assert.IsType<Poll>(post.Poll);
        Assert.Equal("Q?", poll.Question);
        Assert.Equal([new PollOption("a", 0.7, 7), new PollOption("b", 0.3, 3)], poll.Options);
        Assert.Equal(10, poll.TotalVoters);
        Assert.False(poll.IsQuiz);
        Assert.Equal(PostKindHint.Quiz, post.KindHint);
        Assert.Equal("Q?", post.Text);
    }

    [Fact]
    public void Poll_with_zero_votes_everywhere_has_unknown_shares()
    {
        var post = Single("""
            {"id": 1, "type": "message", "text": "", "poll": {"question": "Q", "total_voters": 25,
             "answers": [{"text": "a", "voters": 0}, {"text": "b", "voters": 0}]}}
            """);

        Assert.All(post.Poll!.Options, o => Assert.Null(o.Share));
        Assert.All(post.Poll!.Options, o => Assert.Null(o.Votes));
    }

    [Fact]
    public void Service_messages_are_skipped()
    {
        var batch = Read(Channel(
            """{"id": 1, "type": "service", "action": "pin_message", "text": "pinned"}""",
            """{"id": 2, "type": "message", "text": "kept"}"""));

        Assert.Equal("message 2", Assert.Single(batch.Posts).Locator);
    }

    [Fact]
    public void Media_forward_views_reactions_and_unix_date_are_read()
    {
        var post = Single("""
            {"id": 3, "type": "message", "date": "2025-01-01T00:00:00", "date_unixtime": "1700000000", "text": "t", "views": 42,
             "forwarded_from": "Source", "photo": "(File not included. Change data exporting settings to download.)",
             "reactions": [{"type": "emoji", "count": 3, "emoji": "🔥"}]}
            """);

        Assert.Equal(["photo"], post.Media);
        Assert.Equal("Source", post.ForwardedFrom);
        Assert.Equal(42, post.Views);
        Assert.Equal([new Reaction("🔥", 3)], post.Reactions);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), post.Date);
    }

    [Fact]
    public void Account_export_prefixes_locators_with_the_chat_name()
    {
        var batch = ReadFixture("account.json");

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(
            ["chat ML notes / message 10", "chat ML notes / message 12", "chat Saved Messages / message 1", "chat Old group / message 7"],
            batch.Posts.Select(p => p.Locator));
    }

    [Fact]
    public void Script_tag_in_a_message_stays_inert_plain_text()
    {
        var post = Single("""{"id": 1, "type": "message", "text": "<script>alert(1)</script>"}""");

        Assert.Equal("<script>alert(1)</script>", post.Text);
        Assert.Empty(post.Links);
    }

    [Fact]
    public void Post_line_is_where_its_message_object_starts()
    {
        var batch = Read("{\n\"messages\": [\n{\"id\": 1, \"type\": \"message\", \"text\": \"a\"},\n\n{\"id\": 2, \"type\": \"message\", \"text\": \"b\"}\n]}");

        Assert.Equal([3, 5], batch.Posts.Select(p => p.Line));
    }

    [Fact]
    public void A_channel_export_reports_its_name_as_the_channel_title()
    {
        var batch = Read("{\n \"name\": \"My channel\",\n \"type\": \"public_channel\",\n \"messages\": [ {\"id\": 1, \"type\": \"message\", \"text\": \"a\"}]}");

        Assert.Equal("My channel", batch.ChannelTitle);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void An_account_export_has_no_one_channel_title()
    {
        var batch = Read("{\"personal_information\": {}, \"chats\": {\"list\": [{\"name\": \"Chat A\", \"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"a\"}]}]}}");

        Assert.Null(batch.ChannelTitle);
        Assert.Single(batch.Posts);
    }

    [Theory]
    [InlineData("result.json", "{\"name\": \"x\", \"type\": \"public_channel\", \"messages\": [", true)]
    [InlineData("data.json", "{\"rows\": [1, 2, 3]}", false)]
    [InlineData("notes.txt", "just some text", false)]
    public void Detect_is_confident_only_for_telegram_exports(string file, string head, bool expected)
    {
        var score = new TelegramJsonReader().Detect(file, System.Text.Encoding.UTF8.GetBytes(head));

        Assert.Equal(expected, score > 0.5);
    }
}
