using System.Text.RegularExpressions;

namespace Sobes.Import.Markdown;

/// <summary>
/// Images in a Q&amp;A list: a formula rendered by a LaTeX service (codecogs, GitHub's math renderer, Google Charts,
/// upmath) carries its LaTeX in the URL and becomes inline <c>$…$</c>; any other image becomes a visible "[image]",
/// so a sentence around it never reads as if nothing had been there.
/// </summary>
internal static partial class FormulaImage
{
    public const string Marker = "[image]";

    /// <summary>The text that stands for an image with this source.</summary>
    public static string Text(string source)
    {
        var latex = Latex(source.Trim().Trim('<', '>', '"', '\''));
        return latex is { Length: > 0 } ? "$" + latex + "$" : Marker;
    }

    /// <summary>The LaTeX a renderer's URL carries, or null when the URL is not a known formula renderer.</summary>
    public static string? Latex(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var raw = host switch
        {
            "latex.codecogs.com" => QueryAfterMark(url),
            "render.githubusercontent.com" when uri.AbsolutePath.StartsWith("/render/math", StringComparison.Ordinal) => Parameter(url, "math"),
            "chart.googleapis.com" => Parameter(url, "chl"),
            "i.upmath.me" or "tex.s2cms.ru" => PathAfterFormat(uri.AbsolutePath),
            _ => null,
        };
        if (raw is null)
        {
            return null;
        }

        var latex = Uri.UnescapeDataString(raw);
        latex = RendererOptions().Replace(latex, "").Trim();
        return latex.Length > 0 ? latex : null;
    }

    // The query of "https://latex.codecogs.com/svg.latex?\frac{a}{b}": everything after the first '?' (LaTeX may hold '&' and '=').
    private static string? QueryAfterMark(string url)
    {
        var mark = url.IndexOf('?', StringComparison.Ordinal);
        return mark < 0 || mark == url.Length - 1 ? null : url[(mark + 1)..];
    }

    private static string? Parameter(string url, string name)
    {
        var mark = url.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0)
        {
            return null;
        }

        foreach (var pair in url[(mark + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return pair[(equals + 1)..];
            }
        }

        return null;
    }

    private static string? PathAfterFormat(string path)
    {
        var match = UpmathPath().Match(path);
        return match.Success ? match.Groups["latex"].Value : null;
    }

    // Rendering options a codecogs URL puts before the formula: "\dpi{120}", "\bg_white", "\inline", "\large".
    [GeneratedRegex(@"^(?:\s*\\(?:dpi\{\d+\}|bg_\w+|bg\{\w+\}|inline|large|Large|small|fn_\w+)\s*)+")]
    private static partial Regex RendererOptions();

    [GeneratedRegex(@"^/(?:svg|png|gif)/(?<latex>.+)$")]
    private static partial Regex UpmathPath();
}
