using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Sobes.Testing;

/// <summary>
/// What EF sends to one database while it is recorded: the commands (one round trip each), and the transactions begun,
/// committed and the savepoints made (each one more). Read from EF's diagnostic events, which every test in the process
/// raises; an event counts only when its connection names the same database (a SQLite file by its full path, a
/// PostgreSQL database by host, port and name, compared whole), so tests running at once on other databases — other
/// files, other databases of the shared server — do not count.
/// </summary>
public sealed class DatabaseTraffic : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string database;
    private readonly ConcurrentDictionary<string, bool> ours = new(StringComparer.Ordinal);
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<string> commands = [];
    private int savepoints;
    private int begun;
    private int committed;

    private DatabaseTraffic(string database)
    {
        this.database = database;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>
    /// Starts recording what is sent to a database: a SQLite file by its path (or a <c>Data Source=</c> connection
    /// string), a PostgreSQL database by its connection string.
    /// </summary>
    public static DatabaseTraffic Record(string database)
    {
        const string sqlite = "Data Source=";
        if (database.StartsWith(sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTraffic(SqliteFile(database));
        }

        return new DatabaseTraffic(database.Contains('=', StringComparison.Ordinal)
            ? PostgresDatabase(database)
            : SqliteFile(new SqliteConnectionStringBuilder { DataSource = database }.ConnectionString));
    }

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    public int Savepoints => Volatile.Read(ref savepoints);

    public int Begun => Volatile.Read(ref begun);

    public int Committed => Volatile.Read(ref committed);

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
            subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandEventData command when value.Key == RelationalEventId.CommandExecuting.Name && Ours(command.Command.Connection):
                lock (commands)
                {
                    commands.Add(command.Command.CommandText);
                }

                break;
            case TransactionEventData transaction when value.Key == RelationalEventId.CreatingTransactionSavepoint.Name && Ours(transaction.Transaction.Connection):
                Interlocked.Increment(ref savepoints);
                break;
            case TransactionEventData transaction when value.Key == RelationalEventId.TransactionStarted.Name && Ours(transaction.Transaction.Connection):
                Interlocked.Increment(ref begun);
                break;
            case TransactionEventData transaction when value.Key == RelationalEventId.TransactionCommitting.Name && Ours(transaction.Transaction.Connection):
                Interlocked.Increment(ref committed);
                break;
        }
    }

    // Parsed once per distinct connection string: the app and its tests use a handful.
    private bool Ours(DbConnection? connection) => connection switch
    {
        SqliteConnection sqlite => ours.GetOrAdd(sqlite.ConnectionString, c => SqliteFile(c) == database),
        NpgsqlConnection npgsql => ours.GetOrAdd(npgsql.ConnectionString, c => PostgresDatabase(c) == database),
        _ => false,
    };

    // No path (an in-memory database, a connection not yet given a string) is nobody's file.
    private static string SqliteFile(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 } path && path != ":memory:"
            ? "sqlite:" + Path.GetFullPath(path)
            : "sqlite:";

    private static string PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
