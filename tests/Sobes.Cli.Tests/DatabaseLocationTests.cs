using Sobes.Data.Storage;

namespace Sobes.Cli.Tests;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void The_db_option_wins_over_SOBES_DB()
    {
        var location = DatabaseLocation.Resolve("/tmp/a.db", _ => "/tmp/b.db");

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Equal("/tmp/a.db", location.Display);
    }

    [Fact]
    public void SOBES_DB_with_a_connection_string_selects_PostgreSQL()
    {
        var location = DatabaseLocation.Resolve(null, name => name == "SOBES_DB" ? "Host=127.0.0.1;Port=5433;Database=sobes;Username=u;Password=secret" : null);

        Assert.Equal(DatabaseProvider.Postgres, location.Provider);
        Assert.DoesNotContain("secret", location.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_url_is_understood()
    {
        var location = DatabaseLocation.Parse("postgres://learner:pw@db.local:6543/sobes");

        Assert.Equal(DatabaseProvider.Postgres, location.Provider);
        Assert.Equal("postgresql://db.local:6543/sobes", location.Display);
    }

    [Fact]
    public void Without_option_or_variable_the_default_file_is_in_the_user_data_directory()
    {
        var location = DatabaseLocation.Resolve(null, _ => null);

        Assert.Equal(DatabaseLocation.DefaultSqlitePath, location.Display);
        Assert.EndsWith(Path.Combine("sobes", "sobes.db"), location.Display, StringComparison.Ordinal);
    }
}
