using Sobes.Data.Channels;
using Sobes.Data.Storage;

namespace Sobes.Web.Channels;

/// <summary>
/// Syncs followed channels in the background: every <see cref="ChannelSettings.Check"/> it looks for channels whose
/// interval has passed and syncs them one after another. Instances sharing a database take turns through the
/// <see cref="SyncLease.Background"/> lease: one instance holds it (renewing it on every look) and syncs; the others
/// wait, and take over once it expires if the holder dies.
/// </summary>
internal sealed partial class ChannelSyncService(SobesDatabase database, ChannelSync sync, ChannelSettings settings, TimeProvider time, ILogger<ChannelSyncService> logger) : BackgroundService
{
    private TimeSpan LeaseTime => settings.Check * 3 + TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Background)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Check, time);
        try
        {
            do
            {
                try
                {
                    await LookAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.Failed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await SyncLease.ReleaseAsync(database, SyncLease.Background, sync.Holder, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e);
        }
    }

    // One look: take (or renew) the lease, then sync the channels that are due.
    private async Task LookAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ChannelRecord> due;
        await using (var db = database.CreateContext())
        {
            due = await FollowedChannels.DueAsync(db, settings.Interval, time.GetUtcNow(), cancellationToken);
        }

        if (due.Count == 0 || !await SyncLease.TryAcquireAsync(database, SyncLease.Background, sync.Holder, LeaseTime, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        foreach (var channel in due)
        {
            var report = await sync.SyncAsync(channel, cancellationToken: cancellationToken);
            Log.Synced(logger, channel.Url, report.PagesFetched, report.PostsNew, report.HasErrors);
            if (!await SyncLease.TryAcquireAsync(database, SyncLease.Background, sync.Holder, LeaseTime, time.GetUtcNow(), cancellationToken))
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The background channel sync failed; it tries again at the next look")]
        public static partial void Failed(ILogger logger, Exception exception);

        [LoggerMessage(Level = LogLevel.Information, Message = "Synced {Url}: {Pages} pages, {PostsNew} new posts, errors: {Errors}")]
        public static partial void Synced(ILogger logger, string url, int pages, int postsNew, bool errors);
    }
}
