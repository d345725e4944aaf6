using Microsoft.Data.Sqlite;

namespace Sobes.Data.Storage;

/// <summary>What a backup wrote: the file, its size and the items it holds.</summary>
public sealed record BackupReport(string Path, long Bytes, long Items);

/// <summary>
/// A consistent copy of a SQLite library taken while other processes read and write it. <c>VACUUM INTO</c> writes one
/// read snapshot (it waits for no writer, and no writer waits for it) to a file beside the target; the copy is checked,
/// set to a single self-contained file (rollback journal), and renamed over the target, so the target is either what it
/// was or a whole backup. The search index is not copied: it is derived data, rebuilt when the copy is first opened.
/// PostgreSQL is backed up with its own tools (pg_dump).
/// </summary>
public static class LibraryBackup
{
    /// <summary>What to do on PostgreSQL instead.</summary>
    public const string PostgresAdvice =
        "a PostgreSQL library is backed up with PostgreSQL's own tools: pg_dump --format=custom --file=sobes.dump DBNAME (restore: pg_restore --clean --if-exists --dbname=DBNAME sobes.dump); see README, Backups";

    public static async Task<BackupReport> BackupAsync(DatabaseLocation location, string output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        if (location.Provider != DatabaseProvider.Sqlite)
        {
            throw new NotSupportedException(PostgresAdvice);
        }

        var library = location.Display;
        var target = Path.GetFullPath(output);
        if (!File.Exists(library))
        {
            throw new FileNotFoundException($"there is no library at {library}", library);
        }

        if (string.Equals(target, library, StringComparison.Ordinal) || Directory.Exists(target))
        {
            throw new IOException($"{target} is the library itself or a folder; name a new file for the backup");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var source = Open(library, SqliteOpenMode.ReadWrite))
            {
                await source.OpenAsync(cancellationToken);
                await ExecuteAsync(source, "PRAGMA busy_timeout=30000;", cancellationToken);
                await using var vacuum = source.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path;";
                vacuum.Parameters.AddWithValue("$path", partial);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            long items;
            await using (var copy = Open(partial, SqliteOpenMode.ReadWrite))
            {
                await copy.OpenAsync(cancellationToken);
                await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
                var check = await ScalarAsync(copy, "PRAGMA integrity_check;", cancellationToken);
                if (check is not "ok")
                {
                    throw new IOException($"the copy of {library} failed its integrity check: {check}");
                }

                items = Convert.ToInt64(await ScalarAsync(copy, "SELECT count(*) FROM items;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            File.Move(partial, target, overwrite: true);
            return new BackupReport(target, new FileInfo(target).Length, items);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    // Not pooled: the files are closed as soon as the backup is done, so the copy can be moved at once.
    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
