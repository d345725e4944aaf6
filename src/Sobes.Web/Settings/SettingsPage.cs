using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Practice;
using Sobes.Web.Accounts;
using Sobes.Web.Localization;
using Sobes.Web.Study;

namespace Sobes.Web.Settings;

/// <summary>The learner's practice settings (validated by <see cref="LearnerSettings"/>) and the interface language.</summary>
[Authorize(Policy = SobesPolicies.Study)]
public sealed partial class SettingsPage(PracticeDesk desk, Texts texts) : PageModel
{
    [BindProperty]
    public string Retention { get; set; } = "";

    [BindProperty]
    public string NewLimit { get; set; } = "";

    [BindProperty]
    public string ReviewLimit { get; set; } = "";

    [BindProperty]
    public string TimeZone { get; set; } = "";

    [BindProperty]
    public string DayStart { get; set; } = "";

    [BindProperty]
    public string Language { get; set; } = "";

    /// <summary>Problems by field name, as interface string keys.</summary>
    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    public bool Saved { get; private set; }

    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        Retention = learner.DesiredRetention.ToString("0.00", CultureInfo.InvariantCulture);
        NewLimit = learner.DailyNewLimit.ToString(CultureInfo.InvariantCulture);
        ReviewLimit = learner.DailyReviewLimit.ToString(CultureInfo.InvariantCulture);
        TimeZone = learner.TimeZoneId;
        DayStart = learner.DayStart.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        Language = texts.Language;
        await LoadSchedulingAsync(db, learner, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var retention = double.TryParse((Retention ?? "").Replace(',', '.').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : double.NaN;
        // A percentage such as "90" means 0.90.
        if (retention is > 1 and <= 100) { retention /= 100; }
        if (double.IsNaN(retention)) { Problems[nameof(LearnerSettings.DesiredRetention)] = "settings.retentionProblem"; }
        if (!int.TryParse((NewLimit ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var newLimit)) { Problems[nameof(LearnerSettings.DailyNewLimit)] = "settings.newLimitProblem"; }
        if (!int.TryParse((ReviewLimit ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reviewLimit)) { Problems[nameof(LearnerSettings.DailyReviewLimit)] = "settings.reviewLimitProblem"; }
        if (!TimeSpan.TryParseExact((DayStart ?? "").Trim(), [@"h\:mm", @"hh\:mm", "%h"], CultureInfo.InvariantCulture, out var dayStart)) { Problems[nameof(LearnerSettings.DayStart)] = "settings.dayStartProblem"; }
        if (Language is not ("en" or "ru")) { Problems["Language"] = "settings.languageProblem"; }

        var settings = new LearnerSettings(retention, newLimit, TimeZone ?? "", dayStart, reviewLimit);
        foreach (var field in settings.Problems().Keys)
        {
            Problems.TryAdd(field, field switch
            {
                nameof(LearnerSettings.DesiredRetention) => "settings.retentionProblem",
                nameof(LearnerSettings.DailyNewLimit) => "settings.newLimitProblem",
                nameof(LearnerSettings.DailyReviewLimit) => "settings.reviewLimitProblem",
                nameof(LearnerSettings.TimeZoneId) => "settings.zoneProblem",
                _ => "settings.dayStartProblem",
            });
        }

        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        await settings.SaveAsync(db, learner.Id, cancellationToken);
        Response.Cookies.Append(Texts.CookieName, Language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            IsEssential = true,
        });
        return Redirect("/settings?saved=true&lang=" + Language);
    }

    /// <summary>The problem message for <paramref name="field"/>, or null.</summary>
    public string? Problem(string field) => Problems.TryGetValue(field, out var key) ? texts[key] : null;
}
