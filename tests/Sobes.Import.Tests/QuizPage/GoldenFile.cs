using System.Runtime.CompilerServices;

namespace Sobes.Import.Tests.QuizPage;

/// <summary>Compares text with a file under the calling test's Golden/ folder (Sobes.Testing's comparison; SOBES_UPDATE_GOLDEN=1 rewrites it).</summary>
internal static class GoldenFile
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerPath = "") =>
        Sobes.Testing.GoldenFile.AssertMatches(actual, Path.Combine(TestFiles.FolderOf(callerPath, "Golden"), name));
}
