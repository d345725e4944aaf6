using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Library;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Hosting;

namespace Sobes.Web.Library;

/// <summary>/api/v1 for the library: items as <see cref="ItemView"/> (the documented snake_case shape), search and neighbours.</summary>
internal static class LibraryApi
{
    private const int MaxTake = 200;

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Library").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/items", ListAsync).WithSummary("Items in id order (sort=newest, oldest or title for others), filtered by kind, topic and source (each any-of), needs_answer, in_review, hide_ads; deleted=true lists deleted items.");
        api.MapGet("/items/{id:long}", GetAsync).WithSummary("One item with its options, code, links and sources.");
        api.MapGet("/items/{id:long}/similar", SimilarAsync).WithSummary("Items most like one item.");
        api.MapGet("/search", SearchAsync).WithSummary("Full-text search of the library's live items; snippets mark matched words as [[word]]; hide_ads=true leaves ads out.");
        api.MapGet("/export.apkg", ExportPackageAsync)
            .WithSummary("The library (filtered by kind, topic and source) as an Anki package; progress=true adds the learner's schedules and review log.");
        return app;
    }

    /// <summary>The content type of an Anki package: it is a zip archive (no type of its own is registered).</summary>
    public const string PackageType = "application/zip";

    private static async Task<FileStreamHttpResult> ExportPackageAsync(
        SobesDatabase database, CurrentLearner current, TimeProvider time, string[]? kind, string[]? topic, string[]? source, bool? progress, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var learner = progress == true ? await current.GetAsync(db, cancellationToken) : null;

        // Built in a temporary file that goes away when the response has been sent.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"sobes-export-{Guid.NewGuid():N}.apkg"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await DeckExporter.ExportAsync(db, file, new LibraryFilter(kind, topic, source), learner, time.GetUtcNow(), cancellationToken);
            file.Position = 0;
            return TypedResults.File(file, PackageType, "sobes.apkg");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<Results<Ok<ItemPageView>, ValidationProblem>> ListAsync(
        SobesDatabase database, string[]? kind, string[]? topic, string[]? source, int? skip, int? take, string? sort,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "needs_answer")] bool? needsAnswer, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "in_review")] bool? inReview,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "hide_ads")] bool? hideAds, bool? deleted, CancellationToken cancellationToken)
    {
        if (Paging(skip, take) is { } problem)
        {
            return problem;
        }

        if (!LibrarySorts.TryParse(sort ?? "id", out var order))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sort"] = [$"must be one of {string.Join(", ", LibrarySorts.Names)}"] });
        }

        var filter = new LibraryFilter(kind, topic, source) { NeedsAnswer = needsAnswer == true, InReview = inReview == true, HideAds = hideAds == true, Deleted = deleted == true };
        await using var db = database.CreateContext();
        var total = await LibraryQueries.CountAsync(db, filter, cancellationToken);
        var items = await LibraryQueries.ListAsync(db, filter, order, skip ?? 0, take ?? 50, cancellationToken);
        return TypedResults.Ok(new ItemPageView(total, skip ?? 0, take ?? 50, items));
    }

    private static async Task<Results<Ok<ItemView>, ProblemHttpResult>> GetAsync(SobesDatabase database, long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        // A deleted item is still served (with deleted_at), so a client can show it and restore it.
        return await LibraryQueries.GetAsync(db, id, withDeleted: true, cancellationToken) is { } item ? TypedResults.Ok(item) : NoSuchItem(id);
    }

    private static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> SimilarAsync(
        SobesDatabase database, long id, int? take, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "hide_ads")] bool? hideAds, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            if (await db.Items.FindAsync([id], cancellationToken) is null)
            {
                return NoSuchItem(id);
            }
        }

        var limit = Math.Clamp(take ?? 10, 1, MaxTake);
        var filter = hideAds == true ? new SearchFilter(null, null, null, HideAds: true) : null;
        return TypedResults.Ok(await database.Search.SimilarAsync(id, limit, filter, cancellationToken));
    }

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> SearchAsync(
        SobesDatabase database, string? q, string[]? kind, string[]? topic, string[]? source, int? skip, int? take,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "hide_ads")] bool? hideAds, CancellationToken cancellationToken)
    {
        if (Paging(skip, take) is { } problem)
        {
            return problem;
        }

        if (SearchQuery.Problem(q) is { } tooLong)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [tooLong] });
        }

        var query = new SearchQuery(q ?? "", new SearchFilter(kind, topic, source, hideAds == true), skip ?? 0, take ?? 20);
        return TypedResults.Ok(await database.Search.SearchAsync(query, cancellationToken));
    }

    private static ValidationProblem? Paging(int? skip, int? take)
    {
        var errors = new Dictionary<string, string[]>();
        if (skip < 0)
        {
            errors["skip"] = ["must be 0 or more"];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"must be from 1 to {MaxTake}"];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static ProblemHttpResult NoSuchItem(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: $"There is no item {id}.");
}

/// <summary>A page of the item list and the number of all items the filter admits.</summary>
internal sealed record ItemPageView(int Total, int Skip, int Take, IReadOnlyList<ItemSummary> Items);
