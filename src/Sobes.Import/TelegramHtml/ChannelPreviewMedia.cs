using AngleSharp.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>Media and reactions of a t.me preview post.</summary>
internal static class ChannelPreviewMedia
{
    public static List<string> Read(IElement message)
    {
        var media = new List<string>();
        media.AddRange(message.QuerySelectorAll(".tgme_widget_message_photo_wrap").Select(_ => "photo"));
        media.AddRange(message.QuerySelectorAll(".tgme_widget_message_video_player").Select(_ => "video"));
        foreach (var document in message.QuerySelectorAll(".tgme_widget_message_document"))
        {
            var title = HtmlText.Of(document.QuerySelector(".tgme_widget_message_document_title"));
            var extra = HtmlText.Of(document.QuerySelector(".tgme_widget_message_document_extra"));
            media.Add(extra.Length > 0 ? $"file: {title} ({extra})" : $"file: {title}");
        }

        if (message.QuerySelector(".message_media_not_supported") is not null)
        {
            media.Add("not supported in preview");
        }

        return media;
    }

    public static List<Reaction> ReadReactions(IElement message) =>
        message.QuerySelectorAll(".tgme_reaction")
            .Select(r =>
            {
                var emoji = HtmlText.Of(r.QuerySelector(".emoji, tg-emoji, i"));
                var all = HtmlText.Of(r);
                var rest = emoji.Length > 0 && all.StartsWith(emoji, StringComparison.Ordinal) ? all[emoji.Length..] : all;
                return new Reaction(emoji, HtmlNumbers.Count(rest) ?? 0);
            })
            .Where(r => r.Emoji.Length > 0)
            .ToList();
}
