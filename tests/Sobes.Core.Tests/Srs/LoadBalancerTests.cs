using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class LoadBalancerTests
{
    private static readonly DateOnly Today = new(2026, 3, 2); // a Monday

    private static readonly double[] Factors = [.. Enumerable.Range(0, 1000).Select(i => (i + 0.5) / 1000)];

    [Fact]
    public void Switched_off_it_is_exactly_the_plain_fuzz()
    {
        var heavy = Heavy((Today.AddDays(30), 500));

        Assert.All(Factors, f => Assert.Equal(
            ReviewFuzz.Apply(f, 30.4, 1, 36500),
            LoadBalancer.Interval(30.4, 1, 36500, Today, heavy, LoadBalancing.Off, f)));
        Assert.Equal(ReviewFuzz.Apply(null, 30.4, 1, 36500), LoadBalancer.Interval(30.4, 1, 36500, Today, heavy, LoadBalancing.On, null));
    }

    [Fact]
    public void The_chosen_day_stays_within_the_fuzz_range()
    {
        foreach (var interval in new[] { 3.2, 8.7, 30.4, 200.0 })
        {
            var (lower, upper) = ReviewFuzz.Bounds(interval, 1, 36500);
            Assert.All(Factors, f => Assert.InRange(LoadBalancer.Interval(interval, 1, 36500, Today, DueCounts.Empty, LoadBalancing.On, f), lower, upper));
        }
    }

    [Fact]
    public void A_day_already_heavy_is_avoided()
    {
        // 30.4 days may move within 27–34; day 30 already has 80 reviews, the others 5.
        var due = Heavy(Enumerable.Range(27, 8).Select(d => (Today.AddDays(d), d == 30 ? 80 : 5)).ToArray());

        var chosen = Factors.Select(f => LoadBalancer.Interval(30.4, 1, 36500, Today, due, LoadBalancing.On, f)).ToList();

        Assert.True(chosen.Count(d => d == 30) < 5, $"{chosen.Count(d => d == 30)} of 1000 on the heavy day");
        Assert.All(new[] { 27, 28, 29, 31, 32, 33, 34 }, d => Assert.Contains(d, chosen));
    }

    [Fact]
    public void Balancing_flattens_the_load_that_plain_fuzz_leaves_lumpy()
    {
        var plain = DueCounts.Empty;
        var balanced = DueCounts.Empty;
        for (var card = 0; card < 400; card++)
        {
            var interval = 20 + (card % 3);
            var factor = ReviewFuzz.Factor(card, 4);
            plain = plain.Add(Today.AddDays(ReviewFuzz.Apply(factor, interval, 1, 36500)));
            balanced = balanced.Add(Today.AddDays(LoadBalancer.Interval(interval, 1, 36500, Today, balanced, LoadBalancing.On, factor)));
        }

        var days = Enumerable.Range(15, 15).Select(d => Today.AddDays(d)).ToList();
        var plainSpread = days.Max(d => plain[d]) - days.Where(d => plain[d] > 0).Min(d => plain[d]);
        var balancedSpread = days.Max(d => balanced[d]) - days.Where(d => balanced[d] > 0).Min(d => balanced[d]);
        Assert.Equal(400, days.Sum(d => balanced[d]));
        Assert.True(balancedSpread * 2 < plainSpread, $"balanced {balancedSpread} vs plain {plainSpread}");
        Assert.True(days.Max(d => balanced[d]) < days.Max(d => plain[d]));
    }

    [Fact]
    public void An_easy_day_is_skipped_when_the_range_has_other_days()
    {
        var settings = LoadBalancing.On.WithEasyDay(DayOfWeek.Sunday);

        var chosen = Factors.Select(f => Today.AddDays(LoadBalancer.Interval(30.4, 1, 36500, Today, DueCounts.Empty, settings, f))).ToList();

        Assert.DoesNotContain(chosen, d => d.DayOfWeek == DayOfWeek.Sunday);
    }

    [Fact]
    public void A_half_load_day_takes_about_half_a_normal_days_share()
    {
        var settings = LoadBalancing.On.WithEasyDay(DayOfWeek.Saturday, 0.5);

        var chosen = Factors.Select(f => Today.AddDays(LoadBalancer.Interval(30.4, 1, 36500, Today, DueCounts.Empty, settings, f))).ToList();

        var saturday = chosen.Count(d => d.DayOfWeek == DayOfWeek.Saturday);
        var friday = chosen.Count(d => d.DayOfWeek == DayOfWeek.Friday);
        Assert.InRange(saturday / (double)friday, 0.4, 0.6);
    }

    [Fact]
    public void Weekday_loads_must_be_seven_factors_within_zero_and_one()
    {
        Assert.Throws<ArgumentException>(() => LoadBalancing.On with { WeekdayLoad = [1, 1, 1] });
        Assert.Throws<ArgumentException>(() => LoadBalancing.On.WithEasyDay(DayOfWeek.Monday, 1.5));
    }

    [Fact]
    public void The_scheduler_preview_and_answer_take_the_balanced_day()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var card = new CardSchedule
        {
            State = CardState.Review,
            Memory = MemoryState.Of(30, 5),
            Reps = 6,
            LastReview = now.AddDays(-30),
            Due = now,
            ScheduledDays = 30,
        };
        var settings = SchedulingSettings.Default;
        var plain = CardScheduler.Preview(7, card, now, settings).Good.Next.ScheduledDays;
        var due = Heavy((Today.AddDays(plain), 1000));

        var preview = CardScheduler.Preview(7, card, now, settings, due).Good.Next;
        var answer = CardScheduler.Answer(7, card, Rating.Good, now, settings, due).Next;
        var off = CardScheduler.Preview(7, card, now, settings with { LoadBalancing = LoadBalancing.Off }, due).Good.Next;

        Assert.NotEqual(plain, preview.ScheduledDays);
        Assert.Equal(preview, answer);
        Assert.Equal(plain, off.ScheduledDays);
    }

    private static DueCounts Heavy(params (DateOnly Day, int Count)[] days) =>
        DueCounts.From(days.Select(d => KeyValuePair.Create(d.Day, d.Count)));
}
