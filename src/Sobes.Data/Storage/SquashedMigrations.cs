using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sobes.Data.Storage;

/// <summary>
/// The first wave's seven migrations per provider were squashed into one <c>Initial</c> migration with the same
/// schema. A library made by that chain has all seven in its history and none of the new one; this rewrites its
/// history so EF sees the squashed migration as applied and goes on with the ones after it. A library that stopped
/// part-way through the old chain cannot be brought forward (the steps it lacks are gone) and is refused by name.
/// </summary>
internal static class SquashedMigrations
{
    private static readonly string[] SqliteChain =
    [
        "20261124004349_Initial", "20261124013601_Practice", "20261124030011_Accounts", "20261124041342_EditingAndCases",
        "20261124061725_DailyReviewLimit", "20261124070748_ProvenancePolls", "20261124074334_CardsSessionIndex",
    ];

    private static readonly string[] PostgresChain =
    [
        "20261124005329_Initial", "20261124013653_Practice", "20261124030029_Accounts", "20261124041358_EditingAndCases",
        "20261124061800_DailyReviewLimit", "20261124070815_ProvenancePolls", "20261124074352_CardsSessionIndex",
    ];

    /// <summary>The old chain of the context's provider, oldest first.</summary>
    internal static IReadOnlyList<string> OldChain(SobesDbContext db) => db is PostgresSobesDbContext ? PostgresChain : SqliteChain;

    /// <summary>Rewrites a complete old chain in the history to the squashed migration; does nothing otherwise.</summary>
    public static async Task AdoptAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var chain = OldChain(db);
        var old = chain.Where(applied.Contains).ToList();
        if (old.Count == 0)
        {
            return;
        }

        if (old.Count != chain.Count)
        {
            throw new InvalidOperationException(
                $"the library was made by an older Sobes and stopped at migration {old[^1]}; " +
                $"open it once with the Sobes release that has {chain[^1]} to finish its upgrade, then with this one");
        }

        var squashed = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        var productVersion = typeof(DbContext).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().First().InformationalVersion.Split('+')[0];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in chain)
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {id}""", cancellationToken);
        }

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({squashed}, {productVersion})""",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
