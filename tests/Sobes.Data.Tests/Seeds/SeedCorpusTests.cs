using System.Text.RegularExpressions;
using Sobes.Data.Library;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Seeds;

/// <summary>Imports every real dump in ../shared/seeds and checks what a learner would see.</summary>
public sealed partial class SeedCorpusTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task Seeds_import_into_a_clean_library()
    {
        var items = await ImportSeedsAsync();

        Assert.True(items.Count >= 40, $"only {items.Count} items");
        foreach (var item in items)
        {
            foreach (var line in Lines(item))
            {
                Assert.False(IsChrome(line), $"chrome survived in item {item.Id} ({item.Title}): '{line}'");
            }
        }
    }

    [SkippableFact]
    public async Task The_four_polls_are_quizzes_with_their_vote_shares()
    {
        var items = await ImportSeedsAsync();

        var quizzes = items.Where(i => i.Kind == "quiz").ToList();
        Assert.Equal(4, quizzes.Count);
        foreach (var quiz in quizzes)
        {
            Assert.Equal(4, quiz.Options.Count);
            Assert.All(quiz.Options, o => Assert.NotNull(o.Share));
            Assert.InRange(quiz.Options.Sum(o => o.Share!.Value), 0.97, 1.03);
            Assert.Equal(Sobes.Core.Library.KeySource.Crowd, quiz.Key?.Source);
        }
    }

    [SkippableFact]
    public async Task Promotions_are_ads()
    {
        var items = await ImportSeedsAsync();

        var promotions = items.Where(i => i.Body.Contains('₽', StringComparison.Ordinal) || i.Body.Contains("скидк", StringComparison.OrdinalIgnoreCase) || i.Body.Contains("рассылк", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(promotions.Count >= 3, $"{promotions.Count} promotions found");
        Assert.All(promotions, p => Assert.Equal("ad", p.Kind));
    }

    [SkippableFact]
    public async Task Twice_rendered_posts_are_one_item_that_keeps_its_question_title()
    {
        var items = await ImportSeedsAsync();

        foreach (var words in new[] { "Q-обучение", "смещение в датасетах", "доверительный интервал", "байесовский вывод", "обучать модель с нуля" })
        {
            var matching = items.Where(i => i.Title.Contains(words, StringComparison.OrdinalIgnoreCase) || (i.Question ?? "").Contains(words, StringComparison.OrdinalIgnoreCase)).ToList();
            var item = Assert.Single(matching);
            Assert.Contains(words, item.Title, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, items.Count(i => i.Body.Contains(FirstAnswerLine(item), StringComparison.Ordinal)));
        }
    }

    [SkippableFact]
    public async Task Quiz_page_notes_are_not_doubled()
    {
        var items = await ImportSeedsAsync();

        var notes = items.Where(i => i.Sources.Any(s => s.Source.StartsWith("002_", StringComparison.Ordinal)) && i.Kind == "note").ToList();
        Assert.True(notes.Count >= 10, $"{notes.Count} note sections");
        var titles = notes.Select(n => n.Title.ToLowerInvariant()).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.DoesNotContain(items, i => i.Body.Contains("###", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_card_deck_task_is_one_problem_and_the_process_description_is_a_case()
    {
        var items = await ImportSeedsAsync();

        var deck = Assert.Single(items, i => i.Body.Contains("52 карт", StringComparison.Ordinal));
        Assert.Equal("problem", deck.Kind);
        Assert.Equal("card-hand", deck.Generator);
        var process = Assert.Single(items, i => i.Body.Contains("target.csv", StringComparison.Ordinal));
        Assert.Equal("case", process.Kind);
    }

    [SkippableFact]
    public async Task Kinds_on_the_channel_seeds_are_within_three_of_a_hand_annotation()
    {
        var items = await ImportSeedsAsync();

        // A hand annotation of seeds 000, 001, 003 and 004 (56 items).
        var annotated = new Dictionary<string, int> { ["question"] = 16, ["note"] = 10, ["quiz"] = 4, ["problem"] = 4, ["case"] = 3, ["resource"] = 16, ["ad"] = 3 };
        var channel = items.Where(i => i.Sources.Any(s => s.Source[..4] is "000_" or "001_" or "003_" or "004_")).ToList();
        var counts = channel.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        var off = annotated.Sum(a => Math.Abs(counts.GetValueOrDefault(a.Key) - a.Value));

        Assert.Equal(56, channel.Count);
        Assert.True(off <= 3, $"{off} off: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
    }

    [SkippableFact]
    public async Task No_title_is_an_answers_opening_words_or_a_bare_link()
    {
        var items = await ImportSeedsAsync();

        Assert.DoesNotContain(items, i => AnswerOpening().IsMatch(i.Title) || i.Title.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains(items, i => i.TitleInferred);
    }

    private static string FirstAnswerLine(ItemView item) =>
        (item.Answer ?? item.Body).Split('\n').First(l => l.Trim().Length > 20).Trim();

    private async Task<IReadOnlyList<ItemView>> ImportSeedsAsync()
    {
        Requirements.SkipUnless(TestPaths.SeedsFolder is not null, "the seed dumps in ../shared/seeds are missing");
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        var report = await library.Importer.ImportAsync([TestPaths.SeedsFolder!]);
        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        await using var db = library.Context();
        var items = new List<ItemView>();
        await foreach (var item in LibraryQueries.StreamAsync(db, LibraryFilter.All))
        {
            items.Add(item);
        }

        return items;
    }

    private static IEnumerable<string> Lines(ItemView item) =>
        new[] { item.Title, item.Question ?? "", item.Answer ?? "", item.Body }.Concat(item.Options.Select(o => o.Text)).SelectMany(t => t.Split('\n'));

    private static bool IsChrome(string line)
    {
        var t = line.Trim();
        return t.Contains("Please open Telegram", StringComparison.OrdinalIgnoreCase) || t.Equals("VIEW IN TELEGRAM", StringComparison.OrdinalIgnoreCase)
            || t.Contains("Download Telegram", StringComparison.Ordinal) || t == "Back to Top" || t.StartsWith("HTML Embed Code", StringComparison.Ordinal)
            || t == "Telegram Web Link" || t.Contains("Signup and view all the answers", StringComparison.Ordinal) || t is "Anonymous Quiz" or "Anonymous Poll"
            || t.StartsWith("@machinelearning_interview", StringComparison.Ordinal) || Reaction().IsMatch(t) || Counter().IsMatch(t) || Timestamp().IsMatch(t)
            || t.Contains("Studying That Suits You", StringComparison.Ordinal) || t.StartsWith("🐸 Библиотека собеса", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:(?:\p{So}|\p{Cs}{2})\uFE0F?\s*\d+\s*)+$")]
    private static partial Regex Reaction();

    [GeneratedRegex(@"^\d+(?:\.\d+)?K? (?:subscribers|photos|videos|files|links)$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:Да|Нет|Не обязательно|Yes|No)\b")]
    private static partial Regex AnswerOpening();

    [GeneratedRegex(@"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}$")]
    private static partial Regex Timestamp();
}
