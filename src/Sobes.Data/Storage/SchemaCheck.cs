using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sobes.Data.Storage;

/// <summary>
/// Whether a library needs no migration and no set-up, answered with one plain query on a plain connection. Nearly
/// every open finds the schema current, and EF's own path to that answer (its services, the model, the migration
/// lock, the history, the pending-model check) costs a short command most of its run time.
/// </summary>
internal static class SchemaCheck
{
    private static readonly ConcurrentDictionary<Type, string> Newest = new();

    /// <summary>
    /// True when the newest applied migration is this build's newest, the library's meta rows exist and its items were
    /// analysed by the current <see cref="Core.Library.AnalysisVersion"/>.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(SobesDatabase database, CancellationToken cancellationToken)
    {
        var newest = NewestMigration(database.ContextType);
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory"),
                       (SELECT COUNT(*) FROM "meta" WHERE "Key" IN (@revision, @library)),
                       (SELECT "Value" FROM "meta" WHERE "Key" = @analysis)
                """;
            command.AddParameter("@revision", LibraryRevision.Key);
            command.AddParameter("@library", ItemChangeLog.LibraryKey);
            command.AddParameter("@analysis", Library.Reanalysis.LibraryReanalysis.VersionKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                && !reader.IsDBNull(0)
                && string.Equals(reader.GetString(0), newest, StringComparison.Ordinal)
                && reader.GetInt64(1) == 2
                && !reader.IsDBNull(2)
                && int.TryParse(reader.GetString(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var analysed)
                && analysed >= Core.Library.AnalysisVersion.Current;
        }
        catch (DbException)
        {
            // No history or no meta table yet: a new library, which the full path creates.
            return false;
        }
    }

    /// <summary>
    /// The id of the newest migration of a context, found as EF finds them (a <see cref="Migration"/> marked for the
    /// context) but without building EF's services and model, which the check exists to spare.
    /// </summary>
    public static string NewestMigration(Type contextType) => Newest.GetOrAdd(contextType, static type => type.Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == type)
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id ?? "")
        .Max(StringComparer.Ordinal) ?? "");
}
