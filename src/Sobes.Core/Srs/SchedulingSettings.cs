namespace Sobes.Core.Srs;

/// <summary>A learner's scheduling options. Defaults follow Anki's: steps 1 min and 10 min, relearning 10 min, 36500 days at most, the day starting at 04:00.</summary>
public sealed record SchedulingSettings
{
    private readonly IReadOnlyList<TimeSpan> learningSteps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];
    private readonly IReadOnlyList<TimeSpan> relearningSteps = [TimeSpan.FromMinutes(10)];
    private readonly int maximumInterval = 36500;
    private readonly TimeSpan nextDayStartsAt = TimeSpan.FromHours(4);
    private readonly TimeZoneInfo timeZone = TimeZoneInfo.Utc;

    /// <summary>Anki's defaults, UTC.</summary>
    public static SchedulingSettings Default { get; } = new();

    /// <summary>The retention intervals aim for.</summary>
    public Retention DesiredRetention { get; init; } = Retention.Default;

    /// <summary>The FSRS-6 parameters (the learner's own once optimised).</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>Delays between the first answers of a new card; empty to graduate at once.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get => learningSteps; init => learningSteps = ValidSteps(value); }

    /// <summary>Delays after a lapse before the card returns to review; empty to skip relearning.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get => relearningSteps; init => relearningSteps = ValidSteps(value); }

    /// <summary>The longest review interval in days, 1–36500.</summary>
    public int MaximumInterval
    {
        get => maximumInterval;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 36500);
            maximumInterval = value;
        }
    }

    /// <summary>The learner's time zone, in which days are counted.</summary>
    public TimeZoneInfo TimeZone { get => timeZone; init => timeZone = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The local time at which the learner's next day starts (Anki's "next day starts at"), 00:00–23:59.</summary>
    public TimeSpan NextDayStartsAt
    {
        get => nextDayStartsAt;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, TimeSpan.FromDays(1));
            nextDayStartsAt = value;
        }
    }

    /// <summary>Whether review intervals get Anki's fuzz.</summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>
    /// Load balancing and easy days within the fuzz range. It takes effect where the caller passes the days' due counts
    /// (<see cref="CardScheduler.Preview(long, CardSchedule, DateTimeOffset, SchedulingSettings, DueCounts)"/>).
    /// </summary>
    public LoadBalancing LoadBalancing { get; init; } = LoadBalancing.On;

    /// <summary>Finds a time zone by IANA or Windows id; throws <see cref="TimeZoneNotFoundException"/> if unknown.</summary>
    public static TimeZoneInfo FindTimeZone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static TimeSpan[] ValidSteps(IReadOnlyList<TimeSpan> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Any(s => s <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every step must be a positive delay.", nameof(steps));
        }

        return [.. steps];
    }
}
