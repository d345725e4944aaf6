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
