using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Accounts;

/// <summary>
/// Personal API tokens shaped <c>sobes_PREFIX_SECRET</c>: the prefix (12 hex characters) finds the row, the whole
/// token's SHA-256 is compared in constant time. The token itself is shown once and never stored.
/// </summary>
public static class ApiTokens
{
    private const string Scheme = "sobes_";

    /// <summary>Issues a token for a user; returns the row (added to <paramref name="db"/>, not saved) and the token.</summary>
    public static (ApiTokenRecord Record, string Token) Issue(SobesDbContext db, long userId, string name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = $"{Scheme}{prefix}_{secret}";
        var record = new ApiTokenRecord { UserId = userId, Name = name.Trim(), Prefix = prefix, Hash = Hash(token), CreatedAt = now };
        db.ApiTokens.Add(record);
        return (record, token);
    }

    /// <summary>The live (not revoked) token row matching <paramref name="token"/>, or null.</summary>
    public static async Task<ApiTokenRecord?> FindAsync(SobesDbContext db, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (PrefixOf(token) is not { } prefix)
        {
            return null;
        }

        var record = await db.ApiTokens.FirstOrDefaultAsync(t => t.Prefix == prefix, cancellationToken);
        if (record is null || record.RevokedAt is not null)
        {
            return null;
        }

        return Matches(record.Hash, token) ? record : null;
    }

    /// <summary>
    /// Who presents <paramref name="token"/>: the live token's owner with their learner (the whole row, untracked: the
    /// request practises as it, so it needs no second query) and roles, read in one query (this runs on every API
    /// request); null for an unknown, revoked or wrong token.
    /// </summary>
    public static async Task<TokenBearer?> FindBearerAsync(SobesDbContext db, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (PrefixOf(token) is not { } prefix)
        {
            return null;
        }

        var row = await BearerByPrefix.For(db)(db, prefix, cancellationToken);
        if (row is null || !Matches(row.Hash, token))
        {
            return null;
        }

        return new TokenBearer(row.Id, prefix, row.LastUsedAt, row.UserId, row.UserName ?? "", row.Learner,
            row.Roles.OfType<string>().ToList());
    }

    private sealed record BearerRow(long Id, string Hash, DateTimeOffset? LastUsedAt, long UserId, string? UserName, LearnerRecord Learner, List<string?> Roles);

    private static readonly CompiledPerModel<Func<SobesDbContext, string, CancellationToken, Task<BearerRow?>>> BearerByPrefix = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, string prefix, CancellationToken _) => db.ApiTokens.AsNoTracking()
            .Where(t => t.Prefix == prefix && t.RevokedAt == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .Join(db.Learners, x => x.User.LearnerId, l => l.Id, (x, l) => new BearerRow(
                x.Token.Id,
                x.Token.Hash,
                x.Token.LastUsedAt,
                x.User.Id,
                x.User.UserName,
                l,
                db.UserRoles.Where(ur => ur.UserId == x.User.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList()))
            .FirstOrDefault()));

    /// <summary>Records that the token was used now, without reading it again.</summary>
    public static Task MarkUsedAsync(SobesDbContext db, long tokenId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
    }

    private static bool Matches(string storedHash, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string? PrefixOf(string token)
    {
        if (!token.StartsWith(Scheme, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }

        var end = token.IndexOf('_', Scheme.Length);
        return end == Scheme.Length + 12 ? token[Scheme.Length..end] : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The owner of a live API token as a request needs them: who, as which learner (read with the token, untracked), with which roles.</summary>
public sealed record TokenBearer(long TokenId, string Prefix, DateTimeOffset? LastUsedAt, long UserId, string UserName, LearnerRecord Learner,
    IReadOnlyList<string> Roles)
{
    public long LearnerId => Learner.Id;
}
