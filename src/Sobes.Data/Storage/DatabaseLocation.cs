namespace Sobes.Data.Storage;

/// <summary>Where the library lives: a SQLite file (the default) or a PostgreSQL server.</summary>
public sealed record DatabaseLocation
{
    private DatabaseLocation(DatabaseProvider provider, string connectionString, string indexDirectory, string display)
    {
        Provider = provider;
        ConnectionString = connectionString;
        IndexDirectory = indexDirectory;
        Display = display;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The folder of the search index, derived from the database it mirrors.</summary>
    public string IndexDirectory { get; }

    /// <summary>A description without secrets, for messages.</summary>
    public string Display { get; }

    /// <summary>The SQLite file in the user's data directory: ~/.local/share/sobes/sobes.db on Linux.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "sobes", "sobes.db");

    /// <summary>
    /// Resolves <c>--db</c> (when given), else <c>SOBES_DB</c>, else the default file. A value that looks like a
    /// PostgreSQL connection string ("Host=…" or "postgres://…") selects PostgreSQL; anything else is a SQLite path.
    /// </summary>
    public static DatabaseLocation Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var value = !string.IsNullOrWhiteSpace(option) ? option : environment("SOBES_DB");
        return string.IsNullOrWhiteSpace(value) ? Sqlite(DefaultSqlitePath) : Parse(value.Trim());
    }

    public static DatabaseLocation Parse(string value)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUri(new Uri(value)));
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(value);
        }

        return Sqlite(value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? value["Data Source=".Length..].Split(';')[0] : value);
    }

    /// <summary>The same database with the search index in <paramref name="directory"/> (an instance's own folder).</summary>
    public DatabaseLocation WithIndexDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new DatabaseLocation(Provider, ConnectionString, Path.GetFullPath(directory), Display);
    }

    public static DatabaseLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        // Pooled: a new native connection per query costs more than the query (the web app opens one for nearly every query).
        return new DatabaseLocation(DatabaseProvider.Sqlite, $"Data Source={full}", full + ".index", full);
    }

    public static DatabaseLocation Postgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var display = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        var key = Core.Library.PostAnalyzer.Hash(display)[..12];
        var dir = Path.Combine(Path.GetDirectoryName(DefaultSqlitePath)!, "index-" + key);
        return new DatabaseLocation(DatabaseProvider.Postgres, connectionString, dir, display);
    }

    private static string FromUri(Uri uri)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port, Database = uri.AbsolutePath.Trim('/') };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            b.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            b.Password = Uri.UnescapeDataString(user[1]);
        }

        return b.ConnectionString;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
