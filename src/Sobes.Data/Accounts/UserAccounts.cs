using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Accounts;

/// <summary>Creates accounts: the user, their own learner and their roles, in one transaction.</summary>
public sealed class UserAccounts(UserManager<UserRecord> users, RoleManager<IdentityRole<long>> roles, SobesDbContext db, TimeProvider time)
{
    /// <summary>The prefix of a user's learner name, so an account never takes over the local learner.</summary>
    public const string LearnerPrefix = "user:";

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    /// <summary>A new account with the learner role, and the admin role when asked; the result says why not when it fails.</summary>
    public async Task<IdentityResult> CreateAsync(string userName, string password, bool admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        if (userName.Length is 0 or > AccountRules.MaxUserNameLength)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidUserName(userName));
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.DuplicateUserName(userName));
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var learner = new LearnerRecord { Name = LearnerPrefix + userName, CreatedAt = now };
        db.Learners.Add(learner);
        await db.SaveChangesAsync(cancellationToken);

        var user = new UserRecord { UserName = userName, LearnerId = learner.Id, CreatedAt = now };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return result;
        }

        foreach (var role in admin ? new[] { AccountRules.LearnerRole, AccountRules.AdminRole } : [AccountRules.LearnerRole])
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<long>(role));
            }

            result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>A new API token for <paramref name="userName"/> (shown once, stored hashed); null when there is no such user.</summary>
    public async Task<string?> IssueTokenAsync(string userName, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return null;
        }

        var (_, token) = ApiTokens.Issue(db, user.Id, label, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Every account with its roles, by name.</summary>
    public async Task<IReadOnlyList<(UserRecord User, IReadOnlyList<string> Roles)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var memberships = await (from ur in db.UserRoles
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return all.Select(u => (u, (IReadOnlyList<string>)memberships.Where(m => m.UserId == u.Id).Select(m => m.Name!).Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
