using System.Runtime.CompilerServices;

namespace Sobes.Import.Tests.QuizPage;

/// <summary>Compares text with a file under the calling test's Golden/ folder; SOBES_UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class GoldenFile
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(TestFiles.FolderOf(callerPath, "Golden"), name);
        var normalised = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SOBES_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalised);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with SOBES_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalised)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = normalised.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
                .FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"{name} differs from its golden file at line {first + 1}:\n" +
                $"expected: {expectedLines.ElementAtOrDefault(first)}\nactual:   {actualLines.ElementAtOrDefault(first)}\n" +
                "(run with SOBES_UPDATE_GOLDEN=1 to accept)");
        }
    }
}
