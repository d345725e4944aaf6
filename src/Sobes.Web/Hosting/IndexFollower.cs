using Sobes.Data.Storage;

namespace Sobes.Web.Hosting;

/// <summary>
/// Keeps the process's search index in step with the database between searches: changes committed by other processes
/// and instances (a CLI import, an edit on another server) are applied within about half a second.
/// </summary>
internal sealed partial class IndexFollower(SobesDatabase database, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database.Search.FollowLoopAsync(Interval, e => Log.Failed(logger, e), stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index could not follow the database; it tries again")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
