using Microsoft.AspNetCore.Authorization;
using Sobes.Data.Accounts;

namespace Sobes.Web.Accounts;

/// <summary>
/// The two things a request may need: to study (a learner) or to change the library (an editor: import, edit, merge).
/// In local mode there is one learner and no login, so both are open; server mode requires accounts and roles.
/// </summary>
public static class SobesPolicies
{
    public const string Study = "study";

    public const string Edit = "edit";

    /// <summary>Configuration key of the mode: <c>local</c> (the default) or <c>server</c>.</summary>
    public const string ModeKey = "Sobes:Mode";

    public static bool IsServerMode(IConfiguration configuration) =>
        string.Equals(configuration[ModeKey], "server", StringComparison.OrdinalIgnoreCase);

    internal static void AddLocal(AuthorizationOptions options)
    {
        options.AddPolicy(Study, p => p.RequireAssertion(_ => true));
        options.AddPolicy(Edit, p => p.RequireAssertion(_ => true));
    }

    /// <summary>Study needs a signed-in learner, edit an admin; anything without a policy still needs a signed-in user.</summary>
    internal static void AddServer(AuthorizationOptions options)
    {
        options.AddPolicy(Study, p => p.RequireAuthenticatedUser().RequireRole(AccountRules.LearnerRole, AccountRules.AdminRole));
        options.AddPolicy(Edit, p => p.RequireAuthenticatedUser().RequireRole(AccountRules.AdminRole));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
