using Sobes.Testing;

namespace Sobes.Cli.Tests.Search;

public sealed class SearchLimitTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_search_of_1100_words_is_refused_with_a_message_instead_of_a_crash()
    {
        var words = Enumerable.Range(0, 1100).Select(i => "слово" + i).ToArray();

        var (exit, output) = await CliRun.RunAsync(["search", .. words, "--db", database.FilePath]);

        Assert.Equal(2, exit);
        Assert.Contains("A search takes at most", output, StringComparison.Ordinal);
    }
}
