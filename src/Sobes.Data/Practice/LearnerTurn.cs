using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sobes.Data.Practice;

/// <summary>
/// One learner's card sync at a time, across every process on the database, so two instances never create a card
/// twice: on PostgreSQL a transaction-scoped advisory lock keyed by the learner (learners never wait for each other);
/// on SQLite the transaction itself, which takes the file's one write lock at its start (BEGIN IMMEDIATE). The turn
/// runs in the caller's transaction when there is one (an import replaying review history), else in its own.
/// </summary>
internal sealed class LearnerTurn : IAsyncDisposable
{
    private const int SyncLockSpace = 0x736F6263; // "sobc"

    private readonly IDbContextTransaction? own;

    private LearnerTurn(IDbContextTransaction? own) => this.own = own;

    public static async Task<LearnerTurn> TakeAsync(DbContext db, long learnerId, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                var learner = unchecked((int)learnerId);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SyncLockSpace}, {learner})", cancellationToken);
            }

            return new LearnerTurn(own);
        }
        catch
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Commits the turn's own transaction; a turn inside the caller's transaction ends with it.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
