using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;
using Sobes.Testing.Exports;

namespace Sobes.Data.Tests.Importing;

/// <summary>An Anki Cloze note, from the package through import to cards: each deletion number one cloze, as the author made it.</summary>
public sealed class AuthorClozeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-author-cloze-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private static readonly AnkiTestNote[] Notes =
    [
        new("clozeNote01", "Cloze", "ML::Регуляризация",
            ["{{c1::L1-регуляризация::штраф по модулю}} зануляет часть весов, а {{c2::L2-регуляризация}} лишь равномерно уменьшает все веса модели.",
             "Поэтому L1 используют для отбора признаков."], ["regularization"], 1_750_000_000),
        new("clozeNote02", "Cloze", "ML::Ансамбли",
            ["Случайный лес усредняет {{c1::деревья}}, обученные на бутстреп-выборках.", ""], [], 1_750_000_000),
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_anki_cloze_note_gives_one_author_cloze_per_deletion_with_its_hint_and_no_generated_cloze(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "cloze.apkg");
        await using (var file = File.Create(path))
        {
            AnkiPackageWriter.Write(file, AnkiCollectionFormat.Anki21b, Notes);
        }

        var report = await library.Importer.ImportAsync([path]);
        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);

        var cards = await db.Cards.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var regularization = await db.Items.SingleAsync(i => i.Body.Contains("зануляет"));
        var mine = cards.Where(c => c.ItemId == regularization.Id && c.Type == CardType.Cloze).ToList();
        Assert.Equal(["author-cloze:1", "author-cloze:2"], mine.Select(c => c.GeneratorKey));
        var first = Payload(mine[0]);
        Assert.Equal("____ [штраф по модулю] зануляет часть весов, а L2-регуляризация лишь равномерно уменьшает все веса модели.", first.Prompt);
        Assert.Equal("L1-регуляризация", first.Answer);
        var second = Payload(mine[1]);
        Assert.Equal("L1-регуляризация зануляет часть весов, а ____ лишь равномерно уменьшает все веса модели.", second.Prompt);
        Assert.Equal("L2-регуляризация", second.Answer);
        Assert.DoesNotContain(cards, c => c.GeneratorKey.StartsWith(GeneratorKeys.Cloze, StringComparison.Ordinal));
        Assert.DoesNotContain(cards, c => c.PayloadJson.Contains("{{", StringComparison.Ordinal));
        var forest = await db.Items.SingleAsync(i => i.Body.Contains("Случайный лес"));
        Assert.Equal("деревья", Payload(cards.Single(c => c.ItemId == forest.Id && c.GeneratorKey == "author-cloze:1")).Answer);
    }

    private static CardPayload Payload(CardRecord card) => ScheduleMapping.Payload(card.PayloadJson);
}
