using Microsoft.AspNetCore.Identity;

namespace Sobes.Data.Accounts;

/// <summary>A server-mode account. Each user practises as a learner of their own, created with the account.</summary>
public sealed class UserRecord : IdentityUser<long>
{
    public long LearnerId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A personal API token. Only its SHA-256 hash is kept; the prefix (the part before the secret) finds the row,
/// so a token is checked with one indexed lookup and a constant-time comparison.
/// </summary>
public sealed class ApiTokenRecord
{
    public long Id { get; set; }

    public long UserId { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
