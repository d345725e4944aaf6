using System.Text.Json;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Importing;

namespace Sobes.Data.Practice;

/// <summary>Copies schedules and payloads between the core types and the records.</summary>
internal static class ScheduleMapping
{
    public static CardSchedule ToSchedule(CardRecord card) => new()
    {
        State = (CardState)card.State,
        Step = card.Step,
        Due = card.Due,
        Memory = card.Stability is { } s && card.Difficulty is { } d ? MemoryState.Of(s, d) : null,
        ScheduledDays = card.ScheduledDays,
        Reps = card.Reps,
        Lapses = card.Lapses,
        LastReview = card.LastReview,
    };

    public static void Apply(CardSchedule schedule, CardRecord card)
    {
        card.State = (int)schedule.State;
        card.Step = schedule.Step;
        card.Due = schedule.Due;
        card.Stability = schedule.Memory?.Stability.Days;
        card.Difficulty = schedule.Memory?.Difficulty.Value;
        card.ScheduledDays = schedule.ScheduledDays;
        card.Reps = schedule.Reps;
        card.Lapses = schedule.Lapses;
        card.LastReview = schedule.LastReview;
    }

    public static string Serialize(CardSchedule schedule) => JsonSerializer.Serialize(new ScheduleJson(
        (int)schedule.State, schedule.Step, schedule.Due, schedule.Memory?.Stability.Days, schedule.Memory?.Difficulty.Value,
        schedule.ScheduledDays, schedule.Reps, schedule.Lapses, schedule.LastReview), StorageJson.Options);

    public static CardSchedule Deserialize(string json)
    {
        var s = JsonSerializer.Deserialize<ScheduleJson>(json, StorageJson.Options) ?? throw new InvalidOperationException("empty schedule");
        return new CardSchedule
        {
            State = (CardState)s.State,
            Step = s.Step,
            Due = s.Due,
            Memory = s.Stability is { } st && s.Difficulty is { } d ? MemoryState.Of(st, d) : null,
            ScheduledDays = s.ScheduledDays,
            Reps = s.Reps,
            Lapses = s.Lapses,
            LastReview = s.LastReview,
        };
    }

    public static string Serialize(CardPayload payload) => JsonSerializer.Serialize(payload, StorageJson.Options);

    public static CardPayload Payload(string json) =>
        JsonSerializer.Deserialize<CardPayload>(json, StorageJson.Options) ?? new CardPayload();

    public static SchedulingSettings Settings(LearnerRecord learner) => new()
    {
        DesiredRetention = new Retention(learner.DesiredRetention),
        TimeZone = FindZone(learner.TimeZoneId),
        NextDayStartsAt = learner.DayStart,
        Parameters = LearnerParameters.Of(learner),
        LoadBalancing = Balancing(learner),
    };

    /// <summary>The learner's load balancing: off, or on with their easy days at <see cref="LearnerParameters.EasyDayLoad"/>.</summary>
    public static LoadBalancing Balancing(LearnerRecord learner)
    {
        if (!learner.LoadBalancing)
        {
            return LoadBalancing.Off;
        }

        var balancing = LoadBalancing.On;
        foreach (var day in LearnerParameters.EasyDaysOf(learner))
        {
            balancing = balancing.WithEasyDay(day, LearnerParameters.EasyDayLoad);
        }

        return balancing;
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    private sealed record ScheduleJson(int State, int Step, DateTimeOffset Due, double? Stability, double? Difficulty, int ScheduledDays, int Reps, int Lapses, DateTimeOffset? LastReview);
}
