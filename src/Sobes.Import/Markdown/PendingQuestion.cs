using Sobes.Core.Posts;

namespace Sobes.Import.Markdown;

/// <summary>How a question was marked up; it decides what ends its answer.</summary>
internal enum QuestionShape
{
    Heading = 0,
    Bold,
    ListItem,
    Details,
}

/// <summary>A question whose answer lines are still being collected.</summary>
internal sealed class PendingQuestion(int line, string title, QuestionShape shape, int level, IReadOnlyList<string> topics)
{
    public int Line { get; } = line;

    public QuestionShape Shape { get; } = shape;

    /// <summary>The heading level of a heading question; 0 otherwise.</summary>
    public int Level { get; } = level;

    public List<string> Body { get; } = [];

    public RawPost ToPost(string? documentTitle)
    {
        var links = new List<string>();
        var plainTitle = QuestionText.Title(MarkdownInline.ToPlain(title, links));
        var body = MarkdownBody.Convert(Shape == QuestionShape.ListItem ? Dedent(Body) : Body);
        var answer = QuestionText.WithoutAnswerLabel(body.Text).Trim('\n', ' ');
        var hasAnswer = body.Code.Count > 0 || !QuestionText.IsPlaceholder(answer);
        if (hasAnswer)
        {
            foreach (var link in body.Links)
            {
                MarkdownInline.AddLink(link, links);
            }
        }

        return new RawPost
        {
            Locator = $"line {Line}",
            Line = Line,
            Text = hasAnswer ? plainTitle + "\n" + answer : plainTitle,
            TitleHint = plainTitle,
            AnswerHint = hasAnswer ? answer : null,
            KindHint = PostKindHint.Question,
            TopicHints = topics,
            DocumentTitle = documentTitle,
            Code = hasAnswer ? body.Code : [],
            Links = links,
        };
    }

    private static List<string> Dedent(List<string> lines)
    {
        var indent = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return lines.Select(l => l.Length >= indent && string.IsNullOrWhiteSpace(l[..indent]) ? l[indent..] : l.TrimStart(' ')).ToList();
    }
}
