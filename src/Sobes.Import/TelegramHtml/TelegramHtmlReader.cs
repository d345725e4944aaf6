using System.Text;
using AngleSharp.Html.Parser;
using Sobes.Core.Posts;

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

    public IEnumerable<RawPost> Read(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ReadLazily(content, source, diagnostics, cancellationToken);
    }

    private static IEnumerable<RawPost> ReadLazily(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var html = Decode(content, source.Path, diagnostics);
        if (html is null)
        {
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
            yield return post;
        }
    }

    /// <summary>Decodes UTF-8 (Telegram writes nothing else); null with an error for empty or binary input.</summary>
    private static string? Decode(Stream content, string file, ICollection<Diagnostic> diagnostics)
    {
        using var memory = new MemoryStream();
        content.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (bytes.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, "file is empty"));
            return null;
        }

        var zero = bytes.IndexOf((byte)0);
        if (zero >= 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, $"binary data, not HTML: a zero byte at offset {zero}"));
            return null;
        }

        var text = new UTF8Encoding(false, false).GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, "not HTML: no markup found"));
            return null;
        }

        return text;
    }
}
