namespace Sobes.Web.Cases;

/// <summary>The case lab's per-process services: the per-seed cache and the prediction model.</summary>
internal static class CasesServices
{
    public static IServiceCollection AddSobesCases(this IServiceCollection services)
    {
        services.AddSingleton<ElectrolysisLab>();
        services.AddSingleton<ElectrolysisModel>();
        return services;
    }
}
