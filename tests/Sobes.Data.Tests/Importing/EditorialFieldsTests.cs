using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Importing;
using Sobes.Data.Library.Editing;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Importing;

/// <summary>What an import records of a hidden answer, a task's shape and an inferred title, and what practice does with it.</summary>
public sealed class EditorialFieldsTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const string QuizPage = """
        Quiz Beta
        Questions and Answers
        Бэггинг обучает модели на ______ выборках.
        бутстрэп
        Бустинг уменьшает в основном ______ модели.
        Signup and view all the answers
        Сопоставьте ансамбль и его идею:
        Бэггинг - усреднение независимых моделей
        Бустинг - последовательное исправление ошибок
        """;

    private const string LostQuestion = "Нет, не всегда. Стандартизация нужна моделям, чувствительным к масштабу признаков, например kNN и SVM.\nДеревья решений делят признаки порогами, им стандартизация не нужна.";

    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-editorial-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_export_records_hidden_answers_task_shapes_and_inferred_titles(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var quiz = Fixtures.Write(dir, "ensembles-quiz.txt", QuizPage);
        var channel = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, LostQuestion)));

        var report = await library.Importer.ImportAsync([quiz], new ImportOptions("quiz-page"));
        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.True((await library.Importer.ImportAsync([channel])).Committed);

        var lines = await ExportAsync(library);
        var hidden = lines.Single(l => l.GetProperty("title").GetString()!.StartsWith("Бустинг уменьшает", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("answer").ValueKind);
        Assert.True(hidden.GetProperty("needs_answer").GetBoolean());
        Assert.Equal("fill-in", hidden.GetProperty("shape").GetProperty("form").GetString());
        Assert.Equal(1, hidden.GetProperty("shape").GetProperty("blanks").GetInt32());

        var shown = lines.Single(l => l.GetProperty("title").GetString()!.StartsWith("Бэггинг обучает", StringComparison.Ordinal));
        Assert.False(shown.GetProperty("needs_answer").GetBoolean());
        Assert.Equal(["бутстрэп"], shown.GetProperty("shape").GetProperty("answers").EnumerateArray().Select(a => a.GetString()));

        var matching = lines.Single(l => l.GetProperty("title").GetString() == "Сопоставьте ансамбль и его идею:");
        var pairs = matching.GetProperty("shape").GetProperty("pairs").EnumerateArray().Select(p => (p.GetProperty("left").GetString(), p.GetProperty("right").GetString())).ToList();
        Assert.Equal([("Бэггинг", "усреднение независимых моделей"), ("Бустинг", "последовательное исправление ошибок")], pairs);

        var note = lines.Single(l => l.GetProperty("kind").GetString() == "note");
        Assert.Equal("Стандартизация", note.GetProperty("title").GetString());
        Assert.True(note.GetProperty("title_inferred").GetBoolean());
        Assert.StartsWith("Нет, не всегда.", note.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.False(shown.GetProperty("title_inferred").GetBoolean());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_item_that_needs_an_answer_stays_out_of_practice_until_an_editor_answers_it(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var quiz = Fixtures.Write(dir, "ensembles-quiz.txt", QuizPage);
        Assert.True((await library.Importer.ImportAsync([quiz], new ImportOptions("quiz-page"))).Committed);
        await using var db = library.Context();
        var waiting = await db.Items.AsNoTracking().SingleAsync(i => i.NeedsAnswer);

        await PracticeFixtures.SyncAsync(db);
        Assert.False(await db.Cards.AnyAsync(c => c.ItemId == waiting.Id));
        Assert.True(await db.Cards.AnyAsync());

        await Editing.EditingFixtures.Editor(library).EditAsync(waiting.Id, new ItemEdit { Answer = "смещение" }, "editor");
        await using var after = library.Context();
        Assert.False((await after.Items.AsNoTracking().SingleAsync(i => i.Id == waiting.Id)).NeedsAnswer);
        await PracticeFixtures.SyncAsync(after);
        Assert.True(await after.Cards.AnyAsync(c => c.ItemId == waiting.Id));
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<List<JsonElement>> ExportAsync(TestLibrary library)
    {
        await using var db = library.Context();
        await using var output = new StringWriter();
        await LibraryExporter.ExportAsync(db, "jsonl", output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }
}

public sealed class DifferentQuestionsTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const string List = """
        ## Регуляризация

        **Когда нужна L1-регуляризация?**

        Подробный ответ появится в следующем выпуске канала, а пока напишите свои варианты в комментариях: мы соберём лучшие из них, разберём ошибки и вернёмся с примерами кода на Python и графиками.

        **Когда нужна L2-регуляризация?**

        Подробный ответ появится в следующем выпуске канала, а пока напишите свои варианты в комментариях: мы соберём лучшие из них, разберём ошибки и вернёмся с примерами кода на Python и графиками.
        """;

    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-questions-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task Two_questions_with_the_same_answer_are_never_merged()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        var file = Fixtures.Write(dir, "list.md", List);

        var report = await library.Importer.ImportAsync([file]);

        Assert.True(report.Committed);
        await using var db = library.Context();
        Assert.Equal(2, await db.Items.CountAsync());
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
