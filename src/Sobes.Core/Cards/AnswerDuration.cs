namespace Sobes.Core.Cards;

/// <summary>How long an answer took, as it is rated and logged.</summary>
public static class AnswerDuration
{
    /// <summary>Longer than this is a learner who walked away, not one who thought for that long.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromHours(1);

    /// <summary><paramref name="took"/> kept between zero and <see cref="Longest"/>.</summary>
    public static TimeSpan Clamp(TimeSpan took) =>
        took < TimeSpan.Zero ? TimeSpan.Zero : took > Longest ? Longest : took;
}
