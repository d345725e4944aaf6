using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>The learner a request practises as. In local mode that is the local learner, created on first use.</summary>
public sealed class CurrentLearner(TimeProvider time)
{
    private LearnerRecord? learner;

    /// <summary>The request's learner, read through <paramref name="db"/> once per request.</summary>
    public async Task<LearnerRecord> GetAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return learner ??= await Learners.LocalAsync(db, time.GetUtcNow(), cancellationToken);
    }
}
