using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Library;
using Sobes.Data.Library.Owning;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Editing;

namespace Sobes.Web.Owning;

/// <summary>/api/v1 for the library's owner: delete and restore items and sources, the review queue, bulk actions.</summary>
internal static class OwningApi
{
    private const int MaxReview = 500;

    public static IEndpointRouteBuilder MapOwningApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1").WithTags("Owning").RequireAuthorization(SobesPolicies.Study);
        read.MapGet("/sources", SourcesAsync).WithSummary("Imported sources with their live and deleted item counts; deleted sources carry deleted_at.");
        read.MapGet("/review", ReviewAsync).WithSummary("The review queue: items with an inferred title, without an answer, or an unsure kind or topic; each with its reasons.");

        var edit = app.MapGroup("/api/v1").WithTags("Owning").RequireAuthorization(SobesPolicies.Edit);
        edit.MapDelete("/items/{id:long}", (long id, LibraryOwner owner, ClaimsPrincipal user, CancellationToken ct) => ItemsAsync(owner.DeleteItemsAsync([id], EditingApi.EditorOf(user), ct), id))
            .WithSummary("Deletes an item (soft: it leaves lists, search, practice, exports and stats; restore brings it back with its cards).");
        edit.MapPost("/items/{id:long}/restore", (long id, LibraryOwner owner, ClaimsPrincipal user, CancellationToken ct) => ItemsAsync(owner.RestoreItemsAsync([id], EditingApi.EditorOf(user), ct), id))
            .WithSummary("Restores a deleted item.");
        edit.MapPost("/items/{id:long}/dismiss", (long id, LibraryOwner owner, ClaimsPrincipal user, CancellationToken ct) => ItemsAsync(owner.DismissAsync([id], EditingApi.EditorOf(user), ct), id))
            .WithSummary("Takes an item out of the review queue for good.");
        edit.MapPost("/items/bulk", BulkAsync).WithSummary("Applies delete, restore or dismiss to the items listed (ids) or to every item a filter admits.");
        edit.MapDelete("/sources/{id:long}", (long id, LibraryOwner owner, ClaimsPrincipal user, CancellationToken ct) => ItemsAsync(owner.DeleteSourcesAsync([id], EditingApi.EditorOf(user), ct), id, "source"))
            .WithSummary("Deletes a source and every item no other live source holds.");
        edit.MapPost("/sources/{id:long}/restore", (long id, LibraryOwner owner, ClaimsPrincipal user, CancellationToken ct) => ItemsAsync(owner.RestoreSourcesAsync([id], EditingApi.EditorOf(user), ct), id, "source"))
            .WithSummary("Restores a source and the items its deletion took.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SourceSummary>>> SourcesAsync(SobesDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return TypedResults.Ok(await LibrarySources.ListAsync(db, cancellationToken));
    }

    private static async Task<Results<Ok<ReviewPageView>, ValidationProblem>> ReviewAsync(SobesDatabase database, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxReview)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"must be from 1 to {MaxReview}"] });
        }

        var filter = new LibraryFilter { InReview = true };
        await using var db = database.CreateContext();
        var total = await LibraryQueries.CountAsync(db, filter, cancellationToken);
        var items = await LibraryQueries.ListAsync(db, filter, LibrarySort.Id, 0, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new ReviewPageView(total, items));
    }

    private static async Task<Results<Ok<OwnershipResult>, ValidationProblem>> BulkAsync(BulkRequest request, LibraryOwner owner, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return TypedResults.ValidationProblem(problem);
        }

        var editor = EditingApi.EditorOf(user);
        var action = request.ParsedAction;
        if (request.Ids is { Count: > 0 } ids)
        {
            return TypedResults.Ok(action switch
            {
                BulkAction.Delete => await owner.DeleteItemsAsync(ids, editor, cancellationToken),
                BulkAction.Restore => await owner.RestoreItemsAsync(ids, editor, cancellationToken),
                _ => await owner.DismissAsync(ids, editor, cancellationToken),
            });
        }

        return TypedResults.Ok(await owner.ApplyAsync(action, request.Filter!.ToFilter(), editor, cancellationToken));
    }

    private static async Task<Results<Ok<OwnershipResult>, ProblemHttpResult>> ItemsAsync(Task<OwnershipResult> operation, long id, string what = "item")
    {
        var result = await operation;
        return result.Missing.Count > 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} {id}.")
            : TypedResults.Ok(result);
    }
}

/// <summary>The review queue's first items and how many it holds.</summary>
internal sealed record ReviewPageView(int Total, IReadOnlyList<ItemSummary> Items);

/// <summary>
/// POST /api/v1/items/bulk: <c>action</c> is delete, restore or dismiss; either <c>ids</c>, or a <c>filter</c> with at least
/// one of kind, topic, source (lists), needs_answer, in_review. Restore looks among deleted items.
/// </summary>
internal sealed record BulkRequest(string? Action, IReadOnlyList<long>? Ids, BulkFilter? Filter)
{
    public BulkAction ParsedAction => Action?.Trim().ToLowerInvariant() switch
    {
        "delete" => BulkAction.Delete,
        "restore" => BulkAction.Restore,
        _ => BulkAction.Dismiss,
    };

    public Dictionary<string, string[]>? Problem()
    {
        var errors = new Dictionary<string, string[]>();
        if (Action?.Trim().ToLowerInvariant() is not ("delete" or "restore" or "dismiss"))
        {
            errors["action"] = ["must be delete, restore or dismiss"];
        }

        if ((Ids is { Count: > 0 }) == (Filter is not null))
        {
            errors["ids"] = ["give either ids or a filter"];
        }
        else if (Filter is { IsEmpty: true })
        {
            errors["filter"] = ["name at least one of kind, topic, source, needs_answer, in_review: an empty filter would act on the whole library"];
        }

        return errors.Count == 0 ? null : errors;
    }
}

/// <summary>The filter of a bulk action, as the list takes it.</summary>
internal sealed record BulkFilter(IReadOnlyList<string>? Kind, IReadOnlyList<string>? Topic, IReadOnlyList<string>? Source, bool NeedsAnswer, bool InReview)
{
    public bool IsEmpty => (Kind?.Count ?? 0) == 0 && (Topic?.Count ?? 0) == 0 && (Source?.Count ?? 0) == 0 && !NeedsAnswer && !InReview;

    public LibraryFilter ToFilter() => new(Kind, Topic, Source) { NeedsAnswer = NeedsAnswer, InReview = InReview };
}
