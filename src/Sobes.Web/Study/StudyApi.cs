using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Web.Accounts;

namespace Sobes.Web.Study;

/// <summary>/api/v1 for practice: the next card, answers, undo and progress — always for the request's learner.</summary>
internal static class StudyApi
{
    public static IEndpointRouteBuilder MapStudyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Study").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/cards/next", NextAsync)
            .WithSummary("The next card of the learner's session (due first, then new), with what is needed to show it; 204 when the session is done.");
        api.MapPost("/cards/{id:long}/answer", AnswerAsync)
            .RequireRateLimiting(RateLimits.Answers)
            .WithSummary("Answers a card: a rating 1–4, or the answer text of a checked card (rated for you unless a rating is given). Returns the verdict, the rating used and the new due date.");
        api.MapPost("/cards/undo", UndoAsync).RequireRateLimiting(RateLimits.Answers).WithSummary("Undoes the learner's last answer and restores the card's schedule from before it.");
        api.MapGet("/items/{id:long}/cards", ItemCardsAsync)
            .WithSummary("The learner's cards of an item (type, prompt, state, next due, suspended) and the problems solved from it.");
        api.MapPost("/cards/{id:long}/suspend", (PracticeDesk desk, long id, CancellationToken ct) => SuspendAsync(desk, id, true, ct))
            .WithSummary("Suspends one of the learner's cards: it leaves practice, keeping its schedule; sync and regeneration keep the suspension.");
        api.MapPost("/cards/{id:long}/unsuspend", (PracticeDesk desk, long id, CancellationToken ct) => SuspendAsync(desk, id, false, ct))
            .WithSummary("Brings a card the learner suspended back into practice, with its schedule.");
        api.MapGet("/progress", ProgressAsync).WithSummary("Today's answers and what is left, streak, true and desired retention, recall, new/learning/young/mature counts, 30-day due forecast, mastery and recall per topic.");
        return app;
    }

    private static async Task<Results<Ok<NextCardView>, NoContent, ValidationProblem>> NextAsync(
        PracticeDesk desk, string[]? topic, string[]? type, bool? quiz, CancellationToken cancellationToken)
    {
        if (StudyFilters.Parse(topic, type, quiz ?? false) is not { } filter)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = [StudyFilters.TypeProblem] });
        }

        var session = await desk.OpenAsync(filter, sync: true, cancellationToken);
        var turn = await session.NextAsync(null, cancellationToken);
        return turn.Card is { } card ? TypedResults.Ok(new NextCardView(CardView.Of(card), ProgressView.Of(turn.Progress))) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AnswerView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        PracticeDesk desk, long id, AnswerRequest request, CancellationToken cancellationToken)
    {
        if (request.Rating is < 1 or > 4)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ["must be 1 (again), 2 (hard), 3 (good) or 4 (easy)"] });
        }

        if (request.DurationMs is < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["duration_ms"] = ["must be 0 or more"] });
        }

        // Without a duration a right answer counts as an ordinary one (Good), not a fluent one.
        var took = request.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : ObjectiveGrade.FastAnswer;
        var rating = request.Rating is { } r ? new Rating(r) : (Rating?)null;
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        if (await session.AnswerAsync(id, request.Answer, rating, took, cancellationToken) is not { } answered)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Card not found", detail: $"You have no card {id} in practice.");
        }

        if (answered.Result is not { } result)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["rating"] = [request.Answer is null ? "a rating is needed (or the answer text of a checked card)" : "this card is graded by you: give a rating 1–4"],
            });
        }

        return TypedResults.Ok(new AnswerView(id, result.Verdict is { } v ? new VerdictView(v.Correct, v.Expected) : null,
            result.Rating.Value, result.Rating.ToString().ToLowerInvariant(), result.Schedule.Due, result.Schedule.State.ToString().ToLowerInvariant()));
    }

    private static async Task<Results<Ok<UndoView>, ProblemHttpResult>> UndoAsync(PracticeDesk desk, CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        return await session.UndoAsync(cancellationToken) is { } cardId
            ? TypedResults.Ok(new UndoView(cardId))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing to undo", detail: "You have no answer left to undo.");
    }

    private static async Task<Results<Ok<ItemCardsView>, ProblemHttpResult>> ItemCardsAsync(PracticeDesk desk, long id, CancellationToken cancellationToken)
    {
        await using (var db = desk.CreateContext())
        {
            if (await db.Items.FindAsync([id], cancellationToken) is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: $"There is no item {id}.");
            }
        }

        var session = await desk.OpenAsync(SessionFilter.All, sync: true, cancellationToken);
        var cards = await session.ItemCardsAsync(id, cancellationToken);
        var solved = await session.SolvedAsync(id, cancellationToken);
        return TypedResults.Ok(new ItemCardsView(id, [.. cards.Select(LearnerCardView.Of)], [.. solved.Select(SolvedView.Of)]));
    }

    private static async Task<Results<Ok<LearnerCardView>, ProblemHttpResult>> SuspendAsync(PracticeDesk desk, long id, bool suspend, CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        return await session.SuspendAsync(id, suspend, cancellationToken) is { } card
            ? TypedResults.Ok(LearnerCardView.Of(card))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Card not found", detail: $"You have no card {id}.");
    }

    private static async Task<Ok<ProgressView>> ProgressAsync(PracticeDesk desk, CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: true, cancellationToken);
        var turn = await session.NextAsync(null, cancellationToken);
        await using var db = desk.CreateContext();
        var report = await PracticeStats.ForAsync(db, session.Learner.Id, session.Now, cancellationToken);
        var prediction = await LearnerFsrs.EvaluateAsync(db, session.Learner, session.Now, cancellationToken);
        return TypedResults.Ok(ProgressView.Of(turn.Progress, report) with { Prediction = prediction });
    }
}

/// <summary>An answer: a rating, or the answer text of a checked card, or both (the rating wins).</summary>
/// <param name="Rating">1 again, 2 hard, 3 good, 4 easy.</param>
/// <param name="Answer">The answer in the card's shape (see <see cref="CardView.AnswerShape"/>).</param>
/// <param name="DurationMs">How long the answer took; a right answer under 8 seconds is rated easy.</param>
internal sealed record AnswerRequest(int? Rating, string? Answer, int? DurationMs);

internal sealed record VerdictView(bool Correct, string Expected);

internal sealed record AnswerView(long CardId, VerdictView? Verdict, int Rating, string RatingName, DateTimeOffset Due, string State);

internal sealed record UndoView(long CardId);

internal sealed record ItemCardsView(long ItemId, IReadOnlyList<LearnerCardView> Cards, IReadOnlyList<SolvedView> Solved);

internal sealed record LearnerCardView(long CardId, string Type, string GeneratorKey, string Prompt, string State, DateTimeOffset Due, bool Suspended, DateTimeOffset? SuspendedAt)
{
    public static LearnerCardView Of(LearnerCard card) =>
        new(card.CardId, card.Type.Name(), card.GeneratorKey, card.Prompt, card.State.ToString().ToLowerInvariant(), card.Due, card.IsSuspended, card.SuspendedAt);
}

internal sealed record SolvedView(long CardId, string GeneratorKey, int Times, DateTimeOffset First, DateTimeOffset Last)
{
    public static SolvedView Of(SolvedProblem solved) => new(solved.CardId, solved.GeneratorKey, solved.Times, solved.First, solved.Last);
}

internal sealed record NextCardView(CardView Card, ProgressView Progress);
