namespace Sobes.Testing;

/// <summary>Debian's Chromium for browser tests, and the flags the project launches it with.</summary>
public static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The first installed Chromium binary, or null.</summary>
    public static string? ExecutablePath { get; } = Candidates.FirstOrDefault(File.Exists);

    public static bool IsAvailable => ExecutablePath is not null;

    public const string UnavailableReason = "Chromium is not installed: apt-get install chromium";

    /// <summary>Headless, sandbox-less (we run as root in CI) and quiet: nothing may reach the network.</summary>
    public static IReadOnlyList<string> LaunchArgs { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];
}
