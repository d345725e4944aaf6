using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>/api/v1/me: who a request is (a user with roles in server mode, the local learner otherwise).</summary>
internal static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Accounts").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/me", MeAsync).WithSummary("The signed-in user (by cookie or API token), their roles and their learner.");
        return app;
    }

    private static async Task<Ok<MeView>> MeAsync(ClaimsPrincipal user, CurrentLearner current, SobesDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var learner = await current.GetAsync(db, cancellationToken);
        var server = SobesPolicies.IsServerMode(configuration);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new MeView(server ? "server" : "local", server ? user.Identity?.Name : null, roles, learner.Id, learner.Name));
    }
}

/// <summary>The answer of /api/v1/me.</summary>
internal sealed record MeView(string Mode, string? User, IReadOnlyList<string> Roles, long LearnerId, string Learner);
