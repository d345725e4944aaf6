using Xunit.Sdk;

namespace Sobes.Testing;

/// <summary>
/// Compares text with a golden file. Line endings are normalised to LF and trailing newlines ignored.
/// With SOBES_UPDATE_GOLDEN=1 the file is (re)written instead and the assertion passes.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "SOBES_UPDATE_GOLDEN";

    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="goldenPath">Absolute, or relative to <see cref="TestPaths.RepoRoot"/>
    /// (e.g. "tests/Sobes.Import.Tests/Golden/telegram.txt").</param>
    public static void AssertMatches(string actual, string goldenPath) =>
        AssertMatches(actual, goldenPath, Environment.GetEnvironmentVariable(UpdateVariable) == "1");

    internal static void AssertMatches(string actual, string goldenPath, bool update)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(goldenPath);
        var path = Path.IsPathRooted(goldenPath) ? goldenPath : Path.Combine(TestPaths.RepoRoot, goldenPath);
        var normalisedActual = Normalise(actual);

        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, normalisedActual + "\n");
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"Golden file {path} does not exist; run with {UpdateVariable}=1 to create it.");
        }

        var expected = Normalise(File.ReadAllText(path));
        if (expected != normalisedActual)
        {
            throw new XunitException(
                $"Text differs from golden file {path} (run with {UpdateVariable}=1 to accept it):\n"
                + GoldenDiff.Describe(expected, normalisedActual));
        }
    }

    private static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');
}
