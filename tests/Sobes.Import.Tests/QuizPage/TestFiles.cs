using System.Runtime.CompilerServices;
using Sobes.Core.Posts;

namespace Sobes.Import.Tests.QuizPage;

/// <summary>Fixture and seed locations, and reading a fixture through a reader.</summary>
internal static class TestFiles
{
    /// <summary>
    /// A folder beside the calling source file (found through the compiler's caller path), or its copy in the
    /// test output when the sources are not on this machine.
    /// </summary>
    public static string FolderOf(string callerPath, string folder)
    {
        var sourceDir = Path.GetDirectoryName(callerPath)!;
        var beside = Path.Combine(sourceDir, folder);
        return Directory.Exists(beside) || Environment.GetEnvironmentVariable("SOBES_UPDATE_GOLDEN") == "1"
            ? beside
            : Path.Combine(AppContext.BaseDirectory, Path.GetFileName(sourceDir), folder);
    }

    public static string Fixture(string name, [CallerFilePath] string callerPath = "") =>
        Path.Combine(FolderOf(callerPath, "Fixtures"), name);

    public static ImportBatch Read(ISourceReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return reader.ReadBatch(stream, new SourceInfo(Path.GetFileName(path), reader.Format, "test"));
    }

    public static ImportBatch Read(ISourceReader reader, byte[] content, string name = "input")
    {
        using var stream = new MemoryStream(content);
        return reader.ReadBatch(stream, new SourceInfo(name, reader.Format, "test"));
    }

    public static ImportBatch ReadText(ISourceReader reader, string text, string name = "input") =>
        Read(reader, System.Text.Encoding.UTF8.GetBytes(text), name);

    /// <summary>The shared seeds folder (&lt;repo&gt;/../shared/seeds), searched upwards from the sources and from the test output.</summary>
    public static string? SeedsFolder([CallerFilePath] string callerPath = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(callerPath), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        return null;
    }
}
