using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Owning;

public sealed class OwnershipCommandsTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    private Task<(int Exit, string Output)> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", database.FilePath]);

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (exit, output) = await RunAsync([.. args, "--json"]);
        Assert.Equal(0, exit);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public async Task Delete_hides_items_from_list_search_and_export_and_restore_brings_them_back()
    {
        await RunAsync("import", "--sample");
        var first = (await JsonAsync("list", "--limit", "1")).GetProperty("items")[0];
        var id = first.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var total = (await JsonAsync("list")).GetProperty("total").GetInt32();

        var (exit, output) = await RunAsync("delete", id);

        Assert.Equal(0, exit);
        Assert.Contains($"deleted 1 items (#{id})", output, StringComparison.Ordinal);
        Assert.Equal(total - 1, (await JsonAsync("list")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await JsonAsync("list", "--deleted")).GetProperty("total").GetInt32());
        var (_, export) = await RunAsync("export", "--format", "jsonl");
        Assert.DoesNotContain($"{{\"id\":{id},", export, StringComparison.Ordinal);

        var restore = await JsonAsync("restore", id);

        Assert.Equal(JsonValueKind.Array, restore.GetProperty("changed").ValueKind);
        Assert.Equal(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), restore.GetProperty("changed")[0].GetInt64());
        Assert.Equal(total, (await JsonAsync("list")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Delete_sample_removes_the_sample_in_one_action_and_sources_shows_it_deleted()
    {
        await RunAsync("import", "--sample");

        var (exit, output) = await RunAsync("delete", "--sample");

        Assert.Equal(0, exit);
        Assert.Contains("deleted 1 sources", output, StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync("list")).GetProperty("total").GetInt32());
        var source = (await JsonAsync("sources"))[0];
        Assert.True(source.GetProperty("sample").GetBoolean());
        Assert.Equal(0, source.GetProperty("items").GetInt32());
        Assert.True(source.GetProperty("deleted_items").GetInt32() >= 25);
        Assert.NotEqual(JsonValueKind.Null, source.GetProperty("deleted_at").ValueKind);

        var (restored, _) = await RunAsync("restore", "--source", "sobes-sample.json");
        Assert.Equal(0, restored);
        Assert.True((await JsonAsync("list")).GetProperty("total").GetInt32() >= 25);
    }

    [Fact]
    public async Task A_bulk_delete_needs_a_filter_and_a_missing_item_or_source_is_named()
    {
        await RunAsync("import", "--sample");

        var (unfiltered, message) = await RunAsync("delete", "--matching");
        var (missing, named) = await RunAsync("delete", "999999");
        var (noSource, source) = await RunAsync("restore", "--source", "nowhere.json");
        var (bulk, _) = await RunAsync("delete", "--matching", "--kind", "ad");

        Assert.Equal(2, unfiltered);
        Assert.Contains("--matching needs a filter", message, StringComparison.Ordinal);
        Assert.Equal(3, missing);
        Assert.Contains("no item 999999", named, StringComparison.Ordinal);
        Assert.Equal(3, noSource);
        Assert.Contains("no source 'nowhere.json'", source, StringComparison.Ordinal);
        Assert.Equal(0, bulk);
        Assert.Equal(0, (await JsonAsync("list", "--kind", "ad")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Review_lists_the_queue_with_reasons_and_dismiss_takes_an_item_out()
    {
        await RunAsync("import", "--sample");
        var queue = await JsonAsync("review", "--limit", "5");
        var total = queue.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        var item = queue.GetProperty("items")[0];
        Assert.NotEmpty(item.GetProperty("review").EnumerateArray());
        var id = item.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, output) = await RunAsync("review", "dismiss", id);

        Assert.Equal(0, exit);
        Assert.Contains("dismissed 1 items", output, StringComparison.Ordinal);
        Assert.Equal(total - 1, (await JsonAsync("review")).GetProperty("total").GetInt32());
        var (_, table) = await RunAsync("review");
        Assert.Contains("sobes review dismiss", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reanalyze_reports_by_field_and_a_dry_run_says_would()
    {
        await RunAsync("import", "--sample");

        var dry = await JsonAsync("reanalyze", "--dry-run");
        var (exit, output) = await RunAsync("reanalyze");

        Assert.True(dry.GetProperty("dry_run").GetBoolean());
        Assert.True(dry.GetProperty("items").GetInt32() >= 25);
        Assert.Equal(JsonValueKind.Object, dry.GetProperty("fields").ValueKind);
        Assert.Equal(0, exit);
        Assert.Contains("items read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_sorts_newest_first_when_asked_and_refuses_an_unknown_sort()
    {
        await RunAsync("import", "--sample");

        var byId = (await JsonAsync("list", "--limit", "200")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        var newest = (await JsonAsync("list", "--limit", "200", "--sort", "newest")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("posted_at").GetDateTimeOffset()).ToList();
        var (bad, message) = await RunAsync("list", "--sort", "sideways");

        Assert.Equal(byId.Order().ToList(), byId);
        Assert.Equal(newest.OrderDescending().ToList(), newest);
        Assert.Equal(2, bad);
        Assert.Contains("unknown sort 'sideways'", message, StringComparison.Ordinal);
    }
}
