using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.Markdown;

/// <summary>
/// Reads Markdown Q&amp;A lists as kept in interview-question repositories: questions as headings, bold
/// lines, numbered or bulleted items ending in '?', or &lt;details&gt;&lt;summary&gt; blocks; the answer runs to
/// the next question. Posts stream out as each question closes. Enclosing non-question headings become
/// <see cref="RawPost.TopicHints"/>, outermost first; placeholder answers ("Answer here", to-do markers) give a
/// null <see cref="RawPost.AnswerHint"/>; fenced code goes to <see cref="RawPost.Code"/> and stays in the text.
/// </summary>
public sealed class MarkdownQaReader : ISourceReader
{
    private static readonly string[] Extensions = [".md", ".markdown", ".mdown", ".mkd"];

    public string Format => "markdown";

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        if (Extensions.Any(e => (fileName ?? "").EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return 0.9;
        }

        var lines = Encoding.UTF8.GetString(head).Split('\n');
        var headings = lines.Count(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("##", StringComparison.Ordinal));
        var questions = lines.Count(l => l.TrimEnd().EndsWith('?') || l.Contains("?**", StringComparison.Ordinal));
        var details = lines.Any(l => l.Contains("<summary", StringComparison.OrdinalIgnoreCase));
        return (headings > 0 && questions > 0) || details ? 0.6 : 0;
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadPosts(content, source, read.Log, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadPosts(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var parser = new MarkdownQaParser(source.Path, diagnostics);
        var completed = new List<RawPost>();
        var errors = CountErrors(diagnostics);
        foreach (var line in SourceLines.Read(content, source, diagnostics, cancellationToken))
        {
            parser.Add(line, completed);
            foreach (var post in completed)
            {
                yield return post;
            }

            completed.Clear();
        }

        if (CountErrors(diagnostics) > errors)
        {
            yield break;
        }

        parser.Finish(completed);
        foreach (var post in completed)
        {
            yield return post;
        }
    }

    private static int CountErrors(ICollection<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
