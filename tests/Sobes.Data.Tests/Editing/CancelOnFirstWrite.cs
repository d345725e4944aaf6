using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sobes.Data.Storage;

namespace Sobes.Data.Tests.Editing;

/// <summary>
/// Cancels a token right after the first command that writes to one database has run, as a process killed in the
/// middle of an operation would stop it. It listens to EF Core's diagnostic events, so the code under test is the
/// code that ships.
/// </summary>
internal sealed class CancelOnFirstWrite : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly (string DataSource, string Database) target;
    private readonly List<IDisposable> subscriptions = [];
    private readonly string table;

    private CancelOnFirstWrite(DbConnection connection, string table)
    {
        target = (connection.DataSource, connection.Database);
        this.table = table;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public CancellationToken Token => source.Token;

    /// <summary>Arms a cancellation for the first write to <paramref name="table"/> in <paramref name="database"/>.</summary>
    public static CancelOnFirstWrite To(SobesDatabase database, string table)
    {
        using var db = database.CreateContext();
        return new CancelOnFirstWrite(db.Database.GetDbConnection(), table);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && data.Command.Connection is { } connection && (connection.DataSource, connection.Database) == target
            && data.Command.CommandText.Contains(table, StringComparison.Ordinal)
            && (data.Command.CommandText.Contains("UPDATE", StringComparison.Ordinal) || data.Command.CommandText.Contains("DELETE", StringComparison.Ordinal)))
        {
            source.Cancel();
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }

        source.Dispose();
    }
}
