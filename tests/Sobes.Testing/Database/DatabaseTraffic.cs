using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sobes.Testing;

/// <summary>
/// What EF sends to one database while it is recorded: the commands (one round trip each), and the transactions begun,
/// committed and the savepoints made (each one more). Read from EF's diagnostic events, filtered by the database's
/// connection string, so tests running at once on other databases do not count.
/// </summary>
public sealed class DatabaseTraffic : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string marker;
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<string> commands = [];
    private int savepoints;
    private int begun;
    private int committed;

    private DatabaseTraffic(string marker)
    {
        this.marker = marker;
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
            return new DatabaseTraffic(database[sqlite.Length..].Split(';')[0]);
        }

        return database.Contains('=', StringComparison.Ordinal)
            ? new DatabaseTraffic("Database=" + new Npgsql.NpgsqlConnectionStringBuilder(database).Database)
            : new DatabaseTraffic(Path.GetFullPath(database));
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
            case TransactionEventData transaction when Ours(transaction.Transaction.Connection):
                if (value.Key == RelationalEventId.CreatingTransactionSavepoint.Name)
                {
                    Interlocked.Increment(ref savepoints);
                }
                else if (value.Key == RelationalEventId.TransactionStarted.Name)
                {
                    Interlocked.Increment(ref begun);
                }
                else if (value.Key == RelationalEventId.TransactionCommitting.Name)
                {
                    Interlocked.Increment(ref committed);
                }

                break;
        }
    }

    private bool Ours(DbConnection? connection) =>
        connection?.ConnectionString.Contains(marker, StringComparison.OrdinalIgnoreCase) == true;

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
