using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>What a learner may set about their practice.</summary>
/// <param name="DesiredRetention">The chance of recall to schedule for, 0.70–0.99.</param>
/// <param name="DailyNewLimit">New cards a day, 0–1000.</param>
/// <param name="TimeZoneId">An IANA or Windows time zone id the system knows.</param>
/// <param name="DayStart">The local time a new day starts at, 00:00–23:59.</param>
/// <param name="DailyReviewLimit">Due reviews a day, 0–9999 (cards in their learning steps are never held back).</param>
public sealed record LearnerSettings(double DesiredRetention, int DailyNewLimit, string TimeZoneId, TimeSpan DayStart, int DailyReviewLimit = LearnerSettings.DefaultReviews)
{
    public const int DefaultReviews = 200;

    public const int MostReviews = 9999;

    public const double LowestRetention = 0.70;

    public const double HighestRetention = 0.99;

    public const int MostNewCards = 1000;

    /// <summary>The settings of <paramref name="learner"/>.</summary>
    public static LearnerSettings Of(LearnerRecord learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        return new(learner.DesiredRetention, learner.DailyNewLimit, learner.TimeZoneId, learner.DayStart, learner.DailyReviewLimit);
    }

    /// <summary>What is wrong, by setting name (empty when the settings are valid).</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!(DesiredRetention >= LowestRetention && DesiredRetention <= HighestRetention))
        {
            problems[nameof(DesiredRetention)] = $"must be from {LowestRetention:0.00} to {HighestRetention:0.00}";
        }

        if (DailyNewLimit is < 0 or > MostNewCards)
        {
            problems[nameof(DailyNewLimit)] = $"must be from 0 to {MostNewCards}";
        }

        if (DailyReviewLimit is < 0 or > MostReviews)
        {
            problems[nameof(DailyReviewLimit)] = $"must be from 0 to {MostReviews}";
        }

        if (!IsKnownZone(TimeZoneId))
        {
            problems[nameof(TimeZoneId)] = "is not a time zone this system knows";
        }

        if (DayStart < TimeSpan.Zero || DayStart >= TimeSpan.FromDays(1))
        {
            problems[nameof(DayStart)] = "must be a time from 00:00 to 23:59";
        }

        return problems;
    }

    /// <summary>Saves valid settings for the learner; returns the problems instead when there are any.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(SobesDbContext db, long learnerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        var learner = await db.Learners.FirstAsync(l => l.Id == learnerId, cancellationToken);
        learner.DesiredRetention = DesiredRetention;
        learner.DailyNewLimit = DailyNewLimit;
        learner.DailyReviewLimit = DailyReviewLimit;
        learner.TimeZoneId = TimeZoneId.Trim();
        learner.DayStart = DayStart;
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    private static bool IsKnownZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
