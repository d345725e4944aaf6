using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Library;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;

namespace Sobes.Web.Stats;

/// <summary>/api/v1/stats: what the library holds.</summary>
internal static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Stats").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/stats", GetAsync).WithSummary("Counts of items, sources and provenances, by kind, topic and language.");
        return app;
    }

    private static async Task<Ok<LibraryStats>> GetAsync(SobesDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return TypedResults.Ok(await LibraryQueries.StatsAsync(db, cancellationToken));
    }
}
