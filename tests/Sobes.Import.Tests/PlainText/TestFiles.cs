using System.Runtime.CompilerServices;

namespace Sobes.Import.Tests.PlainText;

/// <summary>Finds this folder's fixtures and golden files, and the shared seeds, from wherever the tests run.</summary>
internal static class TestFiles
{
    public static string Folder([CallerFilePath] string sourceFile = "")
    {
        var fromSource = Path.GetDirectoryName(sourceFile);
        if (fromSource is not null && Directory.Exists(Path.Combine(fromSource, "Fixtures")))
        {
            return fromSource;
        }

        var copied = Path.Combine(AppContext.BaseDirectory, "PlainText");
        return Directory.Exists(Path.Combine(copied, "Fixtures"))
            ? copied
            : throw new DirectoryNotFoundException("PlainText test fixtures not found next to the sources or the test binaries");
    }

    public static string Fixture(string name) => Path.Combine(Folder(), "Fixtures", name);

    /// <summary>The shared seeds folder (<c>&lt;repo&gt;/../shared/seeds</c>), or null when this machine has none.</summary>
    public static string? SeedsFolder([CallerFilePath] string sourceFile = "")
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SOBES_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "seeds")))
        {
            return Path.Combine(fromEnvironment, "seeds");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var seeds = Path.Combine(directory.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        return null;
    }
}
