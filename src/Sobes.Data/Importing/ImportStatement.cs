using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Sobes.Data.Importing;

/// <summary>
/// One prepared statement an import runs for every post, its parameters bound by position (1-based, in the
/// order of the SQL's placeholders). SQLite gets its own: Microsoft.Data.Sqlite looks every parameter's index up
/// by name at every execution, which at 22 parameters costs more than the insert itself.
/// </summary>
internal abstract class ImportStatement : IAsyncDisposable
{
    public static ImportStatement Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters) =>
        connection is SqliteConnection sqlite ? new SqliteImportStatement(sqlite, sql) : new DbImportStatement(connection, transaction, sql, parameters);

    public abstract void Bind(int position, string? value);

    public abstract void Bind(int position, long? value);

    public abstract void Bind(int position, int? value);

    public abstract void Bind(int position, bool value);

    /// <summary>Binds a date as the provider stores it (SQLite: Microsoft.Data.Sqlite's text form; PostgreSQL: UTC).</summary>
    public abstract void Bind(int position, DateTimeOffset? value);

    public abstract Task ExecuteAsync(CancellationToken cancellationToken);

    /// <summary>Runs an INSERT that ends in <c>RETURNING "Id"</c> and returns the new row's id.</summary>
    public abstract Task<long> InsertAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

/// <summary>Any ADO.NET provider (PostgreSQL): a prepared <see cref="DbCommand"/> whose parameters are set by index.</summary>
internal sealed class DbImportStatement : ImportStatement
{
    private readonly DbCommand command;

    public DbImportStatement(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is built from ImportWriter's constant column names only.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 1; i <= parameters; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(p);
        }
    }

    public override void Bind(int position, string? value) => Set(position, value);

    public override void Bind(int position, long? value) => Set(position, value);

    public override void Bind(int position, int? value) => Set(position, value);

    public override void Bind(int position, bool value) => Set(position, value);

    public override void Bind(int position, DateTimeOffset? value) => Set(position, value?.ToUniversalTime());

    public override async Task ExecuteAsync(CancellationToken cancellationToken) => await command.ExecuteNonQueryAsync(cancellationToken);

    public override async Task<long> InsertAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    public override ValueTask DisposeAsync() => command.DisposeAsync();

    private void Set(int position, object? value) => command.Parameters[position - 1].Value = value ?? DBNull.Value;
}
