using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
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

        var expected = Encoding.ASCII.GetBytes(record.Hash);
        var actual = Encoding.ASCII.GetBytes(Hash(token));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? record : null;
    }

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
