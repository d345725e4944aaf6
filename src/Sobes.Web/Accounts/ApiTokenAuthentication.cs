using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer sobes_…</c> signs a request in as the token's owner, with the owner's current roles.
/// A revoked token, a deleted or locked-out owner, or a malformed token fails; no header leaves the request anonymous.
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SobesDbContext db, CurrentLearner current, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    /// <summary>The claim naming the token a request came with (its prefix).</summary>
    public const string TokenClaim = "sobes:token";

    public static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Context))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Context.Request.Headers.Authorization.ToString()[(SchemeName.Length + 1)..].Trim();
        var bearer = await ApiTokens.FindBearerAsync(db, presented, Context.RequestAborted);
        if (bearer is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        // A lockout stops password guessing; a token is not a password, so it keeps working (revoke it to stop it).
        var now = time.GetUtcNow();

        if (bearer.LastUsedAt is null || now - bearer.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await ApiTokens.MarkUsedAsync(db, bearer.TokenId, now, Context.RequestAborted);
        }

        current.Authenticated(bearer.Learner);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, bearer.UserId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, bearer.UserName),
            new(TokenClaim, bearer.Prefix),
            new(CurrentLearner.LearnerClaim, bearer.LearnerId.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(bearer.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}
