using System.Text.RegularExpressions;

namespace Sobes.Import.Channels;

/// <summary>
/// Where a channel's public web preview is read from. <c>@NAME</c>, <c>t.me/NAME</c>, <c>https://t.me/NAME</c> and
/// <c>https://t.me/s/NAME</c> all name the preview at <c>https://t.me/s/NAME</c>; any other http(s) URL is taken as a
/// server of preview pages as it is (a mirror, or a test's loopback server).
/// </summary>
public sealed partial record ChannelAddress
{
    private ChannelAddress(string name, Uri pageUrl, bool isTelegram)
    {
        Name = name;
        PageUrl = pageUrl;
        IsTelegram = isTelegram;
    }

    /// <summary>The channel's name: its Telegram username (lower case), or the last segment of another server's URL.</summary>
    public string Name { get; }

    /// <summary>The newest page of the preview, without a query; older pages add <c>?before=ID</c>.</summary>
    public Uri PageUrl { get; }

    /// <summary>True for t.me, whose missing previews redirect to the channel's main page.</summary>
    public bool IsTelegram { get; }

    /// <summary>The address as stored and shown: the preview's URL.</summary>
    public string Key => PageUrl.AbsoluteUri;

    /// <summary>True when <paramref name="input"/> is written as a channel (an @name or a URL) rather than a path.</summary>
    public static bool LooksLikeChannel(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        return text.StartsWith('@')
            || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || TelegramHost().IsMatch(text);
    }

    /// <summary>Reads a channel address; <paramref name="error"/> says what is wrong with one that is not.</summary>
    public static ChannelAddress? Parse(string input, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        error = null;
        if (text.StartsWith('@'))
        {
            return Telegram(text[1..], input, out error);
        }

        if (TelegramHost().IsMatch(text))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
        {
            error = $"'{input}' is not a channel: give @NAME, t.me/NAME or an http(s) URL of a channel's preview";
            return null;
        }

        if (IsTelegramHost(url.Host))
        {
            var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var name = segments.Length > 1 && segments[0] == "s" ? segments[1] : segments.FirstOrDefault() ?? "";
            return Telegram(name, input, out error);
        }

        var path = url.GetLeftPart(UriPartial.Path);
        var last = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return new ChannelAddress(Uri.UnescapeDataString(last ?? url.Host), new Uri(path), isTelegram: false);
    }

    /// <summary>The page of posts older than <paramref name="before"/>, or the newest page when null.</summary>
    public Uri PageBefore(long? before) =>
        before is { } id ? new Uri(PageUrl.AbsoluteUri + "?before=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : PageUrl;

    /// <summary>True when <paramref name="location"/> (an absolute URL a request for the preview was redirected to) is the channel's main page, which t.me shows for channels without a public preview.</summary>
    public bool IsMainPage(Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var segments = location.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 1 && segments[0].Equals(Name, StringComparison.OrdinalIgnoreCase)
            && (!IsTelegram || IsTelegramHost(location.Host));
    }

    public override string ToString() => Key;

    private static ChannelAddress? Telegram(string name, string input, out string? error)
    {
        error = null;
        if (name.StartsWith('+') || name.Equals("joinchat", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{input}' is an invite link: private channels have no public preview";
            return null;
        }

        if (!Username().IsMatch(name))
        {
            error = $"'{input}' is not a channel name: a Telegram username has 4 to 32 letters, digits or underscores and starts with a letter";
            return null;
        }

        var lower = name.ToLowerInvariant();
        return new ChannelAddress(lower, new Uri("https://t.me/s/" + lower), isTelegram: true);
    }

    private static bool IsTelegramHost(string host) =>
        host.Equals("t.me", StringComparison.OrdinalIgnoreCase) || host.Equals("telegram.me", StringComparison.OrdinalIgnoreCase)
        || host.Equals("www.t.me", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^(www\\.)?(t|telegram)\\.me/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TelegramHost();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{3,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Username();
}
