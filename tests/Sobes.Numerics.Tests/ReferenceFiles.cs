using System.Runtime.CompilerServices;

namespace Sobes.Numerics.Tests;

/// <summary>
/// Finds <c>shared/reference</c>, the sibling of the repository, by walking up from the test binaries
/// and, when they are built outside the tree (<c>--artifacts-path</c>), from this source file.
/// </summary>
internal static class ReferenceFiles
{
    public static string PathOf(string relative, [CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "reference", relative);
                if (File.Exists(candidate)) { return candidate; }
            }
        }

        throw new FileNotFoundException($"shared/reference/{relative} not found above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
