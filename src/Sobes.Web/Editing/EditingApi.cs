using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Hosting;

namespace Sobes.Web.Editing;

/// <summary>/api/v1 for editors: change an item's fields, merge an item into another, split a post out of a merged item.</summary>
internal static class EditingApi
{
    public static IEndpointRouteBuilder MapEditingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/items").WithTags("Editing").RequireAuthorization(SobesPolicies.Edit);
        api.MapPatch("/{id:long}", EditAsync).WithSummary("Changes the fields given (title, kind, key, topics, question, answer, body); returns the item.");
        api.MapPost("/{id:long}/merge", MergeAsync).WithSummary("Merges item other_id into this item: its sources, cards and review history move over; returns the item.");
        api.MapPost("/{id:long}/split", SplitAsync).WithSummary("Takes provenance_id out of this merged item into a new item; returns both.");
        api.MapGet("/{id:long}/provenances", ProvenancesAsync).WithSummary("The posts an item was read from, with the ids a split takes.");
        api.MapGet("/{id:long}/edits", HistoryAsync).WithSummary("The item's edit log: edits, merges and splits, oldest first.");
        return app;
    }

    /// <summary>The editor a request acts as: the signed-in account's name, else the local learner.</summary>
    public static string EditorOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : Data.Practice.Learners.LocalName;

    private static async Task<Results<Ok<ItemView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        long id, ItemPatch patch, LibraryEditor editor, SobesDatabase database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await editor.EditAsync(id, patch.ToEdit(), EditorOf(user), cancellationToken);

        return await ItemResultAsync(result, database, cancellationToken);
    }

    private static async Task<Results<Ok<ItemView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        long id, MergeRequest request, LibraryEditor editor, SobesDatabase database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await editor.MergeAsync(id, request.OtherId, EditorOf(user), cancellationToken);

        return await ItemResultAsync(result, database, cancellationToken);
    }

    private static async Task<Results<Ok<SplitView>, ValidationProblem, ProblemHttpResult>> SplitAsync(
        long id, SplitRequest request, LibraryEditor editor, SobesDatabase database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await editor.SplitAsync(id, request.ProvenanceId, EditorOf(user), cancellationToken);

        switch (result.Status)
        {
            case EditStatus.NotFound:
                return NotFound(result);
            case EditStatus.Invalid:
                return Invalid(result);
        }

        await using var db = database.CreateContext();
        var item = await LibraryQueries.GetAsync(db, id, cancellationToken);
        var created = await LibraryQueries.GetAsync(db, result.NewItemId!.Value, cancellationToken);
        return TypedResults.Ok(new SplitView(item!, created!));
    }

    private static async Task<Results<Ok<ItemView>, ValidationProblem, ProblemHttpResult>> ItemResultAsync(EditResult result, SobesDatabase database, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case EditStatus.NotFound:
                return NotFound(result);
            case EditStatus.Invalid:
                return Invalid(result);
        }

        await using var db = database.CreateContext();
        return TypedResults.Ok((await LibraryQueries.GetAsync(db, result.ItemId, cancellationToken))!);
    }

    private static async Task<Results<Ok<IReadOnlyList<ProvenanceView>>, ProblemHttpResult>> ProvenancesAsync(SobesDatabase database, long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var posts = await ItemProvenances.ListAsync(db, id, cancellationToken);
        return posts.Count > 0 ? TypedResults.Ok(posts) : NoSuchItem(id);
    }

    private static async Task<Ok<IReadOnlyList<EditEntry>>> HistoryAsync(SobesDatabase database, long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return TypedResults.Ok(await EditLog.HistoryAsync(db, id, cancellationToken));
    }

    private static ProblemHttpResult NoSuchItem(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: $"There is no item {id}.");

    private static ProblemHttpResult NotFound(EditResult result) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: string.Join(" ", result.Errors.Select(e => e.Message)));

    private static ValidationProblem Invalid(EditResult result) => TypedResults.ValidationProblem(
        result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: "The change was refused");
}

/// <summary>PATCH body: only the fields present change; an empty question or answer clears it.</summary>
internal sealed record ItemPatch(string? Title, string? Kind, int? Key, IReadOnlyList<string>? Topics, string? Question, string? Answer, string? Body)
{
    public ItemEdit ToEdit() => new() { Title = Title, Kind = Kind, Key = Key, Topics = Topics, Question = Question, Answer = Answer, Body = Body };
}

internal sealed record MergeRequest(long OtherId);

internal sealed record SplitRequest(long ProvenanceId);

/// <summary>The item split and the item made from the provenance taken out.</summary>
internal sealed record SplitView(ItemView Item, ItemView NewItem);
