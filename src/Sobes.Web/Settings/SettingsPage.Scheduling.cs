using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Sobes.Core.Srs.Simulation;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Web.Settings;

/// <summary>The scheduler's side of the settings: the learner's own FSRS parameters (optimize, reschedule), load balancing and easy days.</summary>
public sealed partial class SettingsPage
{
    [BindProperty]
    public bool Balance { get; set; } = true;

    [BindProperty]
    public List<DayOfWeek> EasyDays { get; set; } = [];

    [BindProperty]
    public bool Reschedule { get; set; }

    /// <summary>Whether the learner schedules with their own parameters rather than the defaults.</summary>
    public bool OwnParameters { get; private set; }

    /// <summary>Reviews in the learner's log.</summary>
    public int ReviewCount { get; private set; }

    /// <summary>How well the parameters in use predict the learner's history; null without training items.</summary>
    public FsrsEvaluation? Prediction { get; private set; }

    /// <summary>Whether enough reviews came in to offer an optimization (<see cref="LearnerFsrs.ShouldOffer"/>).</summary>
    public bool OfferOptimize { get; private set; }

    /// <summary>The optimization just run, with its before/after figures.</summary>
    public OptimizationReport? Optimized { get; private set; }

    /// <summary>Cards just rescheduled; null when none were.</summary>
    public int? Rescheduled { get; private set; }

    /// <summary>A year of simulated study per desired retention with the learner's parameters and limits; null until asked for.</summary>
    public RetentionChart? Simulation { get; private set; }

    /// <summary>Simulates workload and knowledge against desired retention (a second or two of CPU, so only on request).</summary>
    public async Task<IActionResult> OnGetSimulateAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(false, cancellationToken);
        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        var stored = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learner.Id, cancellationToken);
        var settings = SimulationSettings.Default with
        {
            Parameters = LearnerParameters.Of(stored),
            NewCardsPerDay = stored.DailyNewLimit,
            ReviewLimit = stored.DailyReviewLimit,
        };
        var retentions = Enumerable.Range(0, 6).Select(i => RetentionAdvisor.Lowest + (i * 0.05));
        Simulation = new RetentionChart(RetentionAdvisor.Compare(settings, retentions), RetentionAdvisor.OptimalRetention(settings), stored.DesiredRetention);
        return Page();
    }

    public async Task<IActionResult> OnPostOptimizeAsync(CancellationToken cancellationToken)
    {
        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        Optimized = await LearnerFsrs.OptimizeAsync(db, learner.Id, desk.Now, Reschedule, cancellationToken);
        Rescheduled = Reschedule ? Optimized.Rescheduled : null;
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRescheduleAsync(CancellationToken cancellationToken)
    {
        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        Rescheduled = await LearnerFsrs.RescheduleAsync(db, learner, cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostBalancingAsync(CancellationToken cancellationToken)
    {
        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        var stored = await db.Learners.FirstAsync(l => l.Id == learner.Id, cancellationToken);
        stored.LoadBalancing = Balance;
        stored.EasyDays = LearnerParameters.EasyDaysMask(EasyDays.Where(Enum.IsDefined));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/settings?saved=true");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(false, cancellationToken);
        return Page();
    }

    private async Task LoadSchedulingAsync(SobesDbContext db, LearnerRecord learner, CancellationToken cancellationToken)
    {
        var stored = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learner.Id, cancellationToken);
        Balance = stored.LoadBalancing;
        EasyDays = [.. LearnerParameters.EasyDaysOf(stored)];
        OwnParameters = stored.FsrsParameters is not null;
        var rows = await LearnerFsrs.ReviewRowsAsync(db, stored.Id, cancellationToken);
        ReviewCount = rows.Count;
        var items = LearnerFsrs.Items(rows, stored, desk.Now);
        Prediction = items.Count == 0 ? null : FsrsEvaluator.Evaluate(LearnerParameters.Of(stored), items);
        OfferOptimize = LearnerFsrs.ShouldOffer(stored, ReviewCount);
    }
}
