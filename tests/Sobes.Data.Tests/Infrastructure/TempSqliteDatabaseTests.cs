using Microsoft.Data.Sqlite;
using Sobes.Testing;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class TempSqliteDatabaseTests
{
    [Fact]
    public void Database_file_is_deleted_on_dispose()
    {
        var database = new TempSqliteDatabase();
        using (var connection = new SqliteConnection(database.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE probe (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        Assert.True(File.Exists(database.FilePath));

        database.Dispose();

        Assert.False(File.Exists(database.FilePath));
        Assert.False(Directory.Exists(database.Directory));
    }

    [Fact]
    public void Each_instance_has_its_own_file()
    {
        using var first = new TempSqliteDatabase();
        using var second = new TempSqliteDatabase();

        Assert.NotEqual(first.FilePath, second.FilePath);
        Assert.False(File.Exists(first.FilePath));
    }
}
