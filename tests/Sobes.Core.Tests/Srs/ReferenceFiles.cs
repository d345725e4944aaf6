using System.Runtime.CompilerServices;

namespace Sobes.Core.Tests.Srs;

/// <summary>
/// Finds <c>shared/reference</c>, the sibling of the repository, walking up from the test's base directory
/// and, when the build output lives elsewhere (an artifacts path), from this source file's folder.
/// </summary>
internal static class ReferenceFiles
{
    public static string SchedulerCases => Path.Combine(Root(), "fsrs", "scheduler-cases.json");

    public static string RevlogSample => Path.Combine(Root(), "fsrs", "revlog-sample.csv");

    public static string RevlogSampleFit => Path.Combine(Root(), "fsrs", "revlog-sample.fit.json");

    private static string Root([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "reference");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/reference not found above " + AppContext.BaseDirectory);
    }
}
