namespace Sobes.Testing;

/// <summary>
/// The test host is killed shortly after the run ends (vstest does not wait long for exit handlers), and
/// on Ctrl-C or a crash no handler runs at all. So each cluster gets a detached shell, in its own session
/// and re-parented to init, that waits for the test process to vanish, then stops the server and deletes its folder.
/// </summary>
internal static class ClusterWatchdog
{
    public static Task StartAsync(PostgresCluster cluster, CancellationToken cancellationToken)
    {
        var stop = $"{Quote(cluster.Binaries.PgCtl)} stop -D {Quote(cluster.DataDirectory)} -m immediate -w -t 20";
        if (ServerUser.IsRoot)
        {
            stop = $"runuser -u {ServerUser.Name} -- {stop}";
        }

        var watch = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; "
            + $"if [ -f {Quote(Path.Combine(cluster.DataDirectory, "postmaster.pid"))} ]; then {stop}; fi; rm -rf {Quote(cluster.RootDirectory)}";
        // The outer shell returns at once; "$0" is the watch script, run by a backgrounded setsid shell.
        return ServerProcess.RunCheckedAsync("sh", ["-c", "setsid sh -c \"$0\" </dev/null >/dev/null 2>&1 &", watch],
            cluster.RootDirectory, asServerUser: false, TimeSpan.FromSeconds(30), cancellationToken);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
