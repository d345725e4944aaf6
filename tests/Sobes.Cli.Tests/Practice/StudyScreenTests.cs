using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

public sealed class StudyScreenTests
{
    [Fact]
    public async Task Space_reveals_the_answer_and_a_grade_is_logged_before_the_next_card()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('3');
        console.Input.PushCharacter('q');

        var (exit, output) = await cli.RunAsync(console, "study", "--type", "flashcard");

        Assert.Equal(0, exit);
        Assert.Contains("Answer", output, StringComparison.Ordinal);
        Assert.Contains("Session over: 1 answered", output, StringComparison.Ordinal);
        await using var db = cli.Context();
        var entry = await db.ReviewLog.SingleAsync();
        Assert.Equal(3, entry.Rating);
    }

    [Fact]
    public async Task U_undoes_the_last_answer_and_shows_that_card_again()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('1');
        console.Input.PushCharacter('u');
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('4');
        console.Input.PushCharacter('q');

        await cli.RunAsync(console, "study", "--type", "flashcard");

        await using var db = cli.Context();
        var log = await db.ReviewLog.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([ReviewKind.Review, ReviewKind.Undo, ReviewKind.Review], log.Select(r => r.Kind));
        Assert.True(log[0].Undone);
        Assert.Equal(log[0].CardId, log[2].CardId);
        Assert.Equal(4, log[2].Rating);
        Assert.Equal(1, (await db.Cards.SingleAsync(c => c.Id == log[0].CardId)).Reps);
    }

    [Fact]
    public async Task The_terminal_counts_todays_answers_as_the_page_does_across_sessions()
    {
        using var cli = await PracticeCli.CreateAsync();
        var first = new TestConsole().Interactive();
        first.Input.PushKey(ConsoleKey.Spacebar);
        first.Input.PushCharacter('3');
        first.Input.PushCharacter('q');
        var (_, before) = await cli.RunAsync(first, "study", "--type", "flashcard");
        var second = new TestConsole().Interactive();
        second.Input.PushCharacter('q');

        var (_, after) = await cli.RunAsync(second, "study", "--type", "flashcard");

        Assert.Contains("1/3 · flashcard", before, StringComparison.Ordinal);
        Assert.Contains("2/3 · flashcard", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_keys_work_with_the_russian_layout_on()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('1');
        console.Input.PushKey(Russian('г'));
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('4');
        console.Input.PushKey(Russian('а'));
        console.Input.PushKey(Russian('й'));

        var (_, output) = await cli.RunAsync(console, "study", "--type", "flashcard");

        await using var db = cli.Context();
        var log = await db.ReviewLog.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([ReviewKind.Review, ReviewKind.Undo, ReviewKind.Review], log.Select(r => r.Kind));
        Assert.Single(await db.CardFlags.ToListAsync());
        Assert.Contains("Session over: 1 answered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grades_show_when_the_card_would_come_back_and_an_empty_cloze_answer_is_i_dont_know()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushTextWithEnter("q");

        var (_, output) = await cli.RunAsync(console, "study", "--type", "cloze");

        Assert.Contains("Wrong.", output, StringComparison.Ordinal);
        Assert.Matches(@"1 again \(\d+ min\) · 2 hard \(\d+ min\) · 3 good \(\d+ min\) · 4 easy \(\d+ d\)", output);
        await using var db = cli.Context();
        Assert.Equal((1, (bool?)false), await db.ReviewLog.Select(r => ValueTuple.Create(r.Rating, r.Correct)).SingleAsync());
    }

    [Fact]
    public async Task F_flags_a_card_so_it_is_not_generated_again()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("f");
        console.Input.PushTextWithEnter("q");

        await cli.RunAsync(console, "study", "--type", "cloze");

        await using var db = cli.Context();
        var flag = await db.CardFlags.SingleAsync();
        Assert.StartsWith("cloze:", flag.GeneratorKey, StringComparison.Ordinal);
        Assert.True((await db.Cards.SingleAsync(c => c.GeneratorKey == flag.GeneratorKey && c.ItemId == flag.ItemId)).Suspended);
    }

    [Fact]
    public async Task A_typed_cloze_answer_is_checked_and_rated_automatically()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("not the term");
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushTextWithEnter("q");

        var (_, output) = await cli.RunAsync(console, "study", "--type", "cloze");

        Assert.Contains("Wrong.", output, StringComparison.Ordinal);
        await using var db = cli.Context();
        var entry = await db.ReviewLog.SingleAsync();
        Assert.Equal((1, false, "not the term"), (entry.Rating, entry.Correct, entry.AnswerText));
    }

    [Fact]
    public async Task An_interview_keeps_the_typed_answer_and_reports_per_topic()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("my answer");
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushCharacter('3');
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushCharacter('q');

        var (exit, output) = await cli.RunAsync(console, "interview", "--count", "2", "--seconds", "60");

        Assert.Equal(0, exit);
        Assert.Contains("Reference answer", output, StringComparison.Ordinal);
        Assert.Contains("Interview report", output, StringComparison.Ordinal);
        Assert.Contains("1 answered, 1 passed", output, StringComparison.Ordinal);
        await using var db = cli.Context();
        Assert.Equal("my answer", (await db.ReviewLog.SingleAsync()).AnswerText);
    }

    [Fact]
    public async Task Progress_reports_reviews_as_json()
    {
        using var cli = await PracticeCli.CreateAsync();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushCharacter('3');
        console.Input.PushCharacter('q');
        await cli.RunAsync(console, "study", "--type", "flashcard");

        var (exit, output) = await cli.RunAsync(new TestConsole(), "progress", "--json");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var progress = json.RootElement.GetProperty("progress");
        Assert.Equal(1, progress.GetProperty("streak").GetInt32());
        Assert.Equal(1, progress.GetProperty("reviews_per_day").GetProperty("2026-11-02").GetInt32());
    }

    // A key of the Russian layout as a Linux terminal reports it: the Cyrillic character, no console key.
    private static ConsoleKeyInfo Russian(char c) => new(c, default, false, false, false);
}
