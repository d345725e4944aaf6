using Microsoft.AspNetCore.Identity;

namespace Sobes.Data.Accounts;

/// <summary>The roles and the account rules the web app and the CLI share.</summary>
public static class AccountRules
{
    /// <summary>May import and edit the library (and study).</summary>
    public const string AdminRole = "admin";

    /// <summary>May study: every account has it.</summary>
    public const string LearnerRole = "learner";

    public const int MaxUserNameLength = 64;

    /// <summary>
    /// Length over composition (NIST SP 800-63B): at least 10 characters, 4 of them distinct; five failed
    /// sign-ins lock an account for 15 minutes.
    /// </summary>
    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = 10;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
        options.SignIn.RequireConfirmedAccount = false;
    }
}
