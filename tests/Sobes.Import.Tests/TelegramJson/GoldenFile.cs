using System.Runtime.CompilerServices;

namespace Sobes.Import.Tests.TelegramJson;

/// <summary>Compares text with a file in the calling test file's Golden/ folder; SOBES_UPDATE_GOLDEN=1 rewrites the file instead (Sobes.Testing's comparison).</summary>
internal static class GoldenFile
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "") =>
        Sobes.Testing.GoldenFile.AssertMatches(actual, Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden", name));

    /// <summary>A fixture under Fixtures/ next to the calling test file.</summary>
    public static string Fixture(string name, [CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Fixtures", name);
}
