using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Web.Accounts;
using Sobes.Web.Study;

namespace Sobes.Web.Interview;

/// <summary>
/// A mock interview: choose topics, count and seconds; then one question at a time with a countdown, a typed answer,
/// the reference answer and a self-grade; then a report per topic. The interview's state travels in the address
/// (question ids, seconds, start time, position); times are taken from the server's clock.
/// </summary>
[Authorize(Policy = SobesPolicies.Study)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Answers)]
public sealed class InterviewPage(PracticeDesk desk) : PageModel
{
    public const int MostQuestions = 30;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Questions { get; set; }

    [BindProperty(SupportsGet = true, Name = "s")]
    public int Seconds { get; set; } = 120;

    [BindProperty(SupportsGet = true, Name = "t")]
    public long Started { get; set; }

    [BindProperty(SupportsGet = true, Name = "i")]
    public int Index { get; set; }

    public IReadOnlyList<long> Ids { get; private set; } = [];

    public StudyCard? Card { get; private set; }

    public bool Answered { get; private set; }

    public string Answer { get; private set; } = "";

    public long Shown { get; private set; }

    public long TookMs { get; private set; }

    public bool OverTime => TimeSpan.FromMilliseconds(TookMs) > Limit;

    public TimeSpan Limit => InterviewReport.Limit(Seconds);

    public IReadOnlyList<InterviewTopicLine>? Report { get; private set; }

    public int ReportAnswered { get; private set; }

    public int ReportPassed { get; private set; }

    public bool NoQuestions { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReadIds())
        {
            return Page();
        }

        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        if (Index >= Ids.Count)
        {
            var answers = await Interviews.AnswersSinceAsync(db, learner.Id, Ids, DateTimeOffset.FromUnixTimeMilliseconds(Started), Limit, cancellationToken);
            Report = InterviewReport.Of(answers);
            ReportAnswered = answers.Count;
            ReportPassed = answers.Count(a => a.Grade.IsPass);
            return Page();
        }

        if (!await LoadQuestionAsync(cancellationToken))
        {
            return NotFound();
        }

        Shown = desk.Now.ToUnixTimeMilliseconds();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string[]? topic, int count, int seconds, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (count is < 1 or > MostQuestions) { problems.Add("interview.countProblem"); }
        if (seconds < InterviewReport.ShortestLimit.TotalSeconds || seconds > 3600) { problems.Add("interview.secondsProblem"); }
        if (problems.Count > 0)
        {
            Problems = problems;
            Seconds = seconds;
            return Page();
        }

        await using var db = desk.CreateContext();
        var learner = await desk.LearnerAsync(db, cancellationToken);
        var topics = (topic ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var questions = await Interviews.QuestionsAsync(db, learner.Id, desk.Now, topics, count, cancellationToken);
        if (questions.Count == 0)
        {
            NoQuestions = true;
            return Page();
        }

        var ids = string.Join(',', questions.Select(q => q.CardId.ToString(CultureInfo.InvariantCulture)));
        return Redirect(Address(ids, seconds, desk.Now.ToUnixTimeMilliseconds(), 0));
    }

    public async Task<IActionResult> OnPostAnswerAsync(string? answer, long shown, CancellationToken cancellationToken)
    {
        if (!await LoadQuestionAsync(cancellationToken))
        {
            return NotFound();
        }

        Answered = true;
        Answer = answer ?? "";
        Shown = shown;
        TookMs = (long)AnswerDuration.Clamp(TimeSpan.FromMilliseconds(desk.Now.ToUnixTimeMilliseconds() - shown)).TotalMilliseconds;
        return Page();
    }

    public async Task<IActionResult> OnPostGradeAsync(int rating, string? answer, long took, CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 4)
        {
            return BadRequest();
        }

        if (!await LoadQuestionAsync(cancellationToken))
        {
            return NotFound();
        }

        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        await session.AnswerAsync(Card!, answer, new Rating(rating), TimeSpan.FromMilliseconds(took), cancellationToken);
        return Redirect(Address(Questions!, Seconds, Started, Index + 1));
    }

    /// <summary>The address of question <paramref name="index"/> (or the report, past the last).</summary>
    public static string Address(string ids, int seconds, long started, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"/interview?q={ids}&s={seconds}&t={started}&i={index}");

    private bool ReadIds()
    {
        if (string.IsNullOrEmpty(Questions))
        {
            return false;
        }

        var ids = new List<long>();
        foreach (var part in Questions.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) { return false; }
            ids.Add(id);
        }

        Ids = ids.Take(MostQuestions).ToList();
        Index = Math.Max(0, Index);
        return Ids.Count > 0;
    }

    private async Task<bool> LoadQuestionAsync(CancellationToken cancellationToken)
    {
        if (!ReadIds() || Index >= Ids.Count)
        {
            return false;
        }

        var session = await desk.OpenAsync(SessionFilter.All, sync: true, cancellationToken);
        Card = await session.CardAsync(Ids[Index], cancellationToken);
        return Card is not null;
    }
}
