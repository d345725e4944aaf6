using Npgsql;

namespace Sobes.Testing;

/// <summary>
/// A real, throw-away PostgreSQL server: its own temp data directory, a free loopback port,
/// trust authentication, durability off. Disposing stops it and deletes the directory.
/// Tests normally reach one through the shared <see cref="PostgresServer"/> fixture instead.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private int _stopped;

    private PostgresCluster(PostgresBinaries binaries, string rootDirectory, int port)
    {
        Binaries = binaries;
        RootDirectory = rootDirectory;
        Port = port;
        AdminConnectionString = ConnectionStringFor("postgres");
    }

    public PostgresBinaries Binaries { get; }

    /// <summary>Holds the data directory, the socket and the server log; deleted on dispose.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public string LogFile => Path.Combine(RootDirectory, "server.log");

    public int Port { get; }

    /// <summary>Superuser `postgres` on the `postgres` database; for tests, use <see cref="CreateDatabaseAsync"/>.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Creates a new empty database with a unique name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "sobes_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            await StopServerAsync(Binaries, RootDirectory, CancellationToken.None);
        }
        finally
        {
            DeleteQuietly(RootDirectory);
        }
    }

    /// <summary>Blocking stop, for process-exit handlers where nothing can be awaited.</summary>
    internal void Stop() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    // Pooling off: hundreds of per-test databases would otherwise each keep idle backends alive.
    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = false,
        Timeout = 10,
    }.ConnectionString;

    internal static async Task StopServerAsync(PostgresBinaries binaries, string rootDirectory, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(rootDirectory, "data");
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            // Immediate: no shutdown checkpoint, the data is deleted next anyway.
            await ServerProcess.RunAsync(binaries.PgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w", "-t", "20"],
                rootDirectory, asServerUser: true, CommandTimeout, cancellationToken);
        }
    }

    internal static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is swept by the next run (see StaleClusters).
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
