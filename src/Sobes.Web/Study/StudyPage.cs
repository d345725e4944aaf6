using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Cards;
using Sobes.Core.Problems;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Web.Accounts;

namespace Sobes.Web.Study;

/// <summary>What the study page shows of the card.</summary>
public enum StudyPhase
{
    /// <summary>The question (and, for a checked card, its answer form).</summary>
    Question,

    /// <summary>A self-graded card's answer, with the grade buttons.</summary>
    Revealed,

    /// <summary>A checked answer's verdict, with the suggested grade.</summary>
    Result,
}

/// <summary>
/// One card at a time, as plain forms that work without JavaScript (study.js adds the keys). Every POST names the
/// card it is for; the page never trusts a verdict from the browser — it checks the answer text again when grading.
/// </summary>
[Authorize(Policy = SobesPolicies.Study)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Answers)]
public sealed class StudyPage(PracticeDesk desk) : PageModel
{
    private PracticeSession? session;

    [BindProperty(SupportsGet = true, Name = "topic")]
    public string[] Topics { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public string[] Types { get; set; } = [];

    /// <summary>New cards beyond today's limit, once the learner chose to study more.</summary>
    [BindProperty(SupportsGet = true, Name = "more")]
    public int More { get; set; }

    [BindProperty(SupportsGet = true, Name = "mode")]
    public string? Mode { get; set; }

    public bool IsQuiz => Mode == "quiz" || Request.Path.StartsWithSegments("/quiz", StringComparison.OrdinalIgnoreCase);

    public StudyProgress Progress { get; private set; } = new(0, 0, 0);

    public StudyCard? Card { get; private set; }

    public StudyPhase Phase { get; private set; }

    public AnswerVerdict? Verdict { get; private set; }

    public Rating? Suggested { get; private set; }

    /// <summary>The answer text as the check reads it (for a quiz, the stored index of the option picked).</summary>
    public string? Answer { get; private set; }

    /// <summary>When the card was shown and answered, as Unix milliseconds of the server's clock.</summary>
    public long Shown { get; private set; }

    public long AnsweredAt { get; private set; }

    public bool KeyRecorded { get; private set; }

    public bool BadFilter { get; private set; }

    /// <summary>What the last action did: "undone", "nothing", "flagged", "answered".</summary>
    public string? Done { get; private set; }

    public ProblemInstance? Problem => Card is { Type: CardType.Problem } c ? AnswerCheck.ProblemOf(c.CardId, c.Schedule.Reps, c.Payload) : null;

    /// <summary>The shown order of a quiz's options or a matching set's definitions (stored indices).</summary>
    public IReadOnlyList<int> Order => Card is null ? [] : Card.Type == CardType.Matching
        ? AnswerCheck.MatchingOrder(Card.CardId, Card.Schedule.Reps, Card.Payload.Pairs?.Count ?? 0)
        : ChoiceShuffle.Order(Card.CardId, Card.Schedule.Reps, Card.Payload.Options?.Count ?? 0);

    public int? Picked => Card?.Type == CardType.MultipleChoice && int.TryParse(Answer, out var n) ? n : null;

    public async Task<IActionResult> OnGetAsync(long? card, bool reveal, string? done, CancellationToken cancellationToken)
    {
        Done = done;
        if (await LoadTurnAsync(card, cancellationToken) is null)
        {
            return Page();
        }

        Phase = reveal && Card is { IsChecked: false } ? StudyPhase.Revealed : StudyPhase.Question;
        Shown = desk.Now.ToUnixTimeMilliseconds();
        return Page();
    }

    /// <summary>How long each grade would put the card away for (Again first), for the grade buttons.</summary>
    public IReadOnlyList<TimeSpan> Intervals { get; private set; } = [];

    /// <summary>Checks the answer; "I don't know" checks an empty one, which is wrong and suggests Again.</summary>
    public async Task<IActionResult> OnPostCheckAsync(long cardId, string? answer, string[]? match, long shown, bool dontKnow, CancellationToken cancellationToken)
    {
        if (await LoadCardAsync(cardId, cancellationToken) is null)
        {
            return NotFound();
        }

        var text = dontKnow ? "" : Card!.Type switch
        {
            CardType.Matching => string.Concat((match ?? []).Select(m => (m ?? "").Trim())),
            CardType.Problem when Problem is { } instance => AnswerCheck.ProblemAnswerText(instance.Parts.Select(p => KeyValuePair.Create(p.Label, Request.Form["part-" + p.Label].ToString().Trim()))),
            _ => answer ?? "",
        };
        Result(text, shown, desk.Now.ToUnixTimeMilliseconds());
        return Page();
    }

    // The key is every learner's: recording one is an edit of the library (edit policy), logged under the editor.
    public async Task<IActionResult> OnPostKeyAsync(long cardId, string answer, long shown, long answeredAt, [FromServices] IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, SobesPolicies.Edit)).Succeeded)
        {
            return Forbid();
        }

        if (await LoadCardAsync(cardId, cancellationToken) is not { } session || !int.TryParse(answer, out var option)
            || !await session.SetKeyAsync(Card!, option, Editing.EditingApi.EditorOf(User), cancellationToken))
        {
            return NotFound();
        }

        await LoadCardAsync(cardId, cancellationToken);
        KeyRecorded = true;
        Result(answer, shown, answeredAt);
        return Page();
    }

    public async Task<IActionResult> OnPostGradeAsync(long cardId, int rating, string? answer, long shown, long? answeredAt, CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 4)
        {
            return BadRequest();
        }

        if (await LoadCardAsync(cardId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        var took = Took(shown, answeredAt ?? desk.Now.ToUnixTimeMilliseconds());
        await session.AnswerAsync(Card!, answer, new Rating(rating), took, cancellationToken);
        return Redirect(Here(null, "answered"));
    }

    public async Task<IActionResult> OnPostUndoAsync(CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        return await session.UndoAsync(cancellationToken) is { } undone ? Redirect(Here(undone, "undone")) : Redirect(Here(null, "nothing"));
    }

    public async Task<IActionResult> OnPostFlagAsync(long cardId, CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        return await session.FlagAsync(cardId, "flagged on the web", cancellationToken) ? Redirect(Here(null, "flagged")) : NotFound();
    }

    /// <summary>This page's address with the current filters (and <paramref name="more"/> new cards beyond the limit), pinning <paramref name="card"/> first.</summary>
    public string Here(long? card = null, string? done = null, bool reveal = false, int? more = null)
    {
        var extra = more ?? More;
        var pairs = Topics.Select(t => KeyValuePair.Create("topic", (string?)t))
            .Concat(Types.Select(t => KeyValuePair.Create("type", (string?)t)));
        if (extra > 0) { pairs = pairs.Append(KeyValuePair.Create("more", (string?)extra.ToString(System.Globalization.CultureInfo.InvariantCulture))); }
        if (card is { } id) { pairs = pairs.Append(KeyValuePair.Create("card", (string?)id.ToString(System.Globalization.CultureInfo.InvariantCulture))); }
        if (reveal) { pairs = pairs.Append(KeyValuePair.Create("reveal", (string?)"true")); }
        if (done is not null) { pairs = pairs.Append(KeyValuePair.Create("done", (string?)done)); }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(IsQuiz ? "/quiz" : "/study", pairs);
    }

    /// <summary>This page with ten more new cards than today's limit (the "study more" choice once the day's cards are done).</summary>
    public string MoreHref() => Here(more: Math.Min(More + 10, SessionFilter.MostExtraNew));

    /// <summary>Where a form posts: this page's own address (study or quiz) and the handler.</summary>
    public string Action(string handler) => (IsQuiz ? "/quiz" : "/study") + "?handler=" + handler;

    private void Result(string text, long shown, long answeredAt)
    {
        Phase = StudyPhase.Result;
        Answer = text;
        Shown = shown;
        AnsweredAt = answeredAt;
        Verdict = PracticeSession.Check(Card!, text);
        Suggested = PracticeSession.Suggested(Card!, text, Verdict, Took(shown, answeredAt));
    }

    // A duration is measured between two server stamps (the session keeps it within AnswerDuration's bounds).
    private static TimeSpan Took(long shown, long answeredAt) => TimeSpan.FromMilliseconds(answeredAt - shown);

    /// <summary>Shows the session's next card (or <paramref name="first"/>); returns the session, or null when there is no card.</summary>
    private async Task<PracticeSession?> LoadTurnAsync(long? first, CancellationToken cancellationToken)
    {
        if (StudyFilters.Parse(Topics, Types, IsQuiz) is not { } filter)
        {
            BadFilter = true;
            return null;
        }

        session = await desk.OpenAsync(filter with { ExtraNew = Math.Clamp(More, 0, SessionFilter.MostExtraNew) }, sync: true, cancellationToken);
        var turn = await session.NextAsync(first, cancellationToken);
        (Card, Progress) = (turn.Card, turn.Progress);
        Intervals = Card is null ? [] : await session.NextIntervalsAsync(Card, cancellationToken);
        return Card is null ? null : session;
    }

    /// <summary>Shows the learner's card <paramref name="cardId"/>; returns the session, or null when it is not theirs in practice.</summary>
    private async Task<PracticeSession?> LoadCardAsync(long cardId, CancellationToken cancellationToken) =>
        await LoadTurnAsync(cardId, cancellationToken) is { } session && Card!.CardId == cardId ? session : null;
}
