using Npgsql;
using Sobes.Data.Storage;

namespace Sobes.Data.Tests.Storage;

/// <summary>How the app talks to PostgreSQL: pooled connections that prepare hot statements and are not reset between uses.</summary>
public sealed class ServerConnectionTests
{
    [Fact]
    public void A_pooled_connection_is_not_reset_each_time_it_goes_back_to_the_pool()
    {
        var builder = new NpgsqlConnectionStringBuilder(SobesDatabase.ServerConnectionString("Host=localhost;Database=sobes"));

        Assert.True(builder.NoResetOnClose);
        Assert.Equal(64, builder.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=localhost;Database=sobes;No Reset On Close=false")]
    [InlineData("Host=localhost;Database=sobes;NoResetOnClose=false")]
    public void A_connection_string_that_asks_for_the_reset_keeps_it(string connectionString)
    {
        Assert.False(new NpgsqlConnectionStringBuilder(SobesDatabase.ServerConnectionString(connectionString)).NoResetOnClose);
    }

    [Fact]
    public void A_connection_string_that_sets_its_own_preparation_keeps_it()
    {
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(SobesDatabase.ServerConnectionString("Host=localhost;Max Auto Prepare=0")).MaxAutoPrepare);
    }
}
