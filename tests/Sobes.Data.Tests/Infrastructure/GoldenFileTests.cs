using Sobes.Testing;
using Xunit.Sdk;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class GoldenFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sobes-golden-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Equal_text_passes_whatever_the_line_endings()
    {
        var path = Write("alpha\nbeta\n");

        GoldenFile.AssertMatches("alpha\r\nbeta", path, update: false);
    }

    [Fact]
    public void Different_text_fails_naming_the_file_and_the_line()
    {
        var path = Write("alpha\nbeta\ngamma\n");

        var error = Assert.Throws<XunitException>(() => GoldenFile.AssertMatches("alpha\nBETA\ngamma", path, update: false));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("- beta", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ BETA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_fails_naming_the_file()
    {
        var path = Path.Combine(_folder, "absent.txt");

        var error = Assert.Throws<XunitException>(() => GoldenFile.AssertMatches("text", path, update: false));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_mode_rewrites_the_file_with_lf_endings()
    {
        var path = Path.Combine(_folder, "sub", "new.txt");

        GoldenFile.AssertMatches("one\r\ntwo", path, update: true);

        Assert.Equal("one\ntwo\n", File.ReadAllText(path));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "expected.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
