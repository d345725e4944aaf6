using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Data.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Editing;

public sealed class MergeAndSplitTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-merge-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_merge_keeps_both_provenances_and_the_learners_review_log(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        var kept = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var absorbed = await EditingFixtures.ItemIdAsync(library, "Зачем нужна кросс");
        long reviewed;
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
            reviewed = await db.Cards.Where(c => c.ItemId == absorbed && c.Type == Sobes.Core.Cards.CardType.Flashcard).Select(c => c.Id).SingleAsync();
            await Reviews.AnswerAsync(db, new ReviewAnswer(reviewed, Rating.Good, TimeSpan.FromSeconds(5)), PracticeFixtures.Now);
        }

        var result = await EditingFixtures.Editor(library).MergeAsync(kept, absorbed, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        await using var after = library.Context();
        Assert.Equal([kept], await after.Items.Select(i => i.Id).ToListAsync());
        Assert.Equal(2, (await LibraryQueries.GetAsync(after, kept))!.Sources.Count);
        Assert.Equal(2, (await after.Items.SingleAsync()).Merged);
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));
        var card = await after.Cards.SingleAsync(c => c.Id == reviewed);
        Assert.Equal((kept, "flashcard", 1, false), (card.ItemId, card.GeneratorKey, card.Reps, card.Suspended));
        Assert.Contains("утечка", card.PayloadJson, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await after.ReviewLog.CountAsync(r => r.CardId == reviewed));
        var twin = await after.Cards.SingleAsync(c => c.ItemId == kept && c.GeneratorKey == $"merged:{absorbed}:flashcard");
        Assert.True(twin.Suspended);
        var entry = Assert.Single(await EditLog.HistoryAsync(after, absorbed));
        Assert.Equal(("merge", kept, (long?)absorbed), (entry.Action, entry.ItemId, entry.OtherItemId));
        Assert.Equal(kept, await EditLog.AbsorbedIntoAsync(after, absorbed));
        Assert.Null(await EditLog.AbsorbedIntoAsync(after, kept));
        Assert.Empty(await EditingFixtures.SearchAsync(library, "кросс-валидация"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_quiz_split_out_of_a_merge_gets_its_options_and_shares_back(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        const string export = """
            {"name": "Test channel", "type": "public_channel", "id": 42, "messages": [
             {"id": 1, "type": "message", "date": "2025-03-01T10:00:00", "date_unixtime": "1741000001", "from": "Test channel",
              "text": "📌 Что такое утечка данных?\n\nУтечка данных — это когда в признаки попадает информация о целевой переменной, недоступная в момент прогноза."},
             {"id": 2, "type": "message", "date": "2025-03-02T10:00:00", "date_unixtime": "1741000002", "from": "Test channel", "text": "",
              "poll": {"question": "Какая метрика не зависит от порога классификации?", "closed": true, "total_voters": 40,
               "answers": [{"text": "Accuracy", "voters": 6}, {"text": "ROC AUC", "voters": 30}, {"text": "F1", "voters": 4}]}}]}
            """;
        Assert.True((await library.Importer.ImportAsync([Fixtures.Write(dir, "quiz.json", export)])).Committed);
        var kept = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var quiz = await EditingFixtures.ItemIdAsync(library, "Какая метрика");
        var editor = EditingFixtures.Editor(library);
        Assert.Equal(EditStatus.Done, (await editor.MergeAsync(kept, quiz, "editor")).Status);
        long provenance;
        await using (var db = library.Context())
        {
            provenance = await db.ItemSources.Where(p => p.Text.Contains("Какая метрика")).Select(p => p.Id).SingleAsync();
        }

        var result = await editor.SplitAsync(kept, provenance, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        await using var after = library.Context();
        var split = await after.Items.SingleAsync(i => i.Id == result.NewItemId);
        Assert.Equal("quiz", split.Kind);
        var view = (await LibraryQueries.GetAsync(after, split.Id))!;
        Assert.Equal(["Accuracy", "ROC AUC", "F1"], view.Options.Select(o => o.Text));
        Assert.Equal([0.15, 0.75, 0.1], view.Options.Select(o => Math.Round(o.Share ?? -1, 2)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_split_restores_two_items_from_one_merged_item(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        var kept = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var absorbed = await EditingFixtures.ItemIdAsync(library, "Зачем нужна кросс");
        var editor = EditingFixtures.Editor(library);
        await editor.MergeAsync(kept, absorbed, "editor");
        long provenance;
        await using (var db = library.Context())
        {
            provenance = await db.ItemSources.Where(p => p.Text.Contains("Кросс-валидация")).Select(p => p.Id).SingleAsync();
        }

        var result = await editor.SplitAsync(kept, provenance, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        var created = Assert.IsType<long>(result.NewItemId);
        await using var after = library.Context();
        var items = await after.Items.OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([kept, created], items.Select(i => i.Id));
        Assert.Equal(["Что такое утечка данных?", "Зачем нужна кросс-валидация?"], items.Select(i => i.Title));
        Assert.Equal([1, 1], items.Select(i => i.Merged));
        Assert.Equal(created, await after.ItemSources.Where(p => p.Id == provenance).Select(p => p.ItemId).SingleAsync());
        Assert.Equal(["merge", "split"], (await EditLog.HistoryAsync(after, kept)).Select(e => e.Action));
        Assert.Equal([created], await EditingFixtures.SearchAsync(library, "кросс-валидация"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_split_item_stays_split_when_its_source_is_imported_again(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await PracticeFixtures.ImportAsync(library, dir, "b.json", (5, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        long second;
        await using (var db = library.Context())
        {
            second = await db.ItemSources.Where(p => p.ItemId == id).OrderBy(p => p.Id).Select(p => p.Id).LastAsync();
        }

        var result = await EditingFixtures.Editor(library).SplitAsync(id, second, "editor");
        var report = await library.Importer.ImportAsync([Fixtures.Write(dir, "c.json", Fixtures.TelegramExport((9, PracticeFixtures.Leakage)))]);

        Assert.Equal(EditStatus.Done, result.Status);
        Assert.Equal(1, report.ItemsMerged);
        await using var after = library.Context();
        Assert.Equal(2, await after.Items.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Merging_into_itself_and_splitting_the_only_provenance_are_refused(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.Dropout));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var other = await EditingFixtures.ItemIdAsync(library, "Как работает dropout");
        long provenance, foreign;
        await using (var db = library.Context())
        {
            provenance = await db.ItemSources.Where(p => p.ItemId == id).Select(p => p.Id).SingleAsync();
            foreign = await db.ItemSources.Where(p => p.ItemId == other).Select(p => p.Id).SingleAsync();
        }

        var editor = EditingFixtures.Editor(library);
        var self = await editor.MergeAsync(id, id, "editor");
        var only = await editor.SplitAsync(id, provenance, "editor");
        var wrong = await editor.SplitAsync(id, foreign, "editor");
        var missing = await editor.MergeAsync(id, other + 100, "editor");

        Assert.Equal((EditStatus.Invalid, "other_id", $"Item {id} cannot be merged into itself."), (self.Status, self.Errors[0].Field, self.Errors[0].Message));
        Assert.Equal((EditStatus.Invalid, $"Item {id} has only one provenance: there is nothing to split it from."), (only.Status, only.Errors[0].Message));
        Assert.Equal((EditStatus.Invalid, $"Provenance {foreign} belongs to item {other}, not to item {id}."), (wrong.Status, wrong.Errors[0].Message));
        Assert.Equal(EditStatus.NotFound, missing.Status);
        await using var after = library.Context();
        Assert.Equal(0, await after.ItemEdits.CountAsync());
        Assert.Equal(2, await after.Items.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_merge_cancelled_midway_leaves_the_database_as_it_was(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        var kept = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var absorbed = await EditingFixtures.ItemIdAsync(library, "Зачем нужна кросс");
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
        }

        var before = await StateAsync(library);
        using var crash = CancelOnFirstWrite.To(library.Database, "item_sources");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EditingFixtures.Editor(library).MergeAsync(kept, absorbed, "editor", crash.Token));

        Assert.True(crash.Token.IsCancellationRequested);
        Assert.Equal(before, await StateAsync(library));
        Assert.Contains(absorbed, await EditingFixtures.SearchAsync(library, "кросс-валидация"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_cancelled_before_its_commit_leaves_the_item_as_it_was(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        var before = await StateAsync(library);

        using var crash = CancelOnFirstWrite.To(library.Database, "items");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Утечка" }, "editor", crash.Token));

        Assert.True(crash.Token.IsCancellationRequested);
        Assert.Equal(before, await StateAsync(library));
    }

    private static async Task<string> StateAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var items = await db.Items.OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.Title}:{i.Merged}:{i.Revision}").ToListAsync();
        var posts = await db.ItemSources.OrderBy(p => p.Id).Select(p => $"{p.Id}>{p.ItemId}").ToListAsync();
        var cards = await db.Cards.OrderBy(c => c.Id).Select(c => $"{c.Id}>{c.ItemId}:{c.GeneratorKey}:{c.Suspended}").ToListAsync();
        var stamp = await db.Meta.Select(m => m.Value).ToListAsync();
        return string.Join("\n", items.Concat(posts).Concat(cards).Concat(stamp)) + "\nedits:" + await db.ItemEdits.CountAsync();
    }
}
