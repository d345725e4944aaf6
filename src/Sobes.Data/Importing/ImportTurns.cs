using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// Imports take turns: one writes at a time, and one that has to wait says so instead of failing. SQLite has one writer
/// per file (an import's transaction holds it from its start, BEGIN IMMEDIATE, for as long as it runs, longer than the
/// busy timeout); on PostgreSQL a transaction-scoped advisory lock serialises imports, so each sees the items of the
/// one before it when it looks for duplicates.
/// </summary>
internal static class ImportTurns
{
    private const long ImportLock = 0x736F6265735F6931; // "sobes_i1"
    private const int SqliteBusy = 5;

    /// <summary>Begins the import's transaction once it is this import's turn; <paramref name="waiting"/> is called once if it has to wait.</summary>
    public static async Task<(IDbContextTransaction Transaction, TimeSpan Waited)> BeginAsync(DbContext db, Action waiting, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var free = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({ImportLock}) AS \"Value\"").SingleAsync(cancellationToken);
            if (free)
            {
                return (transaction, TimeSpan.Zero);
            }

            waiting();
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLock})", cancellationToken);
            return (transaction, clock.Elapsed);
        }

        while (true)
        {
            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                return (transaction, told ? clock.Elapsed : TimeSpan.Zero);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteBusy)
            {
                if (!told)
                {
                    told = true;
                    waiting();
                }
            }
        }
    }
}
