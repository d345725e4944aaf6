using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Cards;

public sealed class CardSourcesTests
{
    private static SourceItem Problem(long id, string statement, string? solution) => new()
    {
        Id = id, Kind = "problem", Title = statement, Question = statement, Answer = solution, Body = statement + "\n" + solution, Topics = ["probability"],
    };

    [Fact]
    public void A_problem_post_with_its_statement_and_solution_apart_is_practised_as_itself_first()
    {
        var post = Problem(1, "Задача про логистическую регрессию. Коэффициент признака равен 0.4. Во сколько раз меняются шансы при росте признака на 2?",
            "Логарифм шансов растёт на 0.8, шансы умножаются на e^0.8 ≈ 2.23.");

        var card = Assert.Single(CardGenerator.Generate([post]));

        Assert.Equal((CardType.Problem, GeneratorKeys.Post), (card.Type, card.GeneratorKey));
        Assert.Equal(post.Question, card.Payload.Prompt);
        Assert.Equal(post.Answer, card.Payload.Answer);
        Assert.Null(card.Payload.ProblemKind);
    }

    [Fact]
    public void A_generator_is_linked_after_the_post_when_the_statement_names_its_task()
    {
        var post = Problem(2, "Болезнью страдает 1 % людей. Тест находит болезнь у 95 % больных и даёт положительный результат у 5 % здоровых. Какова вероятность болезни при положительном тесте?",
            "По формуле Байеса ≈ 0.16.");

        var cards = CardGenerator.Generate([post]);

        Assert.Equal([GeneratorKeys.Post, GeneratorKeys.Problem + "bayes-test"], cards.Select(c => c.GeneratorKey));
    }

    [Theory]
    [InlineData("Задача про логистическую регрессию: модель предсказывает болезнь по тесту, коэффициент 0.4. Во сколько раз растут шансы болезни?")]
    [InlineData("Подбрасываем монету до первого орла. Сколько в среднем понадобится бросков?")]
    [InlineData("Тест показал положительный результат на отложенной выборке. Что делать дальше?")]
    [InlineData("Посчитайте precision и ROC AUC по таблице предсказаний.")]
    public void No_generator_is_linked_to_a_task_none_practises_or_to_two_tasks_at_once(string statement)
    {
        Assert.Null(ProblemLink.Kind(statement));
    }

    [Fact]
    public void A_problem_post_without_a_solution_gets_no_card_of_its_own()
    {
        Assert.Empty(CardGenerator.Generate([Problem(3, "Подбрасываем монету до первого орла. Сколько бросков в среднем?", null)]));
    }

    [Theory]
    [InlineData("False", "True", 0, "false")]
    [InlineData("Верно", "Неверно", 0, "true")]
    [InlineData("Да", "Нет", 1, "false")]
    public void A_keyed_true_or_false_quiz_becomes_a_true_false_card(string first, string second, int key, string truth)
    {
        var quiz = new SourceItem
        {
            Id = 4, Kind = "quiz", Title = "Batch normalization uses mini-batch statistics at inference time.", Body = "…",
            Options = [new ChoiceOption(first, null), new ChoiceOption(second, null)], KeyOption = key, KeySource = KeySource.Author,
        };

        var card = Assert.Single(CardGenerator.Generate([quiz]));

        Assert.Equal((CardType.TrueFalse, GeneratorKeys.Choice, truth), (card.Type, card.GeneratorKey, card.Payload.Answer));
    }

    [Fact]
    public void A_statement_answered_false_on_a_quiz_page_becomes_a_true_false_card()
    {
        var question = new SourceItem
        {
            Id = 7, Kind = "question", Title = "Можно доверять новому алгоритму без проверки на отложенных данных.",
            Question = "Можно доверять новому алгоритму без проверки на отложенных данных.", Answer = "False", Body = "…",
        };

        var card = Assert.Single(CardGenerator.Generate([question]));

        Assert.Equal((CardType.TrueFalse, "false"), (card.Type, card.Payload.Answer));
    }

    [Fact]
    public void A_true_or_false_poll_with_only_the_crowds_pick_stays_multiple_choice()
    {
        var poll = new SourceItem
        {
            Id = 5, Kind = "quiz", Title = "Random forest mainly reduces variance, not bias.", Body = "…",
            Options = [new ChoiceOption("True", 0.7), new ChoiceOption("False", 0.3)], KeyOption = 0, KeySource = KeySource.Crowd,
        };

        Assert.Equal(CardType.MultipleChoice, Assert.Single(CardGenerator.Generate([poll])).Type);
    }

    [Fact]
    public void A_matching_task_with_its_pairs_becomes_a_matching_card()
    {
        var task = new SourceItem
        {
            Id = 6, Kind = "question", Title = "Сопоставьте метрики и формулы", Question = "Сопоставьте метрики и формулы", Body = "…", Topics = ["metrics"],
            Answer = "Precision — TP / (TP + FP)\nRecall — TP / (TP + FN)\nSpecificity — TN / (TN + FP)",
        };

        var card = Assert.Single(CardGenerator.Generate([task]));

        Assert.Equal((CardType.Matching, GeneratorKeys.Match + "item"), (card.Type, card.GeneratorKey));
        Assert.Equal(["Precision", "Recall", "Specificity"], card.Payload.Pairs!.Select(p => p.Term));
        Assert.Equal("TN / (TN + FP)", card.Payload.Pairs![2].Definition);
    }

    [Fact]
    public void A_crowd_only_key_is_flagged_and_suggests_a_grade_instead_of_checking()
    {
        IReadOnlyList<ChoiceOption> options = [new("Accuracy", 0.2), new("ROC AUC", 0.7), new("F1", 0.1)];
        var crowd = QuizKeyInfo.Of(options, 1, KeySource.Crowd);
        var split = QuizKeyInfo.Of([new("A", 0.4), new("B", 0.35), new("C", 0.25)], null, null);
        var author = QuizKeyInfo.Of(options, 1, KeySource.Author);

        Assert.True(crowd.CrowdOnly);
        Assert.Equal(Rating.Good, crowd.SuggestedGrade(1));
        Assert.Equal(Rating.Again, crowd.SuggestedGrade(0));
        Assert.Equal(Rating.Hard, split.SuggestedGrade(0));
        Assert.False(author.CrowdOnly);
        Assert.Null(author.SuggestedGrade(1));
    }
}
