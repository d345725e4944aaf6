using Sobes.Core.Problems;

namespace Sobes.Core.Tests.Problems;

public sealed class ProblemCatalogTests
{
    [Fact]
    public void The_catalog_holds_at_least_twelve_distinct_kinds_with_both_titles()
    {
        Assert.True(ProblemCatalog.All.Count >= 12);
        Assert.Equal(ProblemCatalog.All.Count, ProblemCatalog.All.Select(g => g.Kind).Distinct().Count());
        Assert.All(ProblemCatalog.All, g =>
        {
            Assert.Contains(g.TitleRu, c => c is >= 'А' and <= 'я');
            Assert.False(string.IsNullOrWhiteSpace(g.TitleEn));
            Assert.Same(g, ProblemCatalog.Find(g.Kind));
        });
    }

    [Theory]
    [InlineData("Из колоды в 52 карты вытягивают 5 карт. Какова вероятность получить три туза?", "card-hand")]
    [InlineData("Five cards are dealt from a standard deck. What is the chance of a flush?", "card-hand")]
    [InlineData("Тест на болезнь имеет чувствительность 95% и специфичность 90%. Какова вероятность, что человек болен при положительном результате?", "bayes-test")]
    [InlineData("Посчитайте ROC AUC для следующих предсказаний", "roc-auc")]
    [InlineData("В A/B-тесте конверсия выросла с 10% до 12%. Значимо ли это? Найдите p-value.", "ab-test")]
    [InlineData("Compute the Gini impurity of the split in a decision tree", "tree-split")]
    [InlineData("Почему в глубокой сети с сигмоидой возникает затухание градиента?", "vanishing-gradient")]
    [InlineData("Compute the log loss of these predictions", "log-loss")]
    [InlineData("Найдите коэффициенты прямой методом наименьших квадратов", "least-squares")]
    public void A_problem_statement_naming_a_generators_task_is_linked_to_it(string text, string kind) =>
        Assert.Equal(kind, Sobes.Core.Cards.ProblemLink.Kind(text));

    [Fact]
    public void A_text_about_something_else_is_linked_to_no_generator() =>
        Assert.Null(Sobes.Core.Cards.ProblemLink.Kind("Расскажите о себе и своём опыте работы с Kubernetes"));
}
