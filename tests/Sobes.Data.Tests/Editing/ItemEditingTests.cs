using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Srs;
using Sobes.Data.Library.Editing;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Editing;

public sealed class ItemEditingTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-edit-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_nul_character_in_an_edit_is_refused_naming_its_field_and_nothing_changes(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");

        var result = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Утечка", Answer = "до\0после" }, "editor");

        Assert.Equal(EditStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("answer", error.Field);
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
        await using var db = library.Context();
        Assert.Equal(1, (await db.Items.SingleAsync(i => i.Id == id)).Revision);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_bumps_the_revision_and_the_cards_follow_it(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
        }

        var result = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Answer = "Утечка — это признаки, которых не будет в момент прогноза." }, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        await using var after = library.Context();
        Assert.Equal(2, (await after.Items.SingleAsync(i => i.Id == id)).Revision);
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));
        var flashcard = await after.Cards.SingleAsync(c => c.ItemId == id && c.Type == Sobes.Core.Cards.CardType.Flashcard);
        Assert.Equal(2, flashcard.ItemRevision);
        Assert.Contains("которых не будет", flashcard.PayloadJson, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Search_finds_the_new_title_and_not_the_old_one(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.Dropout));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        Assert.Contains(id, await EditingFixtures.SearchAsync(library, "утечка"));

        var result = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit
        {
            Title = "Target leakage in feature pipelines",
            Question = "What is target leakage?",
            Answer = "A feature carries information about the label that is unknown at prediction time.",
            Body = "What is target leakage? A feature carries information about the label that is unknown at prediction time.",
        }, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        Assert.Equal([id], await EditingFixtures.SearchAsync(library, "pipelines"));
        Assert.DoesNotContain(id, await EditingFixtures.SearchAsync(library, "утечка"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_is_logged_with_its_fields_before_and_after(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");

        var result = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Утечка данных", Kind = "note", Topics = ["validation", "mlops"] }, "anna");

        await using var db = library.Context();
        var entry = Assert.Single(await EditLog.HistoryAsync(db, id));
        Assert.Equal((result.LogId, "edit", "anna", EditingFixtures.Now), (entry.Id, entry.Action, entry.Editor, entry.At));
        Assert.Equal(["title", "kind", "topics"], entry.Fields);
        Assert.Contains("\"title\":\"Что такое утечка данных?\"", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"note\"", entry.AfterJson, StringComparison.Ordinal);
        Assert.Contains("\"topics\":[\"validation\",\"mlops\"]", entry.AfterJson, StringComparison.Ordinal);
        var item = await db.Items.SingleAsync(i => i.Id == id);
        Assert.Equal(("note", "editor", "|validation|mlops|", true), (item.Kind, item.KindRule, item.Topics, item.EditedByUser));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_that_changes_nothing_writes_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");

        var result = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "  Что такое утечка данных?  " }, "editor");

        Assert.Equal(EditStatus.Unchanged, result.Status);
        await using var db = library.Context();
        Assert.Equal(0, await db.ItemEdits.CountAsync());
        Assert.Equal(1, (await db.Items.SingleAsync()).Revision);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_edits_are_refused_with_a_message_per_field(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        long quiz;
        await using (var db = library.Context())
        {
            var record = PracticeFixtures.KeylessQuiz();
            db.Items.Add(record);
            await db.SaveChangesAsync();
            quiz = record.Id;
        }

        var editor = EditingFixtures.Editor(library);
        var result = await editor.EditAsync(quiz, new ItemEdit { Title = " ", Kind = "qestion", Topics = ["metrics", "astrology"], Key = 3 }, "editor");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(["title", "kind", "key", "topics"], result.Errors.Select(e => e.Field));
        Assert.Contains("Unknown kind 'qestion'; known: question, note, quiz", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("Key 3 is out of range: item", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown topic 'astrology'", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(EditStatus.NotFound, (await editor.EditAsync(quiz + 100, new ItemEdit { Title = "x" }, "editor")).Status);
        await using var after = library.Context();
        Assert.Equal(0, await after.ItemEdits.CountAsync());
        var item = await after.Items.SingleAsync();
        Assert.Equal((1, "Какая метрика не зависит от порога?"), (item.Revision, item.Title));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_key_set_by_an_editor_is_recorded_as_the_users(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        long quiz;
        await using (var db = library.Context())
        {
            var record = PracticeFixtures.KeylessQuiz();
            db.Items.Add(record);
            await db.SaveChangesAsync();
            quiz = record.Id;
        }

        var result = await EditingFixtures.Editor(library).EditAsync(quiz, new ItemEdit { Key = 1 }, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        await using var after = library.Context();
        var item = await after.Items.SingleAsync();
        Assert.Equal((1, (KeySource?)KeySource.User, 2), (item.KeyOption, item.KeySource, item.Revision));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Fields_an_editor_set_survive_reimporting_a_changed_source(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Утечка данных (target leakage)", Topics = ["validation"] }, "editor");

        const string Richer = PracticeFixtures.Leakage + " Чтобы её поймать, проверяйте, когда становится известен каждый признак, и стройте валидацию по времени.";
        var report = await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Richer)))]);

        Assert.Equal(1, report.ItemsMerged);
        await using var db = library.Context();
        var item = await db.Items.SingleAsync();
        Assert.Equal(id, item.Id);
        Assert.Equal(("Утечка данных (target leakage)", "|validation|", true), (item.Title, item.Topics, item.EditedByUser));
        Assert.Contains("стройте валидацию по времени", item.Body, StringComparison.Ordinal);
        Assert.Equal(3, item.Revision);
        Assert.Equal(2, await db.ItemSources.CountAsync(p => p.ItemId == id));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reviews_on_an_item_survive_its_edit(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var id = await EditingFixtures.ItemIdAsync(library, "Что такое утечка");
        long card;
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
            card = await db.Cards.Where(c => c.ItemId == id && c.Type == Sobes.Core.Cards.CardType.Flashcard).Select(c => c.Id).SingleAsync();
            await Reviews.AnswerAsync(db, new ReviewAnswer(card, Rating.Good, TimeSpan.FromSeconds(4)), PracticeFixtures.Now);
        }

        await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Утечка данных" }, "editor");

        await using var after = library.Context();
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));
        var same = await after.Cards.SingleAsync(c => c.Id == card);
        Assert.Equal((1, 2), (same.Reps, same.ItemRevision));
        Assert.Equal(1, await after.ReviewLog.CountAsync(r => r.CardId == card));
    }
}
