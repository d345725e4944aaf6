using System.Reflection;

namespace Sobes.Testing;

/// <summary>Where the repository and the shared read-only material are, wherever the tests were built to.</summary>
public static class TestPaths
{
    private const string SolutionFile = "Sobes.slnx";

    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    /// <summary>
    /// The folder holding Sobes.slnx: found by walking up from the test binaries, then from the working
    /// directory, then taken from the path Sobes.Testing was built from (builds with --artifacts-path
    /// put the binaries outside the repository). SOBES_REPO_ROOT overrides all three.
    /// </summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary><c>RepoRoot/../shared</c>, or null when it is missing.</summary>
    public static string? SharedFolder => ExistingOrNull(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary><c>shared/seeds</c>, or null when it is missing.</summary>
    public static string? SeedsFolder => SharedFolder is { } shared ? ExistingOrNull(Path.Combine(shared, "seeds")) : null;

    /// <summary><c>shared/reference</c>, or null when it is missing.</summary>
    public static string? ReferenceFolder => SharedFolder is { } shared ? ExistingOrNull(Path.Combine(shared, "reference")) : null;

    /// <summary>The source folder of a test project, e.g. <c>TestProject("Sobes.Import.Tests")</c>.</summary>
    public static string TestProject(string projectName) => Path.Combine(RepoRoot, "tests", projectName);

    private static string FindRepoRoot()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SOBES_REPO_ROOT"),
            WalkUp(AppContext.BaseDirectory),
            WalkUp(Environment.CurrentDirectory),
            WalkUp(BuiltFrom()),
        };
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, SolutionFile)))
            ?? throw new DirectoryNotFoundException(
                $"No {SolutionFile} above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; set SOBES_REPO_ROOT.");
    }

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? BuiltFrom() => typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "SobesRepoRoot")?.Value;

    private static string? ExistingOrNull(string path) =>
        Directory.Exists(path) ? Path.GetFullPath(path) : null;
}
