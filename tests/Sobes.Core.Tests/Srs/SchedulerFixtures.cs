using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

/// <summary>Cards and settings shared by the card-scheduler tests (immutable values only).</summary>
internal static class SchedulerFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);
    public static readonly SchedulingSettings NoFuzz = new() { EnableFuzz = false };

    public static CardSchedule NewCard => CardSchedule.New(Now.AddDays(-1));

    public static CardSchedule ReviewCard(double stability = 10, double difficulty = 5, int daysAgo = 10) => new()
    {
        State = CardState.Review,
        Memory = MemoryState.Of(stability, difficulty),
        ScheduledDays = daysAgo,
        Reps = 5,
        Lapses = 1,
        LastReview = Now.AddDays(-daysAgo),
        Due = Now,
    };
}
