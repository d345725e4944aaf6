using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Storage;

/// <summary>Short writes of one process to one SQLite file queue in memory for the file's one writer.</summary>
public sealed class WriteTransactionTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    [Fact]
    public async Task A_second_write_in_the_same_process_waits_for_the_first_to_end_and_then_writes()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        // Were the second write to meet the first at the file's lock, SQLite would give it up after 50 ms.
        await second.Database.OpenConnectionAsync();
        await second.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout=50");

        var firstTurn = await WriteTransaction.BeginAsync(first, CancellationToken.None);
        var secondTurn = WriteTransaction.BeginAsync(second, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(secondTurn.IsCompleted);

        first.Meta.Add(new MetaRecord { Key = "first", Value = "1" });
        await first.SaveChangesAsync();
        await firstTurn.CommitAsync(CancellationToken.None);
        await firstTurn.DisposeAsync();

        await using (var turn = await secondTurn.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            second.Meta.Add(new MetaRecord { Key = "second", Value = "2" });
            await second.SaveChangesAsync();
            await turn.CommitAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        Assert.Equal(["first", "second"], await check.Meta.Where(m => m.Key == "first" || m.Key == "second").OrderBy(m => m.Key).Select(m => m.Key).ToListAsync());
    }

    [Fact]
    public async Task A_write_that_gives_up_waiting_leaves_the_turn_to_the_next_one()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        await using var third = database.CreateContext();

        var firstTurn = await WriteTransaction.BeginAsync(first, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WriteTransaction.BeginAsync(second, cancel.Token));
        await firstTurn.DisposeAsync();

        await using var thirdTurn = await WriteTransaction.BeginAsync(third, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose() => file.Dispose();
}
