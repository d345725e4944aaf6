using Sobes.Data.Search;

namespace Sobes.Data.Tests.Search;

/// <summary>A small hand-written corpus in Russian and English (not taken from any source dump).</summary>
internal static class SearchFixtures
{
    public static SearchDocument Doc(
        long id,
        string title,
        string text,
        string kind = "question",
        string[]? topics = null,
        string[]? sources = null,
        string[]? hashtags = null) =>
        new(id, kind, title, text, topics ?? [], sources ?? [], hashtags ?? []);

    public static IReadOnlyList<SearchDocument> Corpus { get; } =
    [
        Doc(1, "Что такое переобучение?", "Модель запоминает шум обучающей выборки и плохо обобщает на новые данные.", topics: ["validation"], sources: ["ml-channel"]),
        Doc(2, "Признаки переобучения", "Ошибка на обучении падает, а на валидации растёт: так выглядят признаки переобучения.", kind: "note", topics: ["validation"], sources: ["ds-notes"]),
        Doc(3, "Почему сеть может переобучиться", "Большая сеть без dropout легко может переобучиться на маленьком датасете.", topics: ["deep-learning"], sources: ["ml-channel"]),
        Doc(4, "L2 regularization", "Weight decay adds the squared norm of the weights to the loss and shrinks coefficients.", topics: ["regularisation"], sources: ["en-blog"], hashtags: ["#regularization"]),
        Doc(5, "Gradient boosting", "Trees are added one by one; each new tree fits the residual errors of the ensemble.", kind: "note", topics: ["ensembles"], sources: ["en-blog"]),
        Doc(6, "Градиентный бустинг над деревьями", "Каждое новое дерево обучается на остатках ансамбля, шаг задаёт скорость обучения.", topics: ["ensembles"], sources: ["ds-notes"]),
        Doc(7, "Квиз: метрика ROC AUC", "Какая метрика не зависит от порога классификации? ROC AUC, log loss, accuracy.", kind: "quiz", topics: ["metrics"], sources: ["quiz-site"]),
        Doc(8, "Random forest vs boosting", "Bagging averages independent trees, boosting builds trees sequentially on residual errors.", topics: ["ensembles"], sources: ["en-blog"]),
    ];

    public static SearchIndex Indexed(IEnumerable<SearchDocument>? docs = null)
    {
        var index = SearchIndex.InMemory();
        index.Upsert(docs ?? Corpus);
        return index;
    }

    public static long[] Ids(this SearchResults results) => results.Hits.Select(h => h.Id).ToArray();
}
