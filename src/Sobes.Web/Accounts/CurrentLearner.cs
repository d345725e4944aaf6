using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>
/// The learner a request practises as. In local mode that is the local learner, created on first use; in server
/// mode it is the signed-in user's own learner (by cookie or API token), so one learner never sees another's data.
/// </summary>
public sealed class CurrentLearner(SobesDatabase database, TimeProvider time, IHttpContextAccessor http, IConfiguration configuration)
{
    private LearnerRecord? learner;

    // The learner an API token's query read along with the token (untracked), for readers only.
    private LearnerRecord? authenticated;

    /// <summary>Takes the learner read with the request's API token, so reading them again costs no query.</summary>
    internal void Authenticated(LearnerRecord record) => authenticated = record;

    /// <summary>
    /// The request's learner, to read only (the practice session, which plans and schedules by their settings): the
    /// one read with the request's API token, else as <see cref="GetAsync"/> reads it, through a context of its own.
    /// </summary>
    public async Task<LearnerRecord> ReadAsync(CancellationToken cancellationToken = default)
    {
        if ((learner ?? authenticated) is { } known)
        {
            return known;
        }

        await using var db = database.CreateContext();
        return await GetAsync(db, cancellationToken);
    }

    /// <summary>The request's learner, read through <paramref name="db"/> once per request.</summary>
    public async Task<LearnerRecord> GetAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (learner is not null)
        {
            return learner;
        }

        if (!SobesPolicies.IsServerMode(configuration))
        {
            return learner = await Learners.LocalAsync(db, time.GetUtcNow(), cancellationToken);
        }

        var user = http.HttpContext?.User;
        var userId = UserId(user)
            ?? throw new InvalidOperationException("Server mode: a learner was asked for on a request without a signed-in user; the endpoint needs SobesPolicies.Study.");
        var learnerId = LearnerId(user)
            ?? await db.Users.Where(u => u.Id == userId).Select(u => (long?)u.LearnerId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Server mode: user {userId} does not exist.");
        return learner = await db.Learners.FirstAsync(l => l.Id == learnerId, cancellationToken);
    }

    /// <summary>The claim carrying the signed-in user's learner id (set at sign-in and by API tokens; it never changes for a user).</summary>
    public const string LearnerClaim = "sobes:learner";

    private static long? LearnerId(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirstValue(LearnerClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The signed-in user's id, or null for an anonymous request.</summary>
    public static long? UserId(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
