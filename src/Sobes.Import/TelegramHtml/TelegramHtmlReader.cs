using AngleSharp.Html.Parser;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.TelegramHtml;

/// <summary>
/// Reads Telegram HTML: Desktop's <c>messages*.html</c> export and saved channel preview pages (t.me/s/...).
/// Output is plain text; markup, scripts and styles never reach a post.
/// </summary>
public sealed class TelegramHtmlReader : ISourceReader
{
    public const string FormatName = "telegram-html";

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var isHtml = fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        var markers = head.IndexOf("tgme_widget_message"u8) >= 0
            || head.IndexOf("class=\"message default"u8) >= 0
            || head.IndexOf("class=\"message service"u8) >= 0
            || (head.IndexOf("class=\"page_wrap\""u8) >= 0 && head.IndexOf("class=\"history\""u8) >= 0);
        return (isHtml, markers) switch
        {
            (true, true) => 0.95,
            (false, true) => 0.7,
            (true, false) => 0.1,
            _ => 0.0,
        };
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadLazily(content, source, read.Log, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadLazily(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var html = SourceText.ReadAll(content, source.Path, diagnostics);
        if (html is null)
        {
            yield break;
        }

        if (!html.Contains('<', StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 1, 1, "not HTML: no markup found"));
            yield break;
        }

        html = HtmlNestingLimiter.Limit(html, out var flattened);
        if (flattened)
        {
            diagnostics.Add(Diagnostic.Warning(source.Path, 0, 0, $"markup nested deeper than {HtmlNestingLimiter.MaxDepth} levels was flattened"));
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var posts = ChannelPreviewPage.Matches(document) ? ChannelPreviewPage.Read(document)
            : DesktopExportPage.Matches(document) ? DesktopExportPage.Read(document)
            : null;
        if (posts is null)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 1, 1, "not a Telegram HTML page: no Desktop export messages and no t.me channel posts found"));
            yield break;
        }

        foreach (var post in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (RecordLimit.Admits(source, post, diagnostics))
            {
                yield return post;
            }
        }
    }
}
