using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>A saved t.me/s/channel page: <c>.tgme_widget_message[data-post]</c> with text, polls, views and date.</summary>
internal static class ChannelPreviewPage
{
    public static bool Matches(IHtmlDocument document) => document.QuerySelector(".tgme_widget_message") is not null;

    public static IEnumerable<RawPost> Read(IHtmlDocument document)
    {
        foreach (var message in document.QuerySelectorAll(".tgme_widget_message"))
        {
            var post = ReadMessage(message);
            if (post is not null)
            {
                yield return post;
            }
        }
    }

    /// <summary>A message as a post; null for one with nothing to read (a service message, an empty bubble).</summary>
    public static RawPost? ReadMessage(IElement message)
    {
        var textElement = message.QuerySelectorAll(".tgme_widget_message_text")
            .FirstOrDefault(e => e.Closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") is null);
        var text = HtmlText.Extract(textElement);
        var poll = ReadPoll(message.QuerySelector(".tgme_widget_message_poll"));
        var media = ChannelPreviewMedia.Read(message);
        if (text.Text.Length == 0 && poll is null && media.Count == 0)
        {
            return null;
        }

        var links = text.Links.ToList();
        if (message.QuerySelector("a.tgme_widget_message_link_preview[href]")?.GetAttribute("href") is { Length: > 0 } preview && !links.Contains(preview))
        {
            links.Add(preview);
        }

        return new RawPost
        {
            Locator = $"post {message.GetAttribute("data-post") ?? "?"}",
            Line = message.SourceReference?.Position.Line ?? 0,
            Text = text.Text.Length == 0 && poll is not null ? poll.Question : text.Text,
            KindHint = poll is null ? PostKindHint.None : PostKindHint.Quiz,
            Poll = poll,
            Code = text.Code,
            Links = links,
            Hashtags = text.Hashtags,
            Media = media,
            Date = HtmlNumbers.IsoDate(message.QuerySelector(".tgme_widget_message_date time[datetime], time[datetime]")?.GetAttribute("datetime")),
            Views = HtmlNumbers.Count(HtmlText.Of(message.QuerySelector(".tgme_widget_message_views"))),
            Reactions = ChannelPreviewMedia.ReadReactions(message),
            ForwardedFrom = message.QuerySelector(".tgme_widget_message_forwarded_from_name") is { } from ? HtmlText.Of(from) : null,
        };
    }

    /// <summary>The page prints each option's percentage before its text; no voter counts, no key.</summary>
    private static Poll? ReadPoll(IElement? poll)
    {
        if (poll is null)
        {
            return null;
        }

        var kind = HtmlText.Of(poll.QuerySelector(".tgme_widget_message_poll_type"));
        var options = poll.QuerySelectorAll(".tgme_widget_message_poll_option")
            .Select(o => new PollOption(
                HtmlText.Of(o.QuerySelector(".tgme_widget_message_poll_option_text")),
                HtmlNumbers.Percent(HtmlText.Of(o.QuerySelector(".tgme_widget_message_poll_option_percent")))))
            .ToList();
        return new Poll
        {
            Question = HtmlText.Of(poll.QuerySelector(".tgme_widget_message_poll_question")),
            Options = options,
            IsQuiz = kind.Contains("quiz", StringComparison.OrdinalIgnoreCase) || kind.Contains("викторин", StringComparison.OrdinalIgnoreCase),
            TotalVoters = HtmlNumbers.Count(HtmlText.Of(poll.QuerySelector(".tgme_widget_message_voters"))),
        };
    }
}
