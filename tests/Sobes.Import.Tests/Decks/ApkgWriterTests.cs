using Sobes.Core.Cards;
using Sobes.Core.Export;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Import.Decks.Anki;
using Sobes.Import.Decks.Export;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Decks;

public sealed class ApkgWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static byte[] Package(params ExportItem[] items)
    {
        using var writer = ApkgWriter.Create(Now);
        foreach (var note in items.SelectMany(i => DeckExport.NotesOf(i, "lib")))
        {
            writer.Add(note, note.Cards.Select(c => new PackageCard(c.Ordinal, DeckSchedules.Card(null, false, 1, 0.9), [])).ToList());
        }

        using var output = new MemoryStream();
        writer.Complete(output);
        return output.ToArray();
    }

    [Fact]
    public void A_sobes_quiz_note_reads_back_as_a_quiz_with_its_exact_shares()
    {
        var quiz = new ExportItem
        {
            Id = 1, Kind = "quiz", Title = "Что не зависит от порога?", Question = "Что не зависит от порога?", Body = "",
            Options = [new ChoiceOption("Accuracy", 1.0 / 7), new ChoiceOption("ROC AUC < 1 & > 0", 6.0 / 7)], KeyOption = 1, KeySource = KeySource.Crowd,
            Explanation = "AUC усредняет по порогам.", Topics = ["metrics"], Hashtags = ["#auc"], UpdatedAt = Now,
        };

        var batch = TestFiles.Read(new AnkiPackageReader(), Package(quiz), "sobes.apkg");

        Assert.False(batch.HasErrors, string.Join("\n", batch.Diagnostics));
        var post = Assert.Single(batch.Posts);
        Assert.Equal(PostKindHint.Quiz, post.KindHint);
        Assert.Equal(["Accuracy", "ROC AUC < 1 & > 0"], post.Poll!.Options.Select(o => o.Text));
        Assert.Equal([1.0 / 7, 6.0 / 7], post.Poll.Options.Select(o => o.Share));
        Assert.Null(post.Poll.CorrectOption);
        Assert.Equal("AUC усредняет по порогам.", post.Poll.Explanation);
        Assert.Equal(["#auc"], post.Hashtags);
        Assert.Contains("Metrics", post.TopicHints);
    }

    [Fact]
    public void A_sobes_note_gives_back_its_item_as_it_was_and_each_cards_history_by_its_sobes_card()
    {
        var note = new ExportItem
        {
            Id = 3, Kind = "problem", KindRule = "problem:task-header", Title = "Задача про монету", Question = "Монету бросают дважды. Какова вероятность двух орлов?",
            Answer = "1/4", Body = "Задача про монету\n\nМонету бросают дважды. Какова вероятность двух орлов?\n\nОтвет: 1/4", Topics = ["probability"],
            Hashtags = ["#coins"], Links = ["https://example.org/coins"], Code = [new CodeBlock("python", "print(0.5 ** 2)")], UpdatedAt = Now,
            PostedAt = Now.AddDays(-300), Clozes = [new ExportCloze("cloze:монету", "____ бросают дважды.", "Монету")],
        };
        using var writer = ApkgWriter.Create(Now);
        var answered = new DeckReviewRow(Now.AddDays(-2), 3, 1, 0, 0, 5000, 0);
        foreach (var draft in DeckExport.NotesOf(note, "lib"))
        {
            writer.Add(draft, draft.Cards.Select(c => new PackageCard(c.Ordinal, DeckSchedules.Card(null, false, 1, 0.9), [answered])).ToList());
        }

        using var output = new MemoryStream();
        writer.Complete(output);

        var batch = TestFiles.Read(new AnkiPackageReader(), output.ToArray(), "sobes.apkg");

        Assert.DoesNotContain(batch.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && !d.Message.Contains("media", StringComparison.Ordinal));
        var post = Assert.Single(batch.Posts);
        var preset = post.Preset!;
        Assert.Equal((ItemKind.Problem, "problem:task-header", note.Title, note.Question, note.Answer, note.Body), (preset.Kind, preset.KindRule, preset.Title, preset.Question, preset.Answer, preset.Body));
        Assert.Equal(["probability"], preset.Topics);
        Assert.Equal(["#coins"], preset.Hashtags);
        Assert.Equal(["https://example.org/coins"], preset.Links);
        Assert.Equal([new CodeBlock("python", "print(0.5 ** 2)")], preset.Code);
        Assert.Equal(Now.AddDays(-300), post.Date);
        Assert.Equal([(GeneratorKeys.Post, 1), ("cloze:монету", 1)], post.History.Select(c => (c.GeneratorKey, c.Reviews.Count)));
        Assert.DoesNotContain("{", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sobes_field_that_does_not_read_is_a_warning_naming_the_file_and_note_and_the_note_imports_from_its_other_fields()
    {
        using var writer = ApkgWriter.Create(Now);
        writer.Add(new DeckNoteDraft("brokenGuid1", DeckNoteType.Basic, ["Что такое recall?", "Доля найденных положительных.", "{\"v\":1,\"kind\":"], "Sobes", [], 4, Now,
            [new DeckCardDraft(0, GeneratorKeys.Flashcard)]), [new PackageCard(0, DeckSchedules.Card(null, false, 1, 0.9), [])]);
        using var output = new MemoryStream();
        writer.Complete(output);

        var batch = TestFiles.Read(new AnkiPackageReader(), output.ToArray(), "broken.apkg");

        var warning = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("Sobes field", StringComparison.Ordinal));
        Assert.Equal("broken.apkg", warning.File);
        Assert.Contains("(brokenGuid1)", warning.Message, StringComparison.Ordinal);
        var post = Assert.Single(batch.Posts);
        Assert.Null(post.Preset);
        Assert.Equal("Что такое recall?\n\nДоля найденных положительных.", post.Text);
    }

    [Fact]
    public void Generated_cloze_notes_are_left_out_on_import_with_a_note_saying_why()
    {
        var question = new ExportItem
        {
            Id = 2, Kind = "question", Title = "Что такое recall?", Question = "Что такое recall?", Answer = "Recall — доля найденных положительных.", Body = "",
            UpdatedAt = Now, Clozes = [new ExportCloze("cloze:recall", "____ — доля найденных положительных.", "Recall")],
        };

        var batch = TestFiles.Read(new AnkiPackageReader(), Package(question), "sobes.apkg");

        var post = Assert.Single(batch.Posts);
        Assert.Equal("Recall — доля найденных положительных.", post.AnswerHint);
        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("1 note(s) tagged sobes::generated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"s\":12.5,\"d\":4.25,\"dr\":0.9}", 12.5, 4.25)]
    [InlineData("{\"pos\":3}", null, null)]
    [InlineData("{\"s\":12.5,\"d\":11}", null, null)]
    [InlineData("{\"s\":\"x\",\"d\":5}", null, null)]
    [InlineData("{not json \"s\"", null, null)]
    [InlineData("", null, null)]
    public void A_cards_data_gives_a_memory_state_only_when_it_holds_a_valid_one(string data, double? stability, double? difficulty)
    {
        var memory = CardMemory.Of(data);

        Assert.Equal(stability, memory?.Stability);
        Assert.Equal(difficulty, memory?.Difficulty);
    }
}
