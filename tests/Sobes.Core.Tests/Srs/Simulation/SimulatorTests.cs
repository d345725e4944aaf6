using Sobes.Core.Srs;
using Sobes.Core.Srs.Simulation;

namespace Sobes.Core.Tests.Srs.Simulation;

public sealed class SimulatorTests
{
    private static readonly SimulationSettings Small = new() { NewCardsPerDay = 10, Days = 120 };

    [Fact]
    public void The_same_seed_gives_the_same_simulation_and_another_seed_another()
    {
        var first = Simulator.Run(Small);
        var again = Simulator.Run(Small);
        var other = Simulator.Run(Small with { Seed = 7 });

        Assert.Equal(first.Days, again.Days);
        Assert.NotEqual(first.Days, other.Days);
    }

    [Fact]
    public void New_cards_come_at_the_daily_rate_until_the_deck_runs_out()
    {
        var result = Simulator.Run(Small with { DeckSize = 55 });

        Assert.Equal([10, 10, 10, 10, 10, 5, 0], result.Days.Take(7).Select(d => d.NewCards));
        Assert.Equal(55, result.TotalNewCards);
    }

    [Fact]
    public void Reviews_beyond_the_daily_limit_wait_for_the_next_day()
    {
        var unlimited = Simulator.Run(Small);
        var limited = Simulator.Run(Small with { ReviewLimit = 15 });

        Assert.Contains(unlimited.Days, d => d.Reviews > 15);
        Assert.All(limited.Days, d => Assert.InRange(d.Reviews, 0, 15));
        Assert.True(limited.TotalReviews < unlimited.TotalReviews);
    }

    [Fact]
    public void A_higher_retention_costs_more_reviews_and_keeps_more_cards()
    {
        var low = Simulator.Run(Small with { DesiredRetention = new Retention(0.80) });
        var high = Simulator.Run(Small with { DesiredRetention = new Retention(0.95) });

        Assert.True(high.TotalReviews > low.TotalReviews, $"{high.TotalReviews} vs {low.TotalReviews}");
        Assert.True(high.TotalSeconds > low.TotalSeconds);
        Assert.True(high.Remembered > low.Remembered, $"{high.Remembered} vs {low.Remembered}");
    }

    [Fact]
    public void Knowledge_is_the_expected_number_of_learned_cards_recalled()
    {
        var result = Simulator.Run(Small);

        var learned = 0;
        foreach (var day in result.Days)
        {
            learned += day.NewCards;
            Assert.InRange(day.Remembered, 0.5 * learned, learned);
        }

        Assert.Equal(result.TotalSeconds / result.Remembered, result.SecondsPerRememberedCard, 1e-9);
    }

    [Fact]
    public void The_optimal_retention_rises_when_forgetting_costs_more()
    {
        var settings = Small with { Days = 180 };
        var costlyLapses = settings with { ReviewSeconds = [300, 17.59, 12.38, 8.94], RelearningSeconds = [300, 300, 300, 300] };

        var usual = RetentionAdvisor.OptimalRetention(settings, samples: 2);
        var costly = RetentionAdvisor.OptimalRetention(costlyLapses, samples: 2);

        Assert.InRange(usual, RetentionAdvisor.Lowest, RetentionAdvisor.Highest);
        Assert.InRange(costly, RetentionAdvisor.Lowest, RetentionAdvisor.Highest);
        Assert.True(costly > usual, $"{costly} vs {usual}");
    }

    [Fact]
    public void Comparing_retentions_simulates_each_with_the_rest_unchanged()
    {
        var results = RetentionAdvisor.Compare(Small, [0.8, 0.9]);

        Assert.Equal([0.8, 0.9], results.Select(r => r.Retention));
        Assert.Equal(Simulator.Run(Small).Days, results[1].Days);
    }
}
