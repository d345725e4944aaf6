using Microsoft.EntityFrameworkCore;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Library;

/// <summary>The listing's page and count read the live items' index, not every row of the items table.</summary>
public sealed class LiveItemsIndexTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_page_of_live_items_in_id_order_and_their_count_read_the_live_items_index()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        await using var db = library.Context();
        var page = db.Items.AsNoTracking().Where(i => i.DeletedAt == null).OrderBy(i => i.Id).Skip(100).Take(20).Select(i => new { i.Id, i.Title });
        var count = db.Items.AsNoTracking().Where(i => i.DeletedAt == null).Select(i => i.Id);

        Assert.Contains("IX_items_Live", await PlanAsync(db, page.ToQueryString()), StringComparison.Ordinal);
        Assert.Contains("IX_items_Live", await PlanAsync(db, count.ToQueryString()), StringComparison.Ordinal);
    }

    // ToQueryString declares the parameters first (".param set @p 100" for SQLite); the plan needs no values.
    private static async Task<string> PlanAsync(Sobes.Data.Storage.SobesDbContext db, string sql)
    {
        var statement = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("--", StringComparison.Ordinal)));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }
}
