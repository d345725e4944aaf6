using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Cli.Tests.Practice;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Cards;

public sealed class CardsCommandTests
{
    private static readonly string[] Fields = ["id", "item_id", "type", "generator_key", "prompt", "answer", "key", "options", "pairs", "topic", "language"];

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Cards_export_writes_the_local_learners_cards_as_json_lines_in_id_order_with_the_documented_fields()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "export");

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(Fields, l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(lines.Select(l => l.GetProperty("id").GetInt64()).Order(), lines.Select(l => l.GetProperty("id").GetInt64()));
        var flashcard = lines.First(l => l.GetProperty("type").GetString() == "flashcard");
        Assert.Equal("flashcard", flashcard.GetProperty("generator_key").GetString());
        Assert.Equal(JsonValueKind.Null, flashcard.GetProperty("key").ValueKind);
        Assert.Equal(0, flashcard.GetProperty("options").GetArrayLength());
        Assert.Equal("ru", flashcard.GetProperty("language").GetString());
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "cloze");
    }

    [Fact]
    public async Task Cards_export_leaves_out_suspended_cards_unless_asked_for_all()
    {
        using var cli = await PracticeCli.CreateAsync();
        var all = Lines((await cli.RunAsync(new TestConsole(), "cards", "export")).Output);
        await using (var db = cli.Context())
        {
            var card = await db.Cards.FirstAsync(c => c.Id == all[0].GetProperty("id").GetInt64());
            (card.Suspended, card.Flagged) = (true, true);
            await db.SaveChangesAsync();
        }

        var practised = Lines((await cli.RunAsync(new TestConsole(), "cards", "export")).Output);
        var withSuspended = Lines((await cli.RunAsync(new TestConsole(), "cards", "export", "--all")).Output);

        Assert.Equal(all.Count - 1, practised.Count);
        Assert.Equal(all.Count, withSuspended.Count);
        Assert.True(withSuspended[0].GetProperty("suspended").GetBoolean());
        Assert.False(withSuspended[1].GetProperty("suspended").GetBoolean());
    }

    [Fact]
    public async Task Cards_export_for_an_account_name_writes_that_users_learners_cards()
    {
        using var cli = await PracticeCli.CreateAsync();
        Assert.Equal(0, await SobesCli.RunAsync(["users", "add", "ann", "--password-stdin", "--db", cli.DbPath], new TestConsole(), cli.Time, new StringReader("long enough password\n")));

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "export", "--learner", "ann");

        Assert.Equal(0, exit);
        var ids = Lines(output).Select(l => l.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(ids);
        await using var db = cli.Context();
        var learner = (await db.Users.SingleAsync(u => u.UserName == "ann")).LearnerId;
        Assert.Equal(ids.Count, await db.Cards.CountAsync(c => ids.Contains(c.Id) && c.LearnerId == learner));
    }

    [Fact]
    public async Task Cards_export_for_an_unknown_learner_exits_3()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "export", "--learner", "nobody");

        Assert.Equal(3, exit);
        Assert.Contains("no learner nobody", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cards_export_to_a_file_writes_it_whole_and_leaves_no_temporary_file()
    {
        using var cli = await PracticeCli.CreateAsync();
        var path = Path.Combine(Path.GetDirectoryName(cli.DbPath)!, "cards.jsonl");

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "export", "--output", path);

        Assert.Equal(0, exit);
        Assert.Contains("exported", output, StringComparison.Ordinal);
        Assert.NotEmpty(Lines(await File.ReadAllTextAsync(path)));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public async Task Cards_audit_reports_cards_per_type_and_refusals_per_rule()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "audit", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("answered_items").GetInt32());
        Assert.True(root.GetProperty("cards").GetProperty("flashcard").GetInt32() >= 3);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("refusals").ValueKind);
        Assert.True(root.GetProperty("cards_per_answered_item").GetDouble() >= 1);
    }
}
