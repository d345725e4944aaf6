using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sobes.Data.Storage;

/// <summary>
/// A short write transaction (an answer, an undo). On SQLite it first takes this process's turn at the file: a file has
/// one writer, and writers meeting at its lock each retry in SQLite's busy handler, which sleeps on a thread-pool
/// thread in steps of up to 100 ms. Queued here instead, the next writer starts the moment the one before ends. Writers
/// in other processes still meet at the file's lock and its busy timeout. On PostgreSQL it is a plain transaction.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    private readonly IDbContextTransaction transaction;
    private readonly SemaphoreSlim? turn;

    private WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? turn) => (this.transaction, this.turn) = (transaction, turn);

    /// <summary>Begins a transaction on <paramref name="db"/> once it is this process's turn to write to its file.</summary>
    public static async Task<WriteTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        var turn = db.Database.IsSqlite() ? Turns.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1)) : null;
        if (turn is not null)
        {
            await turn.WaitAsync(cancellationToken);
        }

        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new WriteTransaction(transaction, turn);
        }
        catch
        {
            turn?.Release();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn?.Release();
        }
    }
}
