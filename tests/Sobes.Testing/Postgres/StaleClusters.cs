namespace Sobes.Testing;

/// <summary>
/// A test process that is killed never runs its exit handler, leaving a server and its folder behind.
/// Cluster folders are named after the owning process id; a folder whose process is gone is stopped and deleted.
/// </summary>
internal static class StaleClusters
{
    public const string Prefix = "sobes-pg-";

    public static async Task SweepAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var pid = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, out _) && !Directory.Exists($"/proc/{pid}"))
            {
                await PostgresCluster.StopServerAsync(binaries, folder, cancellationToken);
                PostgresCluster.DeleteQuietly(folder);
            }
        }
    }
}
