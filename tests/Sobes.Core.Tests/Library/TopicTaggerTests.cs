using Sobes.Core.Library;

namespace Sobes.Core.Tests.Library;

public sealed class TopicTaggerTests
{
    [Theory]
    [InlineData("Почему модель переобучилась на кросс-валидации?", "validation")]
    [InlineData("How does L1 regularization select features?", "regularization")]
    [InlineData("Чем градиентный бустинг отличается от случайного леса?", "ensembles")]
    [InlineData("Как считать ROC AUC и precision?", "metrics")]
    [InlineData("Что такое галлюцинации больших языковых моделей и как помогает RAG?", "llm")]
    [InlineData("Какова вероятность вытянуть туза из колоды?", "probability")]
    [InlineData("Напишите SQL-запрос с JOIN и GROUP BY", "sql")]
    public void Word_forms_in_either_language_find_their_topic(string text, string topic)
    {
        Assert.Contains(topic, TopicTagger.Tag(text, [], []));
    }

    [Fact]
    public void Hashtags_and_format_hints_tag_too_and_at_most_three_topics_are_kept()
    {
        var topics = TopicTagger.Tag("Разбор", ["sql", "nlp"], ["Deep learning"]);

        Assert.Equal(["deep-learning", "nlp", "sql"], topics.Order().ToArray());
        Assert.True(TopicTagger.Tag("precision recall dropout bagging sql nlp rag", [], []).Count <= 3);
    }

    [Fact]
    public void A_text_about_nothing_in_the_taxonomy_gets_no_topic()
    {
        Assert.Empty(TopicTagger.Tag("Доброе утро, коллеги! Хорошей недели.", [], []));
    }

    [Theory]
    [InlineData("Что такое дропаут?", "Регуляризация и dropout\nL2 и ridge")]
    [InlineData("Градиентный", "спуск и learning rate")]
    [InlineData("Ударение", "\u0301переобучение и кросс-валидация")]
    [InlineData("", "")]
    public void A_title_and_a_body_tag_as_the_text_that_joins_them_with_a_line_break(string title, string body)
    {
        Assert.Equal(TopicTagger.Tag(title + "\n" + body, ["ml"], []), TopicTagger.Tag(title, body, ["ml"], []));
    }

    [Fact]
    public void Topics_come_strongest_first_and_equal_ones_in_taxonomy_order()
    {
        Assert.Equal(["validation", "metrics", "regularization"], TopicTagger.Tag("Кросс-валидация и переобучение: precision и dropout", [], []));
    }

    [Fact]
    public void Keywords_of_a_topic_that_stem_alike_count_once()
    {
        // Three forms of one metrics keyword count 1; validation's two keywords count 2, though one matches twice.
        Assert.Equal(["validation", "metrics"], TopicTagger.Tag("Метрика, метрики, метрикой; валидация и кросс-валидация", [], []));
    }
}
