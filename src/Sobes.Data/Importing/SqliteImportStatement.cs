using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sobes.Data.Importing;

/// <summary>
/// A statement prepared on the import's SQLite connection (so it runs inside the import's transaction) and driven
/// through SQLitePCL directly: values are bound by position, as Microsoft.Data.Sqlite would convert them
/// (booleans as 0/1, dates as its "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz" text), so EF reads the rows back unchanged.
/// </summary>
internal sealed class SqliteImportStatement : ImportStatement
{
    private const string DateFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public SqliteImportStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("an import writes on an open connection");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public override void Bind(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, position) : raw.sqlite3_bind_text(statement, position, value));

    public override void Bind(int position, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, position, v) : raw.sqlite3_bind_null(statement, position));

    public override void Bind(int position, int? value) => Bind(position, (long?)value);

    public override void Bind(int position, bool value) => Check(raw.sqlite3_bind_int64(statement, position, value ? 1 : 0));

    public override void Bind(int position, DateTimeOffset? value) =>
        Bind(position, value?.ToUniversalTime().ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture));

    public override Task ExecuteAsync(CancellationToken cancellationToken)
    {
        Run(returnsId: false);
        return Task.CompletedTask;
    }

    public override Task<long> InsertAsync(CancellationToken cancellationToken) => Task.FromResult(Run(returnsId: true));

    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }

    // The statement is reset whatever happened, so a failed step leaves no open statement behind the rollback.
    private long Run(bool returnsId)
    {
        var id = 0L;
        var rc = raw.sqlite3_step(statement);
        if (returnsId && rc == raw.SQLITE_ROW)
        {
            id = raw.sqlite3_column_int64(statement, 0);
            rc = raw.sqlite3_step(statement);
        }

        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return id;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
