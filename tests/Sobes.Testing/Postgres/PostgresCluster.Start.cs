using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sobes.Testing;

public sealed partial class PostgresCluster
{
    private const int PortAttempts = 3;

    // Generous: with a dozen builds running on two cores a start has been seen to take over 10 s.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Initialises a fresh cluster in a temp folder and starts it; throws when PostgreSQL is missing or fails to start.</summary>
    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.UnavailableReason);
        ServerUser.EnsureUsable();
        await StaleClusters.SweepAsync(binaries, cancellationToken);

        var root = Directory.CreateTempSubdirectory(StaleClusters.Prefix + Environment.ProcessId + "-").FullName;
        try
        {
            await ServerUser.GiveAsync(root, cancellationToken);
            await ClusterTemplate.CreateDataDirectoryAsync(binaries, Path.Combine(root, "data"), cancellationToken);

            for (var attempt = 1; ; attempt++)
            {
                var cluster = new PostgresCluster(binaries, root, FreeLoopbackPort());
                await cluster.LaunchAsync(cancellationToken);
                var failure = await cluster.WaitUntilReadyAsync(cancellationToken);
                if (failure is null)
                {
                    await ClusterWatchdog.StartAsync(cluster, cancellationToken);
                    return cluster;
                }

                await StopServerAsync(binaries, root, cancellationToken);
                // Another process may take the port between our probe and the server's bind: try a new one.
                if (attempt == PortAttempts || !cluster.ReadLogTail().Contains("could not bind", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL {binaries.MajorVersion} did not accept connections on port {cluster.Port} within "
                        + $"{ReadyTimeout.TotalSeconds} s ({failure.Message}). Server log tail:\n{cluster.ReadLogTail()}");
                }
            }
        }
        catch
        {
            DeleteQuietly(root);
            throw;
        }
    }

    private Task LaunchAsync(CancellationToken cancellationToken)
    {
        var options = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            $"-c port={Port}",
            $"-c unix_socket_directories='{RootDirectory}'",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c max_connections=200");
        // -W: pg_ctl returns at once; readiness is checked with Npgsql below so the error can carry the log.
        return ServerProcess.RunCheckedAsync(Binaries.PgCtl, ["start", "-D", DataDirectory, "-l", LogFile, "-W", "-o", options],
            RootDirectory, asServerUser: true, CommandTimeout, cancellationToken);
    }

    private async Task<Exception?> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(cancellationToken);
                return null;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                last = e;
                if (ReadLogTail().Contains("could not bind", StringComparison.Ordinal))
                {
                    return e;
                }

                await Task.Delay(50, cancellationToken);
            }
        }

        return last ?? new TimeoutException("no connection attempt finished");
    }

    internal string ReadLogTail(int lines = 30)
    {
        try
        {
            return File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(lines)) : "(no server log)";
        }
        catch (IOException e)
        {
            return $"(server log unreadable: {e.Message})";
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
