using Sobes.Testing;

namespace Sobes.Cli.Tests.Options;

public sealed class NumberOptionTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData("search foo --limit -2", "--limit takes a whole number from 1 up, not '-2'")]
    [InlineData("search foo --limit 0", "--limit takes a whole number from 1 up, not '0'")]
    [InlineData("similar 1 --limit -1", "--limit takes a whole number from 1 up, not '-1'")]
    [InlineData("list --limit -1", "--limit takes a whole number from 1 up, not '-1'")]
    [InlineData("list --skip -5", "--skip takes a whole number from 0 up, not '-5'")]
    [InlineData("interview --count 0", "--count takes a whole number from 1 up, not '0'")]
    [InlineData("interview --seconds -30", "--seconds takes a whole number from 1 up, not '-30'")]
    public async Task A_count_below_what_it_can_be_is_refused_naming_the_option(string line, string message)
    {
        var (exit, output) = await CliRun.RunAsync([.. line.Split(' '), "--db", database.FilePath]);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search foo --limit abc", "--limit takes a whole number from 1 up, not 'abc'")]
    [InlineData("list --limit 99999999999", "--limit takes a whole number from 1 up, not '99999999999'")]
    [InlineData("srs simulate --days ten", "--days takes a whole number, not 'ten'")]
    [InlineData("import x.json --max-record-length 1e6", "--max-record-length takes a whole number, not '1e6'")]
    [InlineData("channels add @name --interval 1.5", "--interval takes a whole number, not '1.5'")]
    [InlineData("edit 1 --key first", "--key takes a whole number, not 'first'")]
    [InlineData("srs simulate --retention 0,9", "--retention takes a number such as 0.9 (a point, not a comma), not '0,9'")]
    [InlineData("import x.json --request-interval fast", "--request-interval takes a number such as 0.9 (a point, not a comma), not 'fast'")]
    [InlineData("show first", "ID is an id, a whole number, not 'first'")]
    [InlineData("merge 3 x7", "OTHER is an id, a whole number, not 'x7'")]
    public async Task A_number_option_given_something_else_says_what_it_takes_in_its_own_words(string line, string message)
    {
        var (exit, output) = await CliRun.RunAsync([.. line.Split(' '), "--db", database.FilePath]);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_option_left_out_takes_its_default()
    {
        var (exit, output) = await CliRun.RunAsync("list", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        Assert.Contains("\"total\"", output, StringComparison.Ordinal);
    }
}
