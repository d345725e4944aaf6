using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.QuizPage;

/// <summary>
/// Reads plain-text copies of quiz and flashcard pages ("Questions and Answers", shown or hidden answers,
/// "Study Notes"): each question becomes a <see cref="PostKindHint.Question"/> post with its shown answer
/// (null when the page hides it), each notes section a <see cref="PostKindHint.Note"/> post; the page's
/// repeated, paraphrased notes are merged, and its sign-up and advertising chrome is dropped.
/// </summary>
public sealed class QuizPageReader : ISourceReader
{
    private static readonly string[] Markers = ["Questions and Answers", "Signup and view all the answers", "Study Notes"];

    public string Format => "quiz-page";

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head);
        var found = Markers.Count(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
        return found switch
        {
            0 => 0,
            1 => 0.9,
            _ => 0.98,
        };
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadPosts(content, source, read.Log, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadPosts(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var parser = new QuizPageParser(source.Path, diagnostics);
        var errors = CountErrors(diagnostics);
        foreach (var line in SourceLines.Read(content, source, diagnostics, cancellationToken))
        {
            parser.Add(line);
        }

        if (CountErrors(diagnostics) > errors)
        {
            yield break;
        }

        foreach (var post in parser.Finish())
        {
            yield return post;
        }
    }

    private static int CountErrors(ICollection<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
