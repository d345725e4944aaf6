using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sobes.Data.Storage;

namespace Sobes.Web.Hosting;

/// <summary>
/// <c>GET /healthz</c> for a reverse proxy or an orchestrator: anonymous, 200 <c>Healthy</c> when the library's database
/// answers a query, 503 <c>Unhealthy</c> when it does not.
/// </summary>
internal sealed class Health(SobesDatabase database) : IHealthCheck
{
    public const string Path = "/healthz";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = database.CreateContext();
            await db.Meta.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the database does not answer: " + e.Message);
        }
    }
}

internal static class HealthEndpoints
{
    public static IServiceCollection AddSobesHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<Health>("database");
        return services;
    }

    public static WebApplication MapSobesHealth(this WebApplication app)
    {
        app.MapHealthChecks(Health.Path).AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
