using Sobes.Core.Cards;
using Sobes.Data.Practice;

namespace Sobes.Web.Study;

/// <summary>Reads the topic and type filters of the study page and the API into a <see cref="SessionFilter"/>.</summary>
internal static class StudyFilters
{
    public const string TypeProblem = "unknown card type; types: flashcard, multiple-choice, cloze, true-false, matching, problem, reading";

    /// <summary>The card types a quiz draws: those the program checks.</summary>
    public static IReadOnlyList<CardType> Checked { get; } = Enum.GetValues<CardType>().Where(t => t.IsObjective()).ToList();

    /// <summary>The filter, or null when a type name is unknown. A quiz keeps only checked types.</summary>
    public static SessionFilter? Parse(string[]? topics, string[]? types, bool quiz)
    {
        List<CardType> parsed;
        try
        {
            parsed = (types ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => CardTypes.Parse(t.Trim())).Distinct().ToList();
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (quiz)
        {
            parsed = parsed.Count == 0 ? Checked.ToList() : parsed.Where(t => t.IsObjective()).ToList();
            if (parsed.Count == 0)
            {
                parsed = Checked.ToList();
            }
        }

        return new SessionFilter((topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList(), parsed);
    }
}
