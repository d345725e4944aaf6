using Sobes.Core.Cards;
using Sobes.Core.Export;
using Sobes.Core.Library;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Export;

public sealed class DeckExportTests
{
    private static readonly DateTimeOffset Changed = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static ExportItem Question(string answer = "Доля найденных положительных.") => new()
    {
        Id = 7, Kind = "question", Title = "Что такое recall?", Question = "Что такое recall?", Answer = answer,
        Body = "Что такое recall?\n" + answer, Topics = ["metrics", "validation"], Hashtags = ["#ml", "#собес"], UpdatedAt = Changed,
    };

    private static ExportItem Quiz(KeySource? source) => new()
    {
        Id = 9, Kind = "quiz", Title = "Какая метрика не зависит от порога?", Question = "Какая метрика не зависит от порога?", Body = "",
        Options = [new ChoiceOption("Accuracy", 0.25), new ChoiceOption("ROC AUC", 0.75)], KeyOption = 1, KeySource = source,
        Explanation = "AUC усредняет по всем порогам.", UpdatedAt = Changed,
    };

    [Theory]
    [InlineData("ad")]
    [InlineData("resource")]
    [InlineData("case")]
    public void Items_that_are_not_practised_are_left_out(string kind)
    {
        var item = Question() with { Kind = kind };

        Assert.False(DeckExport.IsPractisable(item));
        Assert.Empty(DeckExport.NotesOf(item, "lib"));
    }

    [Fact]
    public void A_question_waiting_for_its_answer_is_left_out()
    {
        Assert.False(DeckExport.IsPractisable(Question("") with { Answer = null }));
        Assert.False(DeckExport.IsPractisable(Question() with { NeedsAnswer = true }));
        Assert.True(DeckExport.IsPractisable(Question()));
    }

    [Fact]
    public void A_question_becomes_a_basic_note_in_its_first_topics_deck_tagged_with_topics_and_hashtags()
    {
        var note = Assert.Single(DeckExport.NotesOf(Question("A < B & C\nвторая строка"), "lib"));

        Assert.Equal(DeckNoteType.Basic, note.Type);
        Assert.Equal(["Что такое recall?", "A &lt; B &amp; C<br>вторая строка"], note.Fields.Take(2));
        Assert.Equal("Sobes::Metrics", note.Deck);
        Assert.Equal(["topic::metrics", "topic::validation", "ml", "собес"], note.Tags);
        Assert.Equal([new DeckCardDraft(0, GeneratorKeys.Flashcard)], note.Cards);
        Assert.Equal(Changed, note.Modified);
    }

    [Fact]
    public void Guids_are_stable_per_library_item_and_card_key()
    {
        var first = DeckExport.NotesOf(Question(), "lib-a").Single().Guid;

        Assert.Equal(first, DeckExport.NotesOf(Question("другой ответ"), "lib-a").Single().Guid);
        Assert.NotEqual(first, DeckExport.NotesOf(Question(), "lib-b").Single().Guid);
        Assert.NotEqual(first, DeckGuids.Of("lib-a", 7, "cloze:recall"));
        Assert.Matches("^[0-9A-Za-z]{1,11}$", first);
    }

    [Fact]
    public void An_item_read_from_an_anki_note_keeps_that_notes_guid()
    {
        Assert.Equal("f{Q8x/2+Lk", DeckExport.NotesOf(Question() with { AnkiGuid = "f{Q8x/2+Lk" }, "lib").Single().Guid);
    }

    [Fact]
    public void A_quiz_with_a_trusted_key_shows_the_key_and_its_explanation()
    {
        var note = Assert.Single(DeckExport.NotesOf(Quiz(KeySource.Author), "lib"));

        Assert.Equal(DeckNoteType.Quiz, note.Type);
        Assert.Equal(["Какая метрика не зависит от порога?", "A. Accuracy<br>B. ROC AUC", "B. ROC AUC", "AUC усредняет по всем порогам."], note.Fields.Take(4));
        Assert.Equal([new DeckCardDraft(0, GeneratorKeys.Choice)], note.Cards);
    }

    [Fact]
    public void A_quiz_without_a_trusted_key_shows_the_crowds_shares()
    {
        var answer = DeckExport.NotesOf(Quiz(KeySource.Crowd), "lib").Single().Fields[2];

        Assert.StartsWith("Crowd: A. ", answer, StringComparison.Ordinal);
        Assert.Contains(">25%</span>", answer, StringComparison.Ordinal);
        Assert.Contains("data-share=\"0.75\">75%</span>", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authors_cloze_note_keeps_its_deletions_with_a_card_for_each()
    {
        var item = new ExportItem
        {
            Id = 3, Kind = "note", Title = "Dropout и weight decay", Body = "{{c1::Dropout}} выключает нейроны, {{c2::weight decay}} штрафует веса; {{c1::он}} же регуляризатор.",
            UpdatedAt = Changed,
        };

        var note = Assert.Single(DeckExport.NotesOf(item, "lib"));

        Assert.Equal(DeckNoteType.Cloze, note.Type);
        Assert.Equal(item.Body, note.Fields[0]);
        Assert.Equal([new DeckCardDraft(0, "author-cloze:1"), new DeckCardDraft(1, "author-cloze:2")], note.Cards);
        Assert.Equal("Sobes", note.Deck);
    }

    [Fact]
    public void A_generated_cloze_card_becomes_a_cloze_note_of_its_own_tagged_as_generated()
    {
        var item = Question() with { Clozes = [new ExportCloze("cloze:recall", "____ — доля найденных положительных.", "Recall")] };

        var notes = DeckExport.NotesOf(item, "lib");

        Assert.Equal(2, notes.Count);
        var cloze = notes[1];
        Assert.Equal(DeckNoteType.Cloze, cloze.Type);
        Assert.Equal("{{c1::Recall}} — доля найденных положительных.", cloze.Fields[0]);
        Assert.Equal(DeckGuids.Of("lib", 7, "cloze:recall"), cloze.Guid);
        Assert.Contains(DeckExport.GeneratedTag, cloze.Tags);
        Assert.Equal([new DeckCardDraft(0, "cloze:recall")], cloze.Cards);
    }

    [Fact]
    public void A_new_card_is_due_by_position_with_empty_data()
    {
        var state = DeckSchedules.Card(null, false, 12, 0.9);

        Assert.Equal(new DeckCardState(0, 0, 12, 0, 0, 0, 0, 0, "{}"), state);
    }

    [Fact]
    public void A_review_card_counts_days_from_the_collections_creation_and_carries_its_fsrs_state_as_anki_writes_it()
    {
        var last = DeckSchedules.CollectionCreated.AddDays(100).AddHours(5);
        var schedule = new CardSchedule
        {
            State = CardState.Review, Due = last.AddDays(30), Memory = MemoryState.Of(30.12345, 5.4321), ScheduledDays = 30, Reps = 4, Lapses = 1, LastReview = last,
        };

        var state = DeckSchedules.Card(schedule, suspended: true, 1, 0.87654);

        Assert.Equal((2, -1, 130L, 30, 4, 1), (state.Type, state.Queue, state.Due, state.Interval, state.Reps, state.Lapses));
        Assert.Equal("{\"s\":30.123,\"d\":5.432,\"dr\":0.88}", state.Data);
    }

    [Fact]
    public void A_learning_card_is_due_in_seconds_and_its_log_types_follow_the_state_before_each_answer()
    {
        var at = DeckSchedules.CollectionCreated.AddDays(10);
        var schedule = new CardSchedule { State = CardState.Learning, Due = at.AddMinutes(10), Memory = MemoryState.Of(1, 5), Reps = 1, LastReview = at };

        var state = DeckSchedules.Card(schedule, false, 1, 0.9);
        var rows = DeckSchedules.Reviews([
            new ExportReview(at.AddDays(5), 1, 4000, CardState.Review, CardState.Relearning, 0, at.AddDays(5).AddMinutes(10)),
            new ExportReview(at, 3, 8000, CardState.New, CardState.Review, 4, at.AddDays(4)),
        ]);

        Assert.Equal((1, 1, at.AddMinutes(10).ToUnixTimeSeconds()), (state.Type, state.Queue, state.Due));
        Assert.Equal([(at, 3, 4, 0, 0), (at.AddDays(5), 1, -600, 4, 1)], rows.Select(r => (r.At, r.Ease, r.Interval, r.LastInterval, r.Type)));
    }
}
