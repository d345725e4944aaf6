using Sobes.Core.Posts;
using Sobes.Import.Markdown;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Markdown;

public sealed class MarkdownQaReaderTests
{
    private static ImportBatch ReadFixture(string name) => TestFiles.Read(new MarkdownQaReader(), TestFiles.Fixture(name));

    private static RawPost Question(string fixture, string title) => ReadFixture(fixture).Posts.Single(p => p.TitleHint == title);

    [Theory]
    [InlineData("headings.md")]
    [InlineData("bold.md")]
    [InlineData("numbered.md")]
    [InlineData("details.md")]
    public void Fixture_matches_its_golden_rendering(string fixture) =>
        GoldenFile.Verify(BatchText.Render(ReadFixture(fixture)), fixture + ".txt");

    [Fact]
    public void Heading_questions_get_enclosing_headings_as_topics_outermost_first()
    {
        var post = Question("headings.md", "Why do deep decision trees overfit?");

        Assert.Equal(["Classical ML", "Trees"], post.TopicHints);
        Assert.Equal("ML interview notes", post.DocumentTitle);
        Assert.Equal("line 9", post.Locator);
    }

    [Fact]
    public void A_later_section_replaces_the_topics_of_the_earlier_one()
    {
        var post = Question("headings.md", "Что такое затухание градиента?");

        Assert.Equal(["Глубокое обучение"], post.TopicHints);
    }

    [Fact]
    public void Numbering_headings_are_not_topics()
    {
        var post = Question("headings.md", "Is accuracy a good metric for imbalanced data?");

        Assert.Empty(post.TopicHints);
    }

    [Theory]
    [InlineData("headings.md", "How does a random forest decorrelate its trees?")]
    [InlineData("headings.md", "Зачем нужна нормализация батча?")]
    [InlineData("bold.md", "Why keep a separate test set?")]
    [InlineData("bold.md", "What is log loss?")]
    [InlineData("numbered.md", "What is a slowly changing dimension?")]
    [InlineData("numbered.md", "Чем LEFT JOIN отличается от INNER JOIN?")]
    [InlineData("details.md", "What is KV caching?")]
    public void Placeholder_or_empty_answers_give_no_answer(string fixture, string title) =>
        Assert.Null(Question(fixture, title).AnswerHint);

    [Fact]
    public void A_subheading_deeper_than_the_question_stays_in_its_answer()
    {
        var post = Question("headings.md", "What does feature_importances_ measure in scikit-learn?");

        Assert.Contains("Caveat", post.AnswerHint, StringComparison.Ordinal);
        Assert.Equal(["https://scikit-learn.org/stable/modules/permutation_importance.html"], post.Links);
        Assert.DoesNotContain("](", post.AnswerHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Fenced_code_is_kept_as_code_and_in_the_answer()
    {
        var post = Question("headings.md", "How do you fit a ridge regression in NumPy?");

        var code = Assert.Single(post.Code);
        Assert.Equal("python", code.Language);
        Assert.Contains("np.linalg.solve", code.Text, StringComparison.Ordinal);
        Assert.Contains("    n = X.shape[1]", post.AnswerHint, StringComparison.Ordinal);
        Assert.DoesNotContain("```", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_and_html_are_stripped_from_bold_questions_and_answers()
    {
        var post = Question("bold.md", "Which metrics fit a regression task?");

        Assert.Contains("R2, the coefficient of determination", post.AnswerHint, StringComparison.Ordinal);
        Assert.DoesNotContain("<", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_label_and_question_label_are_removed()
    {
        var post = Question("bold.md", "What does the ROC curve plot?");

        Assert.StartsWith("The true-positive rate", post.AnswerHint, StringComparison.Ordinal);
        Assert.Contains("https://example.org/img/roc.png", post.Links);
    }

    [Fact]
    public void Bold_question_with_its_answer_on_the_same_line_keeps_both()
    {
        var post = Question("bold.md", "Что показывает матрица ошибок?");

        Assert.StartsWith("Число верных и ошибочных", post.AnswerHint, StringComparison.Ordinal);
        Assert.Contains("Actual + | TP | FN", post.AnswerHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_questions_take_their_indented_answers_and_code()
    {
        var post = Question("numbered.md", "How do you find duplicate rows in a table?");

        Assert.Equal("sql", Assert.Single(post.Code).Language);
        Assert.Equal(["Warm-up"], post.TopicHints);
    }

    [Fact]
    public void Details_summary_is_the_question_and_its_body_the_answer()
    {
        var post = Question("details.md", "Why scale dot products by the square root of dk?");

        Assert.Contains("softmax", post.AnswerHint, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", post.Text, StringComparison.Ordinal);
        Assert.Equal("python", Assert.Single(post.Code).Language);
    }

    [Fact]
    public void An_answer_revealed_in_details_belongs_to_the_heading_question()
    {
        var batch = ReadFixture("details.md");
        var post = batch.Posts.Single(p => p.TitleHint == "What is RLHF?");

        Assert.Contains("reward model", post.AnswerHint, StringComparison.Ordinal);
        Assert.Contains("PPO is the usual optimiser.", post.AnswerHint, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/rlhf"], post.Links);
        Assert.DoesNotContain(batch.Posts, p => p.TitleHint is "Answer" or "More");
    }

    [Fact]
    public void Every_question_shape_is_found()
    {
        Assert.Equal(7, ReadFixture("headings.md").Posts.Count);
        Assert.Equal(6, ReadFixture("bold.md").Posts.Count);
        Assert.Equal(7, ReadFixture("numbered.md").Posts.Count);
        Assert.Equal(5, ReadFixture("details.md").Posts.Count);
    }
}

public sealed class MarkdownEditorialTests
{
    private static ImportBatch Read() => TestFiles.Read(new MarkdownQaReader(), TestFiles.Fixture("editorial.md"));

    [Fact]
    public void Html_comments_and_template_entries_give_no_items()
    {
        var titles = Read().Posts.Select(p => p.TitleHint).ToList();

        Assert.DoesNotContain("Вопрос?", titles);
        Assert.DoesNotContain("Старый вопрос, который автор убрал?", titles);
        Assert.Equal(9, titles.Count);
    }

    [Fact]
    public void A_template_answer_is_no_answer()
    {
        var post = Read().Posts.Single(p => p.TitleHint == "Чем L1 отличается от L2?");

        Assert.Null(post.AnswerHint);
    }

    [Theory]
    [InlineData("Объясните, что делает dropout", "Случайно выключает нейроны на каждом шаге обучения.")]
    [InlineData("Опишите early stopping", "Обучение останавливают, когда ошибка на валидации перестаёт падать.")]
    [InlineData("Explain what a warm-up of the learning rate does.", "It raises the learning rate from a small value over the first steps, so early updates do not blow up.")]
    public void A_bold_line_that_asks_is_a_question_without_a_question_mark(string question, string answer)
    {
        var post = Read().Posts.Single(p => p.TitleHint == question);

        Assert.Equal(answer, post.AnswerHint);
    }

    [Fact]
    public void A_heading_that_asks_in_the_imperative_is_a_question_and_a_section_heading_is_not()
    {
        var posts = Read().Posts;

        var post = posts.Single(p => p.TitleHint == "Compare bagging and boosting");
        Assert.StartsWith("Bagging trains models independently", post.AnswerHint, StringComparison.Ordinal);
        Assert.Equal(["Ensembles"], post.TopicHints);
        Assert.DoesNotContain(posts, p => p.TitleHint == "How to contribute");
    }

    [Fact]
    public void A_rule_after_an_answer_ends_it_so_the_lists_footer_is_no_part_of_the_last_answer()
    {
        var post = Read().Posts.Single(p => p.TitleHint == "Compare bagging and boosting");

        Assert.Equal("Bagging trains models independently and averages them; boosting trains them one after another on the previous errors.", post.AnswerHint);
    }

    [Fact]
    public void A_formula_image_from_a_latex_renderer_becomes_inline_latex()
    {
        var posts = Read().Posts;

        Assert.Contains(@"probability: $\sigma(z)=\frac{1}{1+e^{-z}}$, then thresholds it.", posts.Single(p => p.TitleHint == "What does the sigmoid compute?").AnswerHint);
        Assert.Equal(@"By the formula: $F_1=\frac{2PR}{P+R}$", posts.Single(p => p.TitleHint == "How is the F1 score defined?").AnswerHint);
    }

    [Fact]
    public void Any_other_image_leaves_a_visible_marker()
    {
        var post = Read().Posts.Single(p => p.TitleHint == "What does the ROC plot show?");

        Assert.Equal("A curve of dots, [image], then the diagonal of a random guess.", post.AnswerHint);
    }

    [Fact]
    public void The_lists_own_title_is_the_document_title_and_no_section()
    {
        var post = Read().Posts.Single(p => p.TitleHint == "Опишите early stopping");

        Assert.Equal("Вопросы по ML", post.DocumentTitle);
        Assert.Equal(["Регуляризация"], post.TopicHints);
    }
}
