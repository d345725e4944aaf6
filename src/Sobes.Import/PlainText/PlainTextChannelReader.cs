using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.PlainText;

/// <summary>
/// Reads a plain-text copy of a Telegram channel's web preview (t.me/s/…) or of a mirror site: splits it into
/// posts, strips the page chrome (channel header, media placeholders, reactions, signatures, mirror furniture),
/// reads polls, and folds the twice-rendered posts previews produce into one.
/// </summary>
public sealed class PlainTextChannelReader : ISourceReader
{
    private static readonly string[] Markers =
    [
        "Please open Telegram to view this post", "VIEW IN TELEGRAM", "Anonymous Quiz", "Anonymous Poll",
        "Telegram Web Link", "subscribers", "Download Telegram", "Анонимная викторина", "Анонимный опрос",
    ];

    public string Format => "text";

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".txt" or "" or ".text") || TextBytes.FindBinary(head) is not null)
        {
            return 0;
        }

        var text = Encoding.UTF8.GetString(head);
        var lines = SourceText.SplitLines(text).Select(l => l.Trim()).ToList();
        var marked = Markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase))
            || lines.Any(LineShapes.IsHandleSignature)
            || lines.Any(l => ReactionLine.TryParse(l, out _));
        return (marked, extension) switch
        {
            (true, ".txt") => 0.9,
            (true, _) => 0.7,
            (false, ".txt") => 0.2,
            _ => 0.05,
        };
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadPosts(content, source, read, cancellationToken));
    }

    /// <summary>The channel's name: from the preview header, else from its recurring signature line, else null.</summary>
    public static string? DetectChannelTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SourceText.SplitLines(text);
        var header = ChannelHeader.Find(lines);
        return header.Title ?? SignatureLines.MostFrequent(lines, SignatureLines.Find(lines, header.BodyStart, null));
    }

    private static IEnumerable<RawPost> ReadPosts(Stream content, SourceInfo source, SourceRead read, CancellationToken cancellationToken)
    {
        var diagnostics = read.Log;
        var text = SourceText.ReadAll(content, source.Path, diagnostics);
        if (text is null)
        {
            yield break;
        }

        var lines = SourceText.SplitLines(text);
        if (SourceText.FindOverlongLine(lines, source) is { } overlong)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, overlong + 1, 0,
                $"line {overlong + 1} is {lines[overlong].Length} characters long; a line of a text copy may have at most {source.MaxRecordLength} (no post is that long)"));
            yield break;
        }

        var header = ChannelHeader.Find(lines);
        var signatures = SignatureLines.Find(lines, header.BodyStart, header.Title);
        read.NameChannel(header.Title ?? SignatureLines.MostFrequent(lines, signatures));

        var drafts = RenderingMerger.Merge(PostSplitter.Split(lines, header.BodyStart, signatures, cancellationToken, out var droppedMediaOnly, out var chromeLines));
        var headerLines = lines.Take(header.BodyStart).Count(l => l.Trim().Length > 0);
        read.CountChrome(chromeLines + headerLines);

        foreach (var line in droppedMediaOnly)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, source.Path, line, 0, "a post that held only media (not in the copy) left out"));
        }

        foreach (var draft in drafts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (draft.Renderings > 1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, source.Path, draft.StartLine, 0, $"post at line {draft.StartLine} rendered {draft.Renderings} times, merged"));
            }

            yield return PostCompletion.ToRawPost(draft);
        }
    }
}
