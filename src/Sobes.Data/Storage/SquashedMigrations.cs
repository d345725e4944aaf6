using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sobes.Data.Storage;

/// <summary>
/// Chains of migrations folded into one migration per provider with the same schema: the first wave's seven into
/// <c>Initial</c>, and the two a later stop landed (<c>ProblemAttempts</c>, <c>LiveItemsIndex</c>) into
/// <c>ProblemAttemptsAndLiveItems</c>. A library made before a fold has the whole old chain in its history and not the
/// fold; this rewrites its history so EF sees the fold as applied and goes on with the migrations after it. A library
/// that stopped part-way through an old chain cannot be brought forward (the steps it lacks are gone) and is refused
/// by name.
/// </summary>
internal static class SquashedMigrations
{
    private sealed record Fold(string[] Chain, string Folded);

    private static readonly Fold[] SqliteFolds =
    [
        new(
            [
                "20261124004349_Initial", "20261124013601_Practice", "20261124030011_Accounts", "20261124041342_EditingAndCases",
                "20261124061725_DailyReviewLimit", "20261124070748_ProvenancePolls", "20261124074334_CardsSessionIndex",
            ],
            "20261207011542_Initial"),
        new(["20261207071058_ProblemAttempts", "20261207125314_LiveItemsIndex"], "20261207154323_ProblemAttemptsAndLiveItems"),
    ];

    private static readonly Fold[] PostgresFolds =
    [
        new(
            [
                "20261124005329_Initial", "20261124013653_Practice", "20261124030029_Accounts", "20261124041358_EditingAndCases",
                "20261124061800_DailyReviewLimit", "20261124070815_ProvenancePolls", "20261124074352_CardsSessionIndex",
            ],
            "20261207011546_Initial"),
        new(["20261207071115_ProblemAttempts", "20261207125317_LiveItemsIndex"], "20261207154343_ProblemAttemptsAndLiveItems"),
    ];

    /// <summary>The folded migrations of the context's provider, oldest first (each must exist in the assembly).</summary>
    internal static IEnumerable<string> Folded(SobesDbContext db) => Folds(db).Select(f => f.Folded);

    /// <summary>Rewrites each complete old chain in the history to its fold; does nothing for a library made after them.</summary>
    public static async Task AdoptAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var adopted = new List<Fold>();
        foreach (var fold in Folds(db))
        {
            var old = fold.Chain.Where(applied.Contains).ToList();
            if (old.Count == 0)
            {
                continue;
            }

            if (old.Count != fold.Chain.Length)
            {
                throw new InvalidOperationException(
                    $"the library was made by an older Sobes and stopped at migration {old[^1]}; " +
                    $"open it once with the Sobes release that has {fold.Chain[^1]} to finish its upgrade, then with this one");
            }

            adopted.Add(fold);
        }

        if (adopted.Count == 0)
        {
            return;
        }

        var productVersion = typeof(DbContext).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().First().InformationalVersion.Split('+')[0];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var fold in adopted)
        {
            foreach (var id in fold.Chain)
            {
                await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {id}""", cancellationToken);
            }

            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({fold.Folded}, {productVersion})""",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static Fold[] Folds(SobesDbContext db) => db is PostgresSobesDbContext ? PostgresFolds : SqliteFolds;
}
