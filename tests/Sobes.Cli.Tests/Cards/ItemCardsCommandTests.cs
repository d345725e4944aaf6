using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Cli.Tests.Practice;
using Sobes.Core.Cards;
using Sobes.Data.Storage;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Cards;

public sealed class ItemCardsCommandTests
{
    [Fact]
    public async Task Cards_list_shows_an_items_cards_and_suspend_and_unsuspend_take_one_out_of_practice_and_back()
    {
        using var cli = await PracticeCli.CreateAsync();
        long itemId;
        await using (var db = cli.Context())
        {
            itemId = await db.Items.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        }

        var listed = await ListAsync(cli, itemId);
        var card = listed.GetProperty("cards").EnumerateArray().First(c => c.GetProperty("type").GetString() == "flashcard");
        var cardId = card.GetProperty("card_id").GetInt64();
        Assert.False(card.GetProperty("suspended").GetBoolean());

        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "suspend", $"{cardId}");

        Assert.Equal(0, exit);
        Assert.Contains("suspended", output, StringComparison.Ordinal);
        Assert.True(Card(await ListAsync(cli, itemId), cardId).GetProperty("suspended").GetBoolean());
        var exported = (await cli.RunAsync(new TestConsole(), "cards", "export", "--all")).Output;
        Assert.Contains(exported.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains($"\"id\":{cardId},", StringComparison.Ordinal) && l.Contains("\"suspended\":true", StringComparison.Ordinal));

        Assert.Equal(0, (await cli.RunAsync(new TestConsole(), "cards", "unsuspend", $"{cardId}")).Exit);
        Assert.False(Card(await ListAsync(cli, itemId), cardId).GetProperty("suspended").GetBoolean());
        Assert.Equal(3, (await cli.RunAsync(new TestConsole(), "cards", "suspend", "987654")).Exit);
        Assert.Equal(3, (await cli.RunAsync(new TestConsole(), "cards", "list", "987654")).Exit);
    }

    [Fact]
    public async Task Progress_json_counts_solved_problems()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "progress", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("progress").GetProperty("solved_problems").GetInt32());
    }

    [Fact]
    public async Task In_the_terminal_a_quiz_where_only_the_crowds_pick_is_known_says_so_and_enter_accepts_the_crowds_grade()
    {
        using var cli = await PracticeCli.CreateAsync();
        long itemId;
        await using (var db = cli.Context())
        {
            var quiz = new ItemRecord
            {
                Kind = "quiz", KindRule = "test", Title = "Какая метрика не зависит от порога?", Question = "Какая метрика не зависит от порога?",
                Body = "Какая метрика не зависит от порога?", Language = "ru", Topics = "|metrics|", KeyOption = 1, KeySource = Core.Library.KeySource.Crowd,
                OptionsJson = """[{"text":"Accuracy","share":0.2},{"text":"ROC AUC","share":0.7},{"text":"F1","share":0.1}]""",
                CreatedAt = PracticeCli.Now, UpdatedAt = PracticeCli.Now,
            };
            db.Items.Add(quiz);
            await db.SaveChangesAsync();
            itemId = quiz.Id;
        }

        var cardId = (await ListAsync(cli, itemId)).GetProperty("cards")[0].GetProperty("card_id").GetInt64();
        var place = ChoiceShuffle.Order(cardId, 0, 3).ToList().IndexOf(1) + 1;
        var console = new TestConsole().Interactive();
        console.Input.PushCharacter((char)('0' + place));
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushCharacter('q');

        var (exit, output) = await cli.RunAsync(console, "study", "--type", "multiple-choice");

        Assert.Equal(0, exit);
        Assert.Contains("Only the crowd's pick is known", output, StringComparison.Ordinal);
        Assert.Contains("suggested grade Good", output, StringComparison.Ordinal);
        await using var read = cli.Context();
        var entry = await read.ReviewLog.SingleAsync();
        Assert.Equal((cardId, 3, "ROC AUC"), (entry.CardId, entry.Rating, entry.AnswerText));
    }

    private static JsonElement Card(JsonElement listed, long cardId) =>
        listed.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("card_id").GetInt64() == cardId);

    private static async Task<JsonElement> ListAsync(PracticeCli cli, long itemId)
    {
        var (exit, output) = await cli.RunAsync(new TestConsole(), "cards", "list", $"{itemId}", "--json");
        Assert.True(exit == 0, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
