using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sobes.Core.Posts;
using Sobes.Import.TelegramHtml;

namespace Sobes.Import.Channels;

/// <summary>What a page served for a channel's preview turned out to be.</summary>
public enum ChannelPageKind
{
    /// <summary>A page of the public preview (<c>.tgme_channel_history</c> with <c>.tgme_widget_message[data-post]</c>).</summary>
    Preview,

    /// <summary>The channel's main page (<c>.tgme_page</c>), which t.me shows instead of a preview the channel does not have.</summary>
    MainPage,

    /// <summary>Anything else: not a channel preview.</summary>
    Other,
}

/// <summary>
/// One page of a channel's preview: its messages' ids (every <c>data-post="name/ID"</c>, service messages too), the
/// posts worth reading, each with its id, and whether the page links to older posts (<c>a[data-before]</c>, the
/// "load more" link). Posts carry a <see cref="NoteLocator"/> made from their <c>data-post</c>, so a post read again
/// after an edit updates its item instead of adding another.
/// </summary>
public sealed record ChannelPage(ChannelPageKind Kind, string? Title, IReadOnlyList<long> MessageIds, IReadOnlyList<ChannelPost> Posts, long? OlderBefore)
{
    /// <summary>The oldest message on the page, or null for a page without messages.</summary>
    public long? Oldest => MessageIds.Count == 0 ? null : MessageIds.Min();

    /// <summary>The newest message on the page, or null for a page without messages.</summary>
    public long? Newest => MessageIds.Count == 0 ? null : MessageIds.Max();

    /// <summary>What the paging rules need to know of the page.</summary>
    public PageSpan Span => new(Oldest, Newest, OlderBefore);

    /// <summary>Reads a page's HTML. Markup never reaches a post: the same extraction as saved preview pages.</summary>
    public static ChannelPage Parse(string html, string channelName)
    {
        ArgumentNullException.ThrowIfNull(html);
        html = HtmlNestingLimiter.Limit(html, out _);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var messages = document.QuerySelectorAll(".tgme_widget_message[data-post]");
        if (messages.Length == 0 && document.QuerySelector(".tgme_channel_history") is null)
        {
            var kind = document.QuerySelector(".tgme_page, .tgme_page_title") is not null ? ChannelPageKind.MainPage : ChannelPageKind.Other;
            return new ChannelPage(kind, TitleOf(document), [], [], null);
        }

        var ids = new List<long>();
        var posts = new List<ChannelPost>();
        foreach (var message in messages)
        {
            var dataPost = message.GetAttribute("data-post") ?? "";
            if (!TryId(dataPost, out var id))
            {
                continue;
            }

            ids.Add(id);
            if (ChannelPreviewPage.ReadMessage(message) is { } post)
            {
                posts.Add(new ChannelPost(id, post with { Locator = NoteLocator.Of("t.me/" + dataPost), Line = 0 }));
            }
        }

        var title = TitleOf(document) ?? channelName;
        var withTitle = posts.Select(p => p with { Post = p.Post with { DocumentTitle = title } }).ToList();
        return new ChannelPage(ChannelPageKind.Preview, title, ids, withTitle, LoadMoreBefore(document));
    }

    // "name/123": the id after the last slash.
    private static bool TryId(string dataPost, out long id)
    {
        var slash = dataPost.LastIndexOf('/');
        id = 0;
        return slash > 0 && long.TryParse(dataPost.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    // The "load more" link at the top of the history: data-before, else the before= of its href.
    private static long? LoadMoreBefore(IHtmlDocument document)
    {
        foreach (var link in document.QuerySelectorAll("a[data-before], a.tme_messages_more"))
        {
            var value = link.GetAttribute("data-before");
            if (value is null && link.GetAttribute("href") is { } href && href.IndexOf("before=", StringComparison.Ordinal) is var at and >= 0)
            {
                value = new string(href[(at + 7)..].TakeWhile(char.IsAsciiDigit).ToArray());
            }

            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var before) && before > 0)
            {
                return before;
            }
        }

        return null;
    }

    private static string? TitleOf(IHtmlDocument document)
    {
        var header = document.QuerySelector(".tgme_channel_info_header_title, .tgme_page_title");
        if (header is not null && HtmlText.Of(header) is { Length: > 0 } title)
        {
            return title;
        }

        if (document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") is { Length: > 0 } og)
        {
            return og.Trim();
        }

        var text = document.Title?.Trim();
        const string Suffix = "– Telegram";
        return string.IsNullOrEmpty(text) ? null : text.EndsWith(Suffix, StringComparison.Ordinal) ? text[..^Suffix.Length].Trim() : text;
    }
}

/// <summary>A post of a channel page with its message id.</summary>
public sealed record ChannelPost(long Id, RawPost Post);
