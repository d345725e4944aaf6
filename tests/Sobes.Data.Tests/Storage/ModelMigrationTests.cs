using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Tests.Storage;

public sealed class ModelMigrationTests
{
    [Fact]
    public void The_sqlite_model_has_no_change_that_a_migration_lacks()
    {
        using var db = new SobesDatabase(DatabaseLocation.Sqlite(Path.Combine(Path.GetTempPath(), "sobes-model-check.db"))).CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: add one with dotnet ef migrations add");
    }

    [Fact]
    public void The_postgres_model_has_no_change_that_a_migration_lacks()
    {
        using var db = new SobesDatabase(DatabaseLocation.Postgres("Host=localhost;Database=sobes_model_check")).CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: add one with dotnet ef migrations add");
    }
}
