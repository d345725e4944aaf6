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

    [Theory]
    [InlineData("Как метрика NDCG оценивает ранжирование поисковой выдачи?", "ranking")]
    [InlineData("Which losses does learning to rank use: pointwise, pairwise or listwise?", "ranking")]
    [InlineData("Как бороться с холодным стартом в рекомендательной системе?", "recsys")]
    [InlineData("When does collaborative filtering beat a content-based recommender?", "recsys")]
    [InlineData("Зачем проверять стационарность временного ряда перед ARIMA?", "time-series")]
    [InlineData("How do you remove seasonality before forecasting a time series?", "time-series")]
    public void Ranking_recommender_systems_and_time_series_are_topics(string text, string topic)
    {
        Assert.Equal(topic, TopicTagger.Tag(text, [], [])[0]);
    }

    [Theory]
    [InlineData("Что такое SHAP?", "SHAP распределяет вклад в прогноз между признаками по значениям Шепли.", "time-series")]
    [InlineData("What is calibration?", "Among objects with a forecast of 0.8, about 80% should be positive.", "time-series")]
    public void A_common_word_alone_is_no_topic_even_where_a_specific_term_stems_like_it(string title, string body, string topic)
    {
        Assert.DoesNotContain(topic, TopicTagger.Tag(title, body, [], [], null));
    }

    [Theory]
    [InlineData("Как работает beam search?", "Beam search на каждом шаге хранит k лучших частичных последовательностей.", "nlp", "ranking")]
    [InlineData("Поиск работы: с чего начать?", "Начните с резюме и пет-проектов.", "career", "ranking")]
    public void A_word_inside_a_longer_term_is_no_evidence_of_its_own(string title, string body, string topic, string notTopic)
    {
        var topics = TopicTagger.Tag(title, body, [], [], null);

        Assert.Equal(topic, topics[0]);
        Assert.DoesNotContain(notTopic, topics);
    }

    [Fact]
    public void No_specific_term_of_a_topic_stems_like_one_of_its_common_words()
    {
        var clashes = new List<string>();
        foreach (var topic in Taxonomy.Topics)
        {
            var terms = Sobes.Core.Library.Terms.BilingualTerms.Entries.Where(e => e.Topic == topic.Slug).SelectMany(e => e.Russian.Concat(e.English)).ToList();
            var common = topic.WeakKeywords.Concat(terms.Where(f => f.Weak).Select(f => f.Text)).GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var term in topic.Keywords.Concat(terms.Where(f => !f.Weak).Select(f => f.Text)))
            {
                if (common.TryGetValue(Key(term), out var word))
                {
                    clashes.Add($"{topic.Slug}: '{term}' stems like the common word '{word}'");
                }
            }
        }

        Assert.True(clashes.Count == 0, string.Join("\n", clashes));

        static string Key(string text) => string.Join(' ', Sobes.Core.Text.TextStemmer.Stems(text));
    }

    [Theory]
    [InlineData("Что такое коллаборативная фильтрация?", "recsys")]
    [InlineData("Explain the vanishing gradient problem", "deep-learning")]
    [InlineData("Как уменьшить дрейф данных в продакшене?", "mlops")]
    public void Dictionary_terms_are_topic_evidence_in_both_languages(string text, string topic)
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

    [Fact]
    public void Words_of_the_document_title_are_never_topic_evidence_on_their_own()
    {
        // A list called "... Interview ..." on deep learning: the title names neither topic of an item about nothing in the taxonomy.
        Assert.Empty(TopicTagger.Tag("Tell us about a project you are proud of", "Any answer works.", [], [], "Deep Learning Interview Questions"));
        Assert.Equal(["probability"], TopicTagger.Tag("What does a p-value measure?", "The chance of data this extreme under the null.", [], [],
            "Data Science Interview Questions"));
    }

    [Fact]
    public void The_document_title_supports_a_topic_found_otherwise()
    {
        var without = TopicTagger.Tag("Why freeze some layers?", "Freezing keeps the pretrained weights while the head trains.", [], [], null);
        var with = TopicTagger.Tag("Why freeze some layers?", "Freezing keeps the pretrained weights while the head trains.", [], [], "Deep learning notes");

        Assert.Equal("deep-learning", with[0]);
        Assert.Equal(without, with);
    }

    [Fact]
    public void An_interview_hashtag_does_not_make_a_technical_post_about_careers()
    {
        var topics = TopicTagger.Tag("Как устроена PR-кривая?", "PR-кривая — это графическое изображение того, как precision меняется с recall при сдвиге порога.",
            ["вопросы_с_интервью", "собеседование"], [], null);

        Assert.Equal("metrics", topics[0]);
        Assert.DoesNotContain("career", topics);
        Assert.DoesNotContain("cv", topics);
    }

    [Theory]
    [InlineData("Как подготовиться к собеседованию и обсудить зарплату с рекрутером?")]
    [InlineData("How to negotiate a job offer after the interview process")]
    public void Career_is_for_posts_about_careers(string text)
    {
        Assert.Equal("career", TopicTagger.Tag(text, [], [])[0]);
    }

    [Fact]
    public void The_section_heading_outweighs_passing_mentions_in_the_answer()
    {
        var topics = TopicTagger.Tag("How would you handle new users?", "Fall back to popular items; an image of the user's profile is rarely enough.",
            [], ["Machine Learning", "Recommender systems"], null);

        Assert.Equal("recsys", topics[0]);
    }

    [Fact]
    public void The_main_topic_comes_first_when_the_title_names_it()
    {
        var topics = TopicTagger.Tag("Чем Adam отличается от SGD с моментумом?",
            "Оба шага обучения считают по градиенту функции потерь; в нейросети со многими слоями Adam подбирает шаг для каждого веса.", [], [], null);

        Assert.Equal("optimization", topics[0]);
    }

    [Fact]
    public void A_passing_secondary_mention_does_not_become_a_topic()
    {
        var body = string.Join(' ', Enumerable.Repeat("Кросс-валидация делит выборку на фолды, и каждая часть по очереди служит валидацией.", 3));
        var topics = TopicTagger.Tag("Как устроена кросс-валидация?", body + " Так мы видим переобучение, а не оптимизатор.", [], [], null);

        Assert.Equal(["validation"], topics);
    }

    [Fact]
    public void A_term_repeated_in_the_body_counts_at_most_three_times()
    {
        var often = TopicTagger.Tag("", string.Join(' ', Enumerable.Repeat("бутстрэп", 10)) + " ndcg ndcg ndcg", [], [], null);

        Assert.Equal(["probability", "ranking"], often);
    }
}
