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

    public RawPost ToPost() => new()
    {
        Locator = $"line {Line}",
        Line = Line,
        Text = Text,
        TitleHint = Text,
        AnswerHint = State == AnswerState.Shown ? string.Join('\n', Answer) : null,
        KindHint = PostKindHint.Question,
    };
}
