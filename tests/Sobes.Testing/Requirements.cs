using Xunit;
using Xunit.Sdk;

namespace Sobes.Testing;

/// <summary>
/// Decides what a test does when an external part it needs (PostgreSQL, Chromium) is missing:
/// skip by default, fail when SOBES_REQUIRE_ALL=1 (CI sets it so a broken image cannot pass by skipping).
/// Call it from a [SkippableFact] or [SkippableTheory].
/// </summary>
public static class Requirements
{
    public const string RequireAllVariable = "SOBES_REQUIRE_ALL";

    /// <summary>True when SOBES_REQUIRE_ALL=1.</summary>
    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <param name="available">Whether the part is there.</param>
    /// <param name="what">What is missing and how to get it, e.g. "PostgreSQL is not installed: apt-get install postgresql".</param>
    public static void SkipUnless(bool available, string what) => SkipUnless(available, what, RequireAll);

    internal static void SkipUnless(bool available, string what, bool requireAll)
    {
        if (available)
        {
            return;
        }

        if (requireAll)
        {
            throw new XunitException($"{RequireAllVariable}=1 but {what}");
        }

        Skip.If(true, $"{what} (set {RequireAllVariable}=1 to fail instead of skipping)");
    }
}
