using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Editing;

public sealed class EditCommandsTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Edit_changes_the_fields_given_and_search_finds_the_new_title()
    {
        var id = await FirstQuestionAsync();

        var (exit, output) = await CliRun.RunAsync("edit", id, "--title", "Wombat calibration", "--topic", "metrics", "--topic", "validation", "--kind", "note", "--db", database.FilePath);
        var (_, found) = await CliRun.RunAsync("search", "wombat", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        Assert.Contains($"saved #{id} Wombat calibration (note · revision 2 · merged 1 · topics: metrics, validation)", output, StringComparison.Ordinal);
        Assert.Equal(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), JsonDocument.Parse(found).RootElement.GetProperty("hits")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_refused_edit_exits_2_with_a_message_per_field_and_a_missing_item_exits_3()
    {
        var id = await FirstQuestionAsync();

        var (exit, output) = await CliRun.RunAsync("edit", id, "--kind", "poem", "--key", "4", "--db", database.FilePath);
        var (missing, message) = await CliRun.RunAsync("edit", "99999", "--title", "x", "--db", database.FilePath);

        Assert.Equal(2, exit);
        Assert.Contains("error: kind: Unknown kind 'poem'; known: question, note, quiz, problem, case, resource, ad.", output, StringComparison.Ordinal);
        Assert.Contains("error: key: Item " + id + " has no options, so it takes no key.", output, StringComparison.Ordinal);
        Assert.Equal(3, missing);
        Assert.Contains("There is no item 99999.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_then_split_lists_posts_and_restores_two_items()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);
        var (_, list) = await CliRun.RunAsync("list", "--kind", "question", "--limit", "2", "--json", "--db", database.FilePath);
        var items = JsonDocument.Parse(list).RootElement.GetProperty("items");
        var (id, other) = (items[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), items[1].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var (mergeExit, merged) = await CliRun.RunAsync("merge", id, other, "--db", database.FilePath);
        var (selfExit, self) = await CliRun.RunAsync("merge", id, id, "--db", database.FilePath);
        var (_, posts) = await CliRun.RunAsync("split", id, "--db", database.FilePath);
        var second = posts.Split('\n').Select(l => l.Split('│', StringSplitOptions.TrimEntries)).Where(c => c.Length > 2 && long.TryParse(c[1], out _)).Select(c => c[1]).Last();
        var (splitExit, split) = await CliRun.RunAsync("split", id, second, "--db", database.FilePath);

        Assert.Equal((0, 2, 0), (mergeExit, selfExit, splitExit));
        Assert.Contains("· merged 2 ·", merged, StringComparison.Ordinal);
        Assert.Contains($"Item {id} cannot be merged into itself.", self, StringComparison.Ordinal);
        Assert.Contains("split: new item #", split, StringComparison.Ordinal);
        Assert.Contains("· merged 1 ·", split, StringComparison.Ordinal);
    }

    private async Task<string> FirstQuestionAsync()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);
        var (_, list) = await CliRun.RunAsync("list", "--kind", "question", "--limit", "1", "--json", "--db", database.FilePath);
        return JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
