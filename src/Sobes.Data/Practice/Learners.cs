using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>The learners of a database.</summary>
public static class Learners
{
    /// <summary>The name of the learner the CLI practises as.</summary>
    public const string LocalName = "local";

    /// <summary>The local learner, created (with the defaults) on first use.</summary>
    public static async Task<LearnerRecord> LocalAsync(SobesDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var learner = await db.Learners.FirstOrDefaultAsync(l => l.Name == LocalName, cancellationToken);
        if (learner is not null)
        {
            return learner;
        }

        learner = new LearnerRecord { Name = LocalName, CreatedAt = now.ToUniversalTime() };
        db.Learners.Add(learner);
        await db.SaveChangesAsync(cancellationToken);
        return learner;
    }
}
