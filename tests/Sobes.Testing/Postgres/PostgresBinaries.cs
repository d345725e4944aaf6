namespace Sobes.Testing;

/// <summary>The newest PostgreSQL installed from Debian's packages (/usr/lib/postgresql/&lt;major&gt;/bin).</summary>
public sealed record PostgresBinaries(int MajorVersion, string BinDirectory)
{
    private const string DebianRoot = "/usr/lib/postgresql";

    private static readonly Lazy<PostgresBinaries?> Installed = new(FindNewest);

    public const string UnavailableReason =
        "PostgreSQL is not installed (no " + DebianRoot + "/<version>/bin/initdb): apt-get install postgresql";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>The newest complete installation, or null when there is none.</summary>
    public static PostgresBinaries? Find() => Installed.Value;

    private static PostgresBinaries? FindNewest()
    {
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        return Directory.EnumerateDirectories(DebianRoot)
            .Select(dir => (Dir: dir, Major: int.TryParse(Path.GetFileName(dir), out var major) ? major : -1))
            .Where(v => v.Major > 0)
            .Select(v => new PostgresBinaries(v.Major, Path.Combine(v.Dir, "bin")))
            .Where(b => File.Exists(b.InitDb) && File.Exists(b.PgCtl) && File.Exists(Path.Combine(b.BinDirectory, "postgres")))
            .OrderByDescending(b => b.MajorVersion)
            .FirstOrDefault();
    }
}
