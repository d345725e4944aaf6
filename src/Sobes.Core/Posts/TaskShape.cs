namespace Sobes.Core.Posts;

/// <summary>
/// The shape of a task that is not a plain question, kept so practice can ask it as itself.
/// <list type="bullet">
/// <item><see cref="TaskForm.FillIn"/>: the question text holds <see cref="Blanks"/> blanks, each written "____"; <see cref="Answers"/> gives
/// what fills them in order when the source showed it (empty when it hid it).</item>
/// <item><see cref="TaskForm.Matching"/>: <see cref="Pairs"/> are the right left–right pairs when the source showed them (empty when it hid them).</item>
/// </list>
/// </summary>
public sealed record TaskShape
{
    /// <summary>How a blank is written in a fill-in question once read.</summary>
    public const string Blank = "____";

    public required TaskForm Form { get; init; }

    /// <summary>How many blanks a fill-in question has; 0 for matching.</summary>
    public int Blanks { get; init; }

    /// <summary>The words that fill the blanks, in order; empty when unknown.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>The pairs of a matching task; empty when unknown.</summary>
    public IReadOnlyList<MatchPair> Pairs { get; init; } = [];

    /// <summary>True when the source showed what the task asks for (the blanks' words or the pairs).</summary>
    public bool IsAnswered => Form == TaskForm.FillIn ? Answers.Count > 0 : Pairs.Count > 0;
}

public enum TaskForm
{
    /// <summary>A statement with blanks to fill in.</summary>
    FillIn,

    /// <summary>Two lists whose items are to be paired.</summary>
    Matching,
}

/// <summary>One pair of a matching task.</summary>
public sealed record MatchPair(string Left, string Right);
