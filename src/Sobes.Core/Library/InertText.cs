using System.Text.RegularExpressions;

namespace Sobes.Core.Library;

/// <summary>
/// Keeps imported text inert: tags that could execute if the text were ever shown as HTML (script,
/// style, iframe, object, embed, svg, tags with event handlers or script-scheme links) have their angle
/// brackets replaced by ‹ and ›, so the payload stays visible as text but is no longer markup. The web
/// app encodes everything it shows as well; this protects exports and other readers of the database.
/// </summary>
public static partial class InertText
{
    public static string Clean(string text)
    {
        if (text.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        return DangerousTag().Replace(text, m => "‹" + m.Value[1..^1] + "›");
    }

    /// <summary>True for http, https, mailto and tg links; false for javascript:, data:, vbscript: and anything unparsable.</summary>
    public static bool IsSafeLink(string link)
    {
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme is "http" or "https" or "mailto" or "tg";
    }

    [GeneratedRegex(@"<\s*/?\s*(?:(?:script|style|iframe|object|embed|svg|math|link|meta|base|form|noscript)\b[^>]*|[a-z][a-z0-9]*\b[^>]*?(?:\son\w+\s*=|(?:href|src|action)\s*=\s*[""']?\s*(?:javascript|vbscript|data):)[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousTag();
}
