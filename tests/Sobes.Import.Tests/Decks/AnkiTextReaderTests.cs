using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Decks;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Decks;

public sealed class AnkiTextReaderTests
{
    private static ImportBatch ReadFixture() => TestFiles.Read(new AnkiTextReader(), TestFiles.Fixture("anki-notes.txt"));

    private static ImportBatch Read(string text) => TestFiles.ReadText(new AnkiTextReader(), text, "notes.txt");

    [Fact]
    public void Every_note_of_an_export_becomes_a_post_and_the_note_without_a_question_is_named_by_its_line()
    {
        var batch = ReadFixture();

        Assert.False(batch.HasErrors);
        Assert.Equal(5, batch.Posts.Count);
        var skipped = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(13, skipped.Line);
        Assert.Contains("question", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guid_column_gives_each_post_its_note_locator()
    {
        var batch = ReadFixture();

        Assert.Equal(["note f%Gk2nQ1aB", "note Hx7#pL0qZe", "note r8Tq&w2Ks1", "note mM3v;Yt9o", "note Zq0&x7Nn4c"], batch.Posts.Select(p => p.Locator));
        Assert.All(batch.Posts, p => Assert.True(NoteLocator.IsNote(p.Locator)));
    }

    [Fact]
    public void A_basic_note_is_a_question_with_its_answer_tags_and_deck()
    {
        var post = ReadFixture().Posts[0];

        Assert.Equal(PostKindHint.Question, post.KindHint);
        Assert.Equal("Что показывает ROC AUC?", post.TitleHint);
        Assert.Equal("Вероятность того, что случайный положительный пример получит оценку выше случайного отрицательного.\nНе зависит от порога.", post.AnswerHint);
        Assert.Equal(["#метрики", "#ml_classification"], post.Hashtags);
        Assert.Contains("Метрики", post.TopicHints);
        Assert.Contains("classification", post.TopicHints);
        Assert.Equal(7, post.Line);
    }

    [Fact]
    public void A_quoted_field_spans_lines_and_its_html_becomes_text_with_its_image_listed()
    {
        var post = ReadFixture().Posts[3];

        Assert.Equal("Чем отличается бэггинг\nот бустинга?", post.TitleHint);
        Assert.Equal("Бэггинг учит модели независимо и усредняет.\nБустинг учит их последовательно, исправляя ошибки; каждая следующая — на остатках.", post.AnswerHint);
        Assert.Equal(["image: boosting.png"], post.Media);
        Assert.DoesNotContain("<", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cloze_note_keeps_its_deletions_for_cloze_cards_and_is_titled_with_them_filled_in()
    {
        var post = ReadFixture().Posts[2];

        Assert.Equal(PostKindHint.Note, post.KindHint);
        Assert.Equal("L1-регуляризация зануляет часть весов, а L2 лишь уменьшает их.", post.TitleHint);
        Assert.StartsWith("{{c1::L1-регуляризация}} зануляет часть весов, а {{c2::L2::другая}} лишь уменьшает их.\n\nЭто объясняет", post.Text, StringComparison.Ordinal);
        Assert.Null(post.AnswerHint);
    }

    [Fact]
    public void A_note_type_sobes_does_not_know_is_read_as_question_and_answer_and_named_once()
    {
        var batch = ReadFixture();

        var info = Assert.Single(batch.Diagnostics, d => d.Message.Contains("My Vocabulary", StringComparison.Ordinal));
        Assert.Equal(12, info.Line);
        Assert.Equal("overfitting", batch.Posts[4].TitleHint);
        Assert.Equal("переобучение", batch.Posts[4].AnswerHint);
    }

    [Fact]
    public void Without_a_separator_header_the_separator_is_guessed_and_global_tags_apply_to_every_note()
    {
        var batch = Read("#html:false\n#tags:ml собес\nЧто такое bias?;Систематическая ошибка\nЧто такое variance?;Разброс\n");

        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal("Систематическая ошибка", batch.Posts[0].AnswerHint);
        Assert.All(batch.Posts, p => Assert.Equal(["#ml", "#собес"], p.Hashtags));
        Assert.Equal("line 3", batch.Posts[0].Locator);
    }

    [Fact]
    public void The_length_limit_holds_per_record_so_a_long_multi_line_field_is_read_and_an_oversized_record_is_named()
    {
        var manyLines = string.Join("\n", Enumerable.Repeat("строка ответа", 20_000));
        var oversized = new string('x', DelimitedRecords.MaxRecordLength + 10);
        var text = $"#separator:tab\n#html:false\nДлинный ответ?\t\"{manyLines}\"\n{oversized}\tответ\nПоследний?\tДа\n";

        var batch = Read(text);

        Assert.False(batch.HasErrors);
        Assert.Equal(["Длинный ответ?", "Последний?"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal(20_000, batch.Posts[0].AnswerHint!.Split('\n').Length);
        var warning = Assert.Single(batch.Diagnostics);
        Assert.Equal(20_003, warning.Line);
        Assert.Contains("over the limit", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_at_the_line_it_opens()
    {
        var batch = Read("#separator:tab\nВопрос?\tОтвет\n\"Незакрытый\tответ\nещё строка\n");

        var error = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detection_claims_files_that_start_with_anki_headers_only()
    {
        var reader = new AnkiTextReader();

        Assert.True(reader.Detect("deck.txt", Encoding.UTF8.GetBytes("#separator:tab\n#html:true\na\tb\n")) > 0.9);
        Assert.True(reader.Detect("deck.txt", Encoding.UTF8.GetBytes("#notetype column:2\na\tb\n")) > 0.9);
        Assert.Equal(0, reader.Detect("notes.md", Encoding.UTF8.GetBytes("# Вопросы\n## Что такое AUC?\n")));
        Assert.IsType<AnkiTextReader>(SourceReaders.Detect("deck.txt", File.ReadAllBytes(TestFiles.Fixture("anki-notes.txt"))));
    }
}
