using Sobes.Core.Posts;
using Sobes.Import.QuizPage;

namespace Sobes.Import.Tests.QuizPage;

public sealed class QuizPageReaderTests
{
    private const string HiddenPlaceholder = "Signup and view all the answers";

    private static ImportBatch ReadFixture() => TestFiles.Read(new QuizPageReader(), TestFiles.Fixture("regularisation-quiz.txt"));

    [Fact]
    public void Fixture_page_matches_its_golden_rendering() =>
        GoldenFile.Verify(BatchText.Render(ReadFixture()), "regularisation-quiz.txt");

    [Fact]
    public void Repeated_paraphrased_notes_are_merged_not_doubled()
    {
        var batch = ReadFixture();

        var headings = batch.Posts.Where(p => p.KindHint == PostKindHint.Note).Select(p => p.TitleHint).ToList();

        Assert.Equal(["Зачем нужна регуляризация", "L1 и L2", "Regularisation in Neural Networks", "Регуляризация деревьев"], headings);
        Assert.Equal(4, batch.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("repeated", StringComparison.Ordinal)));
    }

    [Fact]
    public void Merging_keeps_the_richer_rendition()
    {
        var notes = ReadFixture().Posts.Where(p => p.KindHint == PostKindHint.Note).ToDictionary(p => p.TitleHint!);

        Assert.Contains("Сила штрафа подбирается на валидации.", notes["Зачем нужна регуляризация"].Text, StringComparison.Ordinal);
        Assert.Contains("с общим коэффициентом", notes["L1 и L2"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_glued_to_a_bullet_is_split_off()
    {
        var notes = ReadFixture().Posts.Where(p => p.KindHint == PostKindHint.Note).ToList();

        Assert.DoesNotContain(notes, p => p.Text.Contains("###", StringComparison.Ordinal));
        Assert.Contains(notes, p => p.TitleHint == "Регуляризация деревьев");
    }

    [Fact]
    public void Hidden_answers_are_null_and_shown_answers_kept()
    {
        var questions = ReadFixture().Posts.Where(p => p.KindHint == PostKindHint.Question).ToDictionary(p => p.TitleHint!);

        Assert.Equal("Неверно", questions["Регуляризация L1 никогда не обнуляет коэффициенты."].AnswerHint);
        Assert.Equal("Dropout", questions["Как называется метод, случайно отключающий нейроны при обучении?"].AnswerHint);
        Assert.Equal("True", questions["Weight decay is equivalent to L2 regularisation for plain SGD."].AnswerHint);
        Assert.Null(questions["Early stopping halts training when the ____ loss stops improving."].AnswerHint);
        Assert.Null(questions["Что делает L2-регуляризация с весами модели?"].AnswerHint);
    }

    [Fact]
    public void Matching_answer_pairs_are_kept_as_lines()
    {
        var matching = ReadFixture().Posts.Single(p => p.TitleHint == "Сопоставьте метод и тип штрафа:");

        Assert.Equal("L1 - сумма модулей\nL2 - сумма квадратов", matching.AnswerHint);
    }

    [Fact]
    public void Fill_in_and_matching_questions_are_read_as_questions()
    {
        var questions = ReadFixture().Posts.Where(p => p.KindHint == PostKindHint.Question).Select(p => p.Text).ToList();

        Assert.Equal(9, questions.Count);
        Assert.Equal(2, questions.Count(q => QuizLines.Classify(q) == QuizQuestionShape.FillInBlank));
        Assert.Equal(2, questions.Count(q => QuizLines.Classify(q) == QuizQuestionShape.Matching));
        Assert.Equal(1, questions.Count(q => QuizLines.Classify(q) == QuizQuestionShape.MultipleChoice));
    }

    [Fact]
    public void Page_chrome_and_description_do_not_become_posts()
    {
        var texts = ReadFixture().Posts.Select(p => p.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains(HiddenPlaceholder, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Flashcards Beta", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Use AI", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("A short quiz about", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Верно", true)]
    [InlineData("false", true)]
    [InlineData("SVM", true)]
    [InlineData("Gradient boosting", true)]
    [InlineData("Модели всегда переобучаются.", false)]
    [InlineData("Что важнее, чем качество модели?", false)]
    [InlineData("Сопоставьте модели и их предположения:", false)]
    [InlineData("Скорость ____ важна", false)]
    public void Shown_answer_lines_are_told_from_question_lines(string line, bool isAnswer) =>
        Assert.Equal(isAnswer, QuizLines.IsShownAnswer(line));
}

public sealed class QuizPageShapeTests
{
    private static List<RawPost> Read(string page)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sobes-quiz-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, page);
        try
        {
            return TestFiles.Read(new QuizPageReader(), path).Posts.Where(p => p.KindHint == PostKindHint.Question).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string Page = """
        Quiz Beta
        Questions and Answers
        Бэггинг снижает ______, а бустинг в основном снижает ___.
        разброс; смещение
        Градиентный спуск делает шаг против __________.
        градиента
        Сопоставьте ансамбль и его идею:
        Бэггинг - усреднение независимых моделей
        Бустинг - последовательное исправление ошибок
        Сопоставьте метрику и её смысл:
        Signup and view all the answers
        Случайный лес строится на ______ выборках.
        Signup and view all the answers
        """;

    [Fact]
    public void A_hidden_answer_is_marked_so_and_no_answer_is_given()
    {
        var post = Read(Page).Single(p => p.Text.StartsWith("Случайный лес", StringComparison.Ordinal));

        Assert.True(post.AnswerHidden);
        Assert.Null(post.AnswerHint);
        Assert.Equal(new TaskShape { Form = TaskForm.FillIn, Blanks = 1 }.Form, post.Shape!.Form);
        Assert.Empty(post.Shape.Answers);
    }

    [Fact]
    public void A_fill_in_keeps_its_blanks_written_alike_and_the_words_that_fill_them()
    {
        var post = Read(Page)[0];

        Assert.Equal("Бэггинг снижает ____, а бустинг в основном снижает ____.", post.Text);
        Assert.Equal(2, post.Shape!.Blanks);
        Assert.Equal(["разброс", "смещение"], post.Shape.Answers);
        Assert.False(post.AnswerHidden);
    }

    [Fact]
    public void A_matching_task_keeps_its_pairs()
    {
        var posts = Read(Page);
        var shown = posts.Single(p => p.Text == "Сопоставьте ансамбль и его идею:");
        var hidden = posts.Single(p => p.Text == "Сопоставьте метрику и её смысл:");

        Assert.Equal(TaskForm.Matching, shown.Shape!.Form);
        Assert.Equal([new MatchPair("Бэггинг", "усреднение независимых моделей"), new MatchPair("Бустинг", "последовательное исправление ошибок")], shown.Shape.Pairs);
        Assert.True(hidden.AnswerHidden);
        Assert.Empty(hidden.Shape!.Pairs);
    }

    [Fact]
    public void An_open_question_has_no_shape()
    {
        Assert.All(TestFiles.Read(new QuizPageReader(), TestFiles.Fixture("regularisation-quiz.txt")).Posts
            .Where(p => p.KindHint == PostKindHint.Question && p.Text.EndsWith('?')), p => Assert.Null(p.Shape));
    }
}
