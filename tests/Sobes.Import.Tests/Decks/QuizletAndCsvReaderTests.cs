using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Decks;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Decks;

public sealed class QuizletAndCsvReaderTests
{
    [Fact]
    public void A_default_quizlet_export_is_a_question_per_line_and_is_detected()
    {
        var path = TestFiles.Fixture("quizlet-default.txt");

        var batch = TestFiles.Read(new QuizletReader(), path);

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(["bias", "variance", "dropout", "early stopping"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal("смещение: систематическая ошибка модели", batch.Posts[0].AnswerHint);
        Assert.All(batch.Posts, p => Assert.Equal(PostKindHint.Question, p.KindHint));
        Assert.IsType<QuizletReader>(SourceReaders.Detect("quizlet.txt", File.ReadAllBytes(path)));
    }

    [Fact]
    public void Custom_separators_are_inferred_a_definition_may_span_lines_and_a_row_without_a_separator_is_named()
    {
        var path = TestFiles.Fixture("quizlet-custom.txt");

        var batch = TestFiles.Read(new QuizletReader(), path);

        Assert.False(batch.HasErrors);
        Assert.Equal(["gradient descent", "learning rate", "momentum", "RMSProp", "Adam"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal("размер шага:\nслишком большой расходится,\nслишком малый ползёт", batch.Posts[1].AnswerHint);
        Assert.Equal(2, batch.Posts[1].Line);
        var skipped = Assert.Single(batch.Diagnostics);
        Assert.Equal(6, skipped.Line);
        Assert.IsType<QuizletReader>(SourceReaders.Detect("quizlet.txt", File.ReadAllBytes(path)));
    }

    [Fact]
    public void A_forced_quizlet_read_of_text_without_pairs_is_an_error()
    {
        var batch = TestFiles.ReadText(new QuizletReader(), "Просто текст.\nЕщё одна строка.\nИ третья.\n", "notes.txt");

        Assert.True(batch.HasErrors);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void A_csv_with_question_and_answer_columns_reads_quoted_multi_line_fields_and_names_a_short_row()
    {
        var path = TestFiles.Fixture("cards.csv");

        var batch = TestFiles.Read(new CsvDeckReader(), path);

        Assert.False(batch.HasErrors);
        Assert.Equal(["Что такое F1-мера?", "Зачем нужна кросс-валидация?", "Что такое \"утечка данных\"?"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal("Среднее гармоническое precision и recall, 2PR / (P + R)", batch.Posts[0].AnswerHint);
        Assert.Equal("Чтобы оценить качество\nна нескольких разбиениях,\nа не на одном", batch.Posts[1].AnswerHint);
        Assert.Equal(["#metrics"], batch.Posts[0].Hashtags);
        var skipped = Assert.Single(batch.Diagnostics);
        Assert.Equal(6, skipped.Line);
        Assert.IsType<CsvDeckReader>(SourceReaders.Detect("cards.csv", File.ReadAllBytes(path)));
    }

    [Fact]
    public void A_tsv_with_front_and_back_columns_is_read_by_its_tab_separator()
    {
        var batch = TestFiles.ReadText(new CsvDeckReader(), "Front\tBack\nЧто такое AUC?\tПлощадь под ROC-кривой, от 0 до 1\n", "cards.tsv");

        var post = Assert.Single(batch.Posts);
        Assert.Equal("Площадь под ROC-кривой, от 0 до 1", post.AnswerHint);
    }

    [Fact]
    public void A_csv_without_a_question_and_answer_header_is_an_error_naming_its_columns()
    {
        var batch = TestFiles.ReadText(new CsvDeckReader(), "name,value\nAUC,0.9\n", "metrics.csv");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(1, error.Line);
        Assert.Contains("'name', 'value'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_with_commas_is_not_taken_for_a_quizlet_export()
    {
        var prose = "Сегодня разберём, как работает градиентный бустинг, и почему он так популярен.\nСначала вспомним, что такое деревья решений, и как они строятся.\nПотом посмотрим, как ансамбль исправляет ошибки, шаг за шагом.\n";

        Assert.IsNotType<QuizletReader>(SourceReaders.Detect("post.txt", Encoding.UTF8.GetBytes(prose)));
    }
}
