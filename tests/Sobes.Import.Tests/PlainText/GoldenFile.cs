namespace Sobes.Import.Tests.PlainText;

/// <summary>Compares text with a file under Golden/ (Sobes.Testing's comparison; SOBES_UPDATE_GOLDEN=1 rewrites it).</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual) =>
        Sobes.Testing.GoldenFile.AssertMatches(actual, Path.Combine(TestFiles.Folder(), "Golden", name));
}
