namespace Sobes.Core.Posts;

/// <summary>A poll or quiz as the source shows it: options with the crowd's shares, a key when one is known.</summary>
public sealed record Poll
{
    public required string Question { get; init; }

    public required IReadOnlyList<PollOption> Options { get; init; }

    /// <summary>True for a Telegram quiz (one right answer), false for a plain poll.</summary>
    public bool IsQuiz { get; init; }

    /// <summary>Index into <see cref="Options"/> of the right answer when the source states it.</summary>
    public int? CorrectOption { get; init; }

    /// <summary>The explanation the author attached to a quiz, if any.</summary>
    public string? Explanation { get; init; }

    /// <summary>Total voters when the source states it.</summary>
    public int? TotalVoters { get; init; }
}

/// <summary>One option: its text and the share of votes (0–1) when known.</summary>
public sealed record PollOption(string Text, double? Share, int? Votes = null);
