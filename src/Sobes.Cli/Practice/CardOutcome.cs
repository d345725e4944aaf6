using Sobes.Core.Srs;

namespace Sobes.Cli.Practice;

/// <summary>What the learner did with a card on screen.</summary>
internal abstract record CardOutcome
{
    private CardOutcome()
    {
    }

    /// <summary>Answered and graded; <paramref name="Answer"/> is in the card's answer shape (null for a self-graded card), <paramref name="Took"/> the time to answer.</summary>
    public sealed record Rated(Rating Rating, string? Answer, TimeSpan Took) : CardOutcome;

    /// <summary>Asked to undo the previous answer.</summary>
    public sealed record Undo : CardOutcome;

    /// <summary>Flagged the card as badly generated.</summary>
    public sealed record Flag : CardOutcome;

    /// <summary>Moved on without grading (a reading card).</summary>
    public sealed record Skip : CardOutcome;

    /// <summary>Left the session (or the input ended).</summary>
    public sealed record Quit : CardOutcome;
}
