using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>Telegram Desktop's <c>messages.html</c>: <c>div.message.default</c> with <c>.text</c>, <c>.date[title]</c>, media and polls.</summary>
internal static class DesktopExportPage
{
    public static bool Matches(IHtmlDocument document) => document.QuerySelector("div.message") is not null;

    public static IEnumerable<RawPost> Read(IHtmlDocument document)
    {
        foreach (var message in document.QuerySelectorAll("div.message.default"))
        {
            var post = ReadMessage(message);
            if (post is not null)
            {
                yield return post;
            }
        }
    }

    private static RawPost? ReadMessage(IElement message)
    {
        var text = HtmlText.Extract(message.QuerySelector(".text"));
        var poll = DesktopPoll.Read(message.QuerySelector(".media_poll") ?? message.QuerySelector(".poll"));
        var media = ReadMedia(message);
        if (text.Text.Length == 0 && poll is null && media.Count == 0)
        {
            return null;
        }

        var raw = message.Id ?? "?";
        var id = raw.StartsWith("message", StringComparison.Ordinal) ? raw["message".Length..] : raw;
        return new RawPost
        {
            Locator = $"message {id}",
            Line = message.SourceReference?.Position.Line ?? 0,
            Text = text.Text.Length == 0 && poll is not null ? poll.Question : text.Text,
            KindHint = poll is null ? PostKindHint.None : PostKindHint.Quiz,
            Poll = poll,
            Code = text.Code,
            Links = text.Links,
            Hashtags = text.Hashtags,
            Media = media,
            Date = HtmlNumbers.DesktopDate(message.QuerySelector(".date[title]")?.GetAttribute("title")),
            Reactions = ReadReactions(message),
            ForwardedFrom = ForwardedFrom(message),
        };
    }

    private static string? ForwardedFrom(IElement message)
    {
        var name = message.QuerySelector(".forwarded.body > .from_name");
        if (name is null)
        {
            return null;
        }

        var own = string.Concat(name.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
        return own.Length > 0 ? own : null;
    }

    private static List<string> ReadMedia(IElement message)
    {
        var media = new List<string>();
        foreach (var wrap in message.QuerySelectorAll(".media_wrap"))
        {
            if (wrap.QuerySelector(".media_poll, .poll") is not null)
            {
                continue;
            }

            media.Add(wrap switch
            {
                _ when wrap.QuerySelector(".photo_wrap, .photo") is not null => "photo",
                _ when wrap.QuerySelector(".video_file_wrap, .media_video") is not null => "video",
                _ when wrap.QuerySelector(".media_voice_message") is not null => "voice message",
                _ when wrap.QuerySelector(".sticker_wrap, .media_sticker") is not null => "sticker",
                _ => DescribeFile(wrap),
            });
        }

        return media;
    }

    private static string DescribeFile(IElement wrap)
    {
        var title = HtmlText.Of(wrap.QuerySelector(".title"));
        var status = HtmlText.Of(wrap.QuerySelector(".status"));
        return (title.Length, status.Length) switch
        {
            (0, 0) => "file",
            (0, _) => $"file ({status})",
            (_, 0) => $"file: {title}",
            _ => $"file: {title} ({status})",
        };
    }

    private static List<Reaction> ReadReactions(IElement message) =>
        message.QuerySelectorAll(".reactions .reaction")
            .Select(r => new Reaction(HtmlText.Of(r.QuerySelector(".emoji")), HtmlNumbers.Count(HtmlText.Of(r.QuerySelector(".count"))) ?? 0))
            .Where(r => r.Emoji.Length > 0)
            .ToList();
}
