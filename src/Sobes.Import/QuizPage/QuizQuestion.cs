using Sobes.Core.Posts;

namespace Sobes.Import.QuizPage;

internal enum AnswerState
{
    Pending = 0,
    Hidden,
    Shown,
}

/// <summary>A question line of a quiz page and what the page shows of its answer.</summary>
internal sealed class QuizQuestion(int line, string text, QuizQuestionShape shape)
{
    public int Line { get; } = line;

    public string Text { get; } = text;

    public QuizQuestionShape Shape { get; } = shape;

    public AnswerState State { get; set; }

    public List<string> Answer { get; } = [];

    public RawPost ToPost()
    {
        // Blanks are written alike ("____") whatever run of underscores the page used.
        var text = Shape == QuizQuestionShape.FillInBlank ? QuizLines.WithUniformBlanks(Text) : Text;
        var answer = State == AnswerState.Shown ? string.Join('\n', Answer) : null;
        return new RawPost
        {
            Locator = $"line {Line}",
            Line = Line,
            Text = text,
            TitleHint = text,
            AnswerHint = answer,
            AnswerHidden = State == AnswerState.Hidden,
            Shape = Shape switch
            {
                QuizQuestionShape.FillInBlank => FillIn(text, answer),
                QuizQuestionShape.Matching => new TaskShape { Form = TaskForm.Matching, Pairs = Answer.Select(QuizLines.MatchingPairOf).OfType<MatchPair>().ToList() },
                _ => null,
            },
            KindHint = PostKindHint.Question,
        };
    }

    // The words of a shown answer fill the blanks in order: one blank takes the whole answer, several take its parts
    // separated by ';' or ',' when their number agrees; otherwise which word fills which blank is unknown.
    private static TaskShape FillIn(string text, string? answer)
    {
        var blanks = QuizLines.CountBlanks(text);
        IReadOnlyList<string> words = [];
        if (answer is { Length: > 0 })
        {
            words = blanks == 1 ? [answer.Trim()]
                : answer.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { } bySemicolon && bySemicolon.Length == blanks ? bySemicolon
                : answer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { } byComma && byComma.Length == blanks ? byComma
                : [];
        }

        return new TaskShape { Form = TaskForm.FillIn, Blanks = blanks, Answers = words };
    }
}
