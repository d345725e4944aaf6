using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Web.Study;

namespace Sobes.Web.Stats;

/// <summary>What the library holds, as counts and bars, and the learner's practice as charts.</summary>
public sealed class StatsPage(SobesDatabase database, PracticeDesk desk, IAuthorizationService authorization) : PageModel
{
    public LibraryStats Stats { get; private set; } = null!;

    /// <summary>The learner's practice; null for a visitor who may not study (the library counts stay open).</summary>
    public PracticeCharts? Practice { get; private set; }

    /// <summary>How well the learner's FSRS parameters predict their history; null without training items.</summary>
    public Sobes.Core.Srs.Optimization.FsrsEvaluation? Prediction { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        Stats = await LibraryQueries.StatsAsync(db, cancellationToken);
        if (!(await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Study)).Succeeded)
        {
            return;
        }

        var learner = await desk.LearnerAsync(db, cancellationToken);
        var report = await PracticeStats.ForAsync(db, learner.Id, desk.Now, cancellationToken);
        var calendar = await PracticeStats.CalendarAsync(db, learner.Id, desk.Now, PracticeCharts.Weeks * 7, cancellationToken);
        Practice = new PracticeCharts(report, calendar);
        Prediction = await LearnerFsrs.EvaluateAsync(db, learner, desk.Now, cancellationToken);
    }
}
