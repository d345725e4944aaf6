using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sobes.Data.Storage;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSobesDbContext>
{
    public SqliteSobesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSobesDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSobesDbContext>
{
    public PostgresSobesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSobesDbContext>().UseNpgsql("Host=localhost;Database=sobes_design").Options);
}
