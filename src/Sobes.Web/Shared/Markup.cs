using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Sobes.Web.Shared;

/// <summary>The few places where the pages build HTML themselves; imported text is always encoded first.</summary>
public static class Markup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>A search snippet: encoded, then its [[word]] markers turned into &lt;mark&gt;.</summary>
    public static IHtmlContent Snippet(string snippet)
    {
        var encoded = Encoder.Encode(snippet ?? "");
        return new HtmlString(encoded.Replace("[[", "<mark>", StringComparison.Ordinal).Replace("]]", "</mark>", StringComparison.Ordinal));
    }

    /// <summary>Only absolute http and https links become anchors; anything else is shown as text.</summary>
    public static bool IsWebLink(string link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A share 0–1 as a whole percent, e.g. "42%".</summary>
    public static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A bar length 0–100 for an SVG rect (inline styles are not allowed by the CSP).</summary>
    public static string BarWidth(double share) => Math.Clamp(share * 100, 0, 100).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset? date) => date is { } d ? d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Number(int n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u202f');
}
