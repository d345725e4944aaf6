using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sobes.Data.Accounts;

namespace Sobes.Web.Accounts;

/// <summary>Signs users in with their learner's id in the cookie, so a request finds its learner without reading the user.</summary>
internal sealed class LearnerClaimsFactory(UserManager<UserRecord> users, RoleManager<IdentityRole<long>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserRecord, IdentityRole<long>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentLearner.LearnerClaim, user.LearnerId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
