using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Channels;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Import.Channels;
using Sobes.Web.Accounts;

namespace Sobes.Web.Channels;

/// <summary>/api/v1/channels: the followed channels (study), and following, unfollowing and syncing them now (edit).</summary>
internal static class ChannelsApi
{
    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/channels").WithTags("Channels").RequireAuthorization(SobesPolicies.Study);
        read.MapGet("", ListAsync).WithSummary("Followed channels with their cursors and last sync.");
        var edit = app.MapGroup("/api/v1/channels").WithTags("Channels").RequireAuthorization(SobesPolicies.Edit);
        edit.MapPost("", AddAsync).WithSummary("Follows a channel: { channel: \"@NAME\" or a preview URL, interval_minutes }.");
        edit.MapDelete("/{name}", RemoveAsync).WithSummary("Stops following a channel; its items stay in the library.");
        edit.MapPost("/{name}/sync", SyncAsync).WithSummary("Syncs a channel now and returns what the sync did.");
        return app;
    }

    private static async Task<Ok<ChannelList>> ListAsync(SobesDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var channels = await FollowedChannels.ListAsync(db, cancellationToken);
        return TypedResults.Ok(new ChannelList(channels.Select(ChannelView.From).ToList()));
    }

    private static async Task<Results<Ok<ChannelView>, ValidationProblem>> AddAsync(AddChannel request, SobesDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        var address = ChannelAddress.Parse(request.Channel ?? "", out var error);
        if (address is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel"] = [error!] });
        }

        if (request.IntervalMinutes is < 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["interval_minutes"] = ["the interval is at least one minute"] });
        }

        await using var db = database.CreateContext();
        var channel = await FollowedChannels.AddAsync(db, address, request.IntervalMinutes, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(ChannelView.From(channel));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string name, SobesDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await FollowedChannels.RemoveAsync(db, name, cancellationToken) ? TypedResults.NoContent() : NoSuchChannel(name);
    }

    private static async Task<Results<Ok<ChannelSyncView>, ProblemHttpResult>> SyncAsync(string name, SobesDatabase database, ChannelSync sync, CancellationToken cancellationToken)
    {
        ChannelRecord? channel;
        await using (var db = database.CreateContext())
        {
            channel = await FollowedChannels.FindAsync(db, name, cancellationToken);
        }

        if (channel is null)
        {
            return NoSuchChannel(name);
        }

        return TypedResults.Ok(ChannelSyncView.From(await sync.SyncAsync(channel, cancellationToken: cancellationToken)));
    }

    private static ProblemHttpResult NoSuchChannel(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such channel", detail: $"no channel '{name}'");
}

internal sealed record ChannelList(IReadOnlyList<ChannelView> Channels);

internal sealed record AddChannel(string? Channel, int? IntervalMinutes);

/// <summary>What a sync did (snake_case in JSON): the import report's totals, with the pages fetched and the posts read for the first time.</summary>
public sealed record ChannelSyncView(bool Committed, int PagesFetched, int PostsNew, int PostsRead, int ItemsNew, int ItemsMerged, int ItemsUpdated, int ItemsUnchanged, IReadOnlyList<string> Errors)
{
    public static ChannelSyncView From(ImportReport r) => new(
        r.Committed, r.PagesFetched, r.PostsNew, r.PostsRead, r.ItemsNew, r.ItemsMerged, r.ItemsUpdated, r.ItemsUnchanged,
        r.Diagnostics.Concat(r.Sources.SelectMany(s => s.Diagnostics)).Where(d => d.Severity == Core.Posts.DiagnosticSeverity.Error).Select(d => d.Message).ToList());
}
