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
        Assert.Null(questions["Early stopping halts training when the ________ loss stops improving."].AnswerHint);
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
