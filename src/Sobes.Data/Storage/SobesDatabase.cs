using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Search;

namespace Sobes.Data.Storage;

/// <summary>Opens contexts for a location, brings its schema up to date, and holds the process's search index of it.</summary>
public sealed class SobesDatabase : IDisposable
{
    private readonly Lazy<DbContextOptions> options;
    private readonly Lazy<Func<SobesDbContext>> contexts;
    private readonly Lazy<LibrarySearch> search;
    private int disposed;

    public SobesDatabase(DatabaseLocation location)
    {
        Location = location ?? throw new ArgumentNullException(nameof(location));
        // Built once, at the first context: a context is made for nearly every request, and EF looks its services up by
        // the options. A short command that reads over a plain connection (OpenConnectionAsync) never loads EF at all.
        options = new Lazy<DbContextOptions>(location.Provider == DatabaseProvider.Postgres ? PostgresOptions : SqliteOptions);
        contexts = new Lazy<Func<SobesDbContext>>(Pool);
        search = new Lazy<LibrarySearch>(() => LibrarySearch.Acquire(this));
    }

    // The compiled models (Storage/CompiledModels) spare every process the model build; CompiledModelTests fails when they
    // no longer match the model the migrations are made from. One method per provider, so a SQLite process never loads
    // the PostgreSQL provider's assemblies (a ReadyToRun method binds every type it names before it first runs).
    // Migrating does not compare the model with the migrations (EF builds the whole design-time model for that, about a
    // third of creating a library): ModelMigrationTests does, and fails when a model change has no migration.
    private DbContextOptions PostgresOptions() => new DbContextOptionsBuilder<PostgresSobesDbContext>()
        .UseModel(CompiledModels.Postgres.PostgresSobesDbContextModel.Instance)
        .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
        .ConfigureLoggingCacheTime(TimeSpan.Zero)
        .UseNpgsql(ServerConnectionString(Location.ConnectionString)).Options;

    private DbContextOptions SqliteOptions() => new DbContextOptionsBuilder<SqliteSobesDbContext>()
        .UseModel(CompiledModels.Sqlite.SqliteSobesDbContextModel.Instance)
        .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
        .ConfigureLoggingCacheTime(TimeSpan.Zero)
        .UseSqlite(Location.ConnectionString).AddInterceptors(SqlitePragmas.Instance).Options;

    /// <summary>The context type of the location's provider (whose migrations apply to it).</summary>
    internal Type ContextType => Location.Provider == DatabaseProvider.Postgres ? typeof(PostgresSobesDbContext) : typeof(SqliteSobesDbContext);

    /// <summary>The library's search index in this process (one per index folder, shared by every <see cref="SobesDatabase"/> of it).</summary>
    public LibrarySearch Search => search.Value;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0 && search.IsValueCreated)
        {
            search.Value.Dispose();
        }
    }

    public DatabaseLocation Location { get; }

    /// <summary>A context of its own; the caller disposes it (which hands it back to the pool).</summary>
    public SobesDbContext CreateContext() => contexts.Value();

    // A request takes several contexts; setting up a new one's services cost more than most of the queries it runs.
    // Pooled contexts are reset when handed back (tracked entities, transaction, connection, settings). A pooled context
    // would keep EF's cached logging settings across leases, so a diagnostic listener attached while the app runs would
    // miss its commands for up to a second; the options turn that cache off.
    private Func<SobesDbContext> Pool() => options.Value is DbContextOptions<PostgresSobesDbContext> postgres
        ? PoolOf(postgres)
        : PoolOf((DbContextOptions<SqliteSobesDbContext>)options.Value);

    private static Func<SobesDbContext> PoolOf<TContext>(DbContextOptions<TContext> options)
        where TContext : SobesDbContext => new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<TContext>(options).CreateDbContext;

    /// <summary>
    /// An open plain ADO.NET connection to the library, set up as EF's connections are (SQLite: WAL, a busy timeout,
    /// foreign keys); the caller disposes it. For the few reads a short command makes in plain SQL: opening EF's
    /// services, model and query compiler costs such a command most of its run time.
    /// </summary>
    public async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = Location.Provider == DatabaseProvider.Postgres ? PostgresConnection() : new SqliteConnection(Location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqlitePragmas.Apply(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private System.Data.Common.DbConnection PostgresConnection() => new Npgsql.NpgsqlConnection(ServerConnectionString(Location.ConnectionString));

    /// <summary>
    /// Npgsql prepares the statements a pooled connection runs often (the same few queries serve every card shown),
    /// so the server plans them once. A connection going back to the pool is not reset: the app keeps no session
    /// state (its advisory locks and settings are transaction-scoped; the migration lock has an unpooled connection of
    /// its own), and the reset — six statements the server runs each time a context takes a connection, several times
    /// per request — cost more server time than any query a card needs. An open transaction is still rolled back.
    /// A connection string that sets either value keeps it.
    /// </summary>
    internal static string ServerConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "AutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Sets(connectionString, "ResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // Npgsql takes its keywords with or without spaces ("No Reset On Close", "NoResetOnClose").
    private static bool Sets(string connectionString, string keyword) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).Contains(keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Creates the database if needed and applies pending migrations; then, once per analysis version, re-analyses the
    /// stored posts (<see cref="Library.Reanalysis.LibraryReanalysis.RunIfOutdatedAsync"/>), so a library imported before
    /// the rules changed gets them (what editors set is kept).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Location.Display)!);
        }

        if (await SchemaCheck.IsCurrentAsync(this, cancellationToken))
        {
            return;
        }

        // Instances starting at once on one PostgreSQL database take turns (EF's own migration lock does not cover
        // the adoption of the squashed chain and the marks written after it); SQLite's single writer serialises them.
        await using var turn = Location.Provider == DatabaseProvider.Postgres ? await MigrationTurnAsync(cancellationToken) : null;
        await using var db = CreateContext();
        if (turn is not null && await SchemaCheck.IsCurrentAsync(this, cancellationToken))
        {
            return; // another instance finished the migration while this one waited for its turn
        }

        await SquashedMigrations.AdoptAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await LibraryRevision.EnsureAsync(db, cancellationToken);
        await ItemChangeLog.EnsureLibraryAsync(db, cancellationToken);
        await Library.Reanalysis.LibraryReanalysis.RunIfOutdatedAsync(this, TimeProvider.System.GetUtcNow(), cancellationToken);
    }

    private const long MigrationLock = 0x736F6265735F6D31; // "sobes_m1"

    /// <summary>A connection holding the session-level migration lock; disposing it ends the turn.</summary>
    private async Task<Npgsql.NpgsqlConnection> MigrationTurnAsync(CancellationToken cancellationToken)
    {
        // Not pooled: closing the connection releases the lock with the session, whatever happens in between.
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(Location.ConnectionString) { Pooling = false, Multiplexing = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a location and migrates it.</summary>
    public static async Task<SobesDatabase> OpenAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        var db = new SobesDatabase(location);
        await db.MigrateAsync(cancellationToken);
        return db;
    }
}

/// <summary>WAL and a busy timeout, so the web app and the CLI can share one file.</summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
    {
        Apply(connection);
    }

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Pooled connections keep their settings, so each native connection is set up once, not at every open
    // (EF opens and closes the connection around every query).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    internal static void Apply(System.Data.Common.DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var cmd = connection.CreateCommand();
        // EF checks that the file exists on a read-only connection of its own; switching a library in rollback-journal
        // mode (a backup, a copy made by other tools) to WAL there is a write ("attempt to write a readonly database"),
        // so only a writable connection switches it.
        var readOnly = new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
        // Memory-mapped reads: in WAL mode a connection drops its page cache whenever another one has written, so under a
        // steady stream of answers nearly every read would copy its pages in again through read system calls.
        cmd.CommandText = (readOnly ? "" : "PRAGMA journal_mode=WAL; ") + "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456;";
        cmd.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, handle);
    }
}
