using Sobes.Core.Srs;

namespace Sobes.Core.Cards;

/// <summary>One answered interview question, as the report needs it.</summary>
/// <param name="Topic">The question's topic ("" when none).</param>
/// <param name="Grade">The learner's self-grade.</param>
/// <param name="Took">How long the answer took.</param>
/// <param name="Limit">The time allowed for each question.</param>
public sealed record InterviewAnswer(string Topic, Rating Grade, TimeSpan Took, TimeSpan Limit)
{
    /// <summary>Whether the answer took longer than allowed.</summary>
    public bool OverTime => Took > Limit;
}

/// <summary>A line of the interview report: one topic.</summary>
public sealed record InterviewTopicLine(string Topic, int Questions, int Passed, double MeanGrade, int OverTime);

/// <summary>The closing report of a mock interview: per topic, questions, passes, mean grade and answers over time.</summary>
public static class InterviewReport
{
    /// <summary>The shortest time a question may be given.</summary>
    public static TimeSpan ShortestLimit { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The time per question for a requested number of seconds (at least <see cref="ShortestLimit"/>).</summary>
    public static TimeSpan Limit(int seconds) => TimeSpan.FromSeconds(Math.Max(ShortestLimit.TotalSeconds, seconds));

    /// <summary>Lines by topic in ordinal order; questions without a topic under "(none)".</summary>
    public static IReadOnlyList<InterviewTopicLine> Of(IEnumerable<InterviewAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.GroupBy(a => a.Topic.Length == 0 ? "(none)" : a.Topic).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new InterviewTopicLine(g.Key, g.Count(), g.Count(a => a.Grade.IsPass), g.Average(a => a.Grade.Value), g.Count(a => a.OverTime)))
            .ToList();
    }
}
