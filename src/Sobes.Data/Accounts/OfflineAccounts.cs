using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;

namespace Sobes.Data.Accounts;

/// <summary>Identity's user and role managers over a library's database without the web app, with its account rules (CLI, tools).</summary>
public static class OfflineAccounts
{
    public static ServiceProvider Create(SobesDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddScoped(_ => database.CreateContext());
        services.AddIdentityCore<UserRecord>(AccountRules.Apply)
            .AddRoles<IdentityRole<long>>()
            .AddEntityFrameworkStores<SobesDbContext>();
        services.AddScoped<UserAccounts>();
        return services.BuildServiceProvider();
    }
}
