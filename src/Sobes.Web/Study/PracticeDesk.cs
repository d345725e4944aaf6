using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;

namespace Sobes.Web.Study;

/// <summary>
/// Opens the request's learner's <see cref="PracticeSession"/> (the one practice path the pages, the API and the
/// terminal share) and gives the other pages the learner with their cards in step. It holds no rules.
/// </summary>
public sealed class PracticeDesk(SobesDatabase database, CurrentLearner current, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public SobesDbContext CreateContext() => database.CreateContext();

    /// <summary>
    /// The request's learner's session over <paramref name="filter"/>; with <paramref name="sync"/>, their cards are
    /// brought in step with the library first (for showing cards; answering a card already shown needs no sync).
    /// </summary>
    public async Task<PracticeSession> OpenAsync(SessionFilter filter, bool sync, CancellationToken cancellationToken)
    {
        var learner = await current.ReadAsync(cancellationToken);
        var session = new PracticeSession(database, learner, filter, time);
        if (sync)
        {
            await session.SyncAsync(cancellationToken);
        }

        return session;
    }

    /// <summary>The request's learner, with their cards brought in step with the library first.</summary>
    public async Task<LearnerRecord> LearnerAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var learner = await current.GetAsync(db, cancellationToken);
        await new PracticeSession(database, learner, SessionFilter.All, time).SyncAsync(cancellationToken);
        return learner;
    }
}
