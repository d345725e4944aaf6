namespace Sobes.Testing;

/// <summary>
/// initdb and postgres refuse to run as root, so under root (CI, these machines) every server
/// command runs as the `postgres` system user that Debian's package creates.
/// </summary>
internal static class ServerUser
{
    public const string Name = "postgres";

    public static bool IsRoot { get; } = Environment.UserName == "root";

    public static bool Exists() =>
        File.Exists("/etc/passwd")
        && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(Name + ":", StringComparison.Ordinal));

    public static void EnsureUsable()
    {
        if (IsRoot && !Exists())
        {
            throw new InvalidOperationException(
                $"Running as root, so PostgreSQL must run as the '{Name}' system user, which does not exist: "
                + "reinstall the postgresql package (apt-get install --reinstall postgresql-common) or run the tests as a normal user.");
        }
    }

    public static async Task GiveAsync(string directory, CancellationToken cancellationToken)
    {
        if (IsRoot)
        {
            await ServerProcess.RunCheckedAsync("chown", [$"{Name}:", directory], directory, asServerUser: false,
                TimeSpan.FromSeconds(30), cancellationToken);
        }
    }
}
