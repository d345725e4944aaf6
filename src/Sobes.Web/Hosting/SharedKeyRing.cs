using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;

namespace Sobes.Web.Hosting;

/// <summary>
/// The data-protection key ring that signs cookies and antiforgery tokens. In server mode it lives in the database
/// (<c>data_protection_keys</c>), so every instance on one database honours what another issued, whatever its home
/// folder; in local mode it stays in the user's home folder. The application name is fixed, so instances installed in
/// different folders share the ring.
/// </summary>
internal static class SharedKeyRing
{
    public const string ApplicationName = "sobes";

    public static IServiceCollection AddSobesKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            if (SobesPolicies.IsServerMode(sp.GetRequiredService<IConfiguration>()))
            {
                o.XmlRepository = new EntityFrameworkCoreXmlRepository<SobesDbContext>(sp, sp.GetRequiredService<ILoggerFactory>());
            }
        }));
        return services;
    }
}
