using Sobes.Core.Srs;

namespace Sobes.Core.Cards;

/// <summary>
/// Maps a checked answer to a rating: wrong → Again, right → Good, right within <see cref="FastAnswer"/> → Easy.
/// The learner may override the rating afterwards.
/// </summary>
public static class ObjectiveGrade
{
    /// <summary>An answer given faster than this counts as fluent.</summary>
    public static TimeSpan FastAnswer { get; } = TimeSpan.FromSeconds(8);

    /// <summary>The rating for an answer that was <paramref name="correct"/> and took <paramref name="took"/>.</summary>
    public static Rating Rate(bool correct, TimeSpan took) =>
        !correct ? Rating.Again : took < FastAnswer ? Rating.Easy : Rating.Good;
}
