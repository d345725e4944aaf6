using System.Text;
using Sobes.Data.Search;

namespace Sobes.Benchmarks.Search;

/// <summary>
/// Deterministic synthetic posts: inflected Russian and English ML words plus made-up filler words, drawn with a
/// skewed (Zipf-like) frequency so that a few words are common and most are rare, as in real channels.
/// </summary>
internal static class SearchCorpus
{
    private static readonly string[] Words =
    [
        "переобучение", "переобучения", "переобучиться", "модель", "модели", "моделью", "регуляризация", "регуляризации",
        "градиентный", "градиентного", "бустинг", "бустинга", "дерево", "деревья", "деревьев", "признак", "признаки",
        "выборка", "выборки", "валидация", "кросс", "метрика", "метрики", "точность", "полнота", "ошибка", "ошибки",
        "нейросеть", "нейросети", "обучение", "обучать", "данные", "данных", "функция", "потерь", "вероятность",
        "overfitting", "model", "models", "regularization", "regularize", "gradient", "boosting", "tree", "trees",
        "feature", "features", "sample", "validation", "metric", "precision", "recall", "error", "errors", "network",
        "training", "train", "data", "loss", "function", "probability", "attention", "transformer", "embedding",
    ];

    private static readonly string[] Kinds = ["question", "note", "quiz", "problem", "case", "resource"];
    private static readonly string[] Topics = ["metrics", "validation", "regularisation", "ensembles", "deep-learning", "nlp", "llm", "statistics"];
    private static readonly string[] Syllables = ["ка", "ро", "ли", "ми", "на", "те", "ba", "lo", "ri", "ne", "to", "su"];

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 20261124)
    {
        var random = new Random(seed);
        var filler = Enumerable.Range(0, 20_000).Select(_ => MadeUpWord(random)).ToArray();
        var docs = new SearchDocument[count];
        for (var i = 0; i < count; i++)
        {
            docs[i] = new SearchDocument(
                i + 1,
                Kinds[random.Next(Kinds.Length)],
                Sentence(random, filler, 4 + random.Next(6)),
                Sentence(random, filler, 30 + random.Next(120)),
                [Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)]],
                ["channel-" + random.Next(40)],
                random.Next(4) == 0 ? ["#" + Words[random.Next(Words.Length)]] : []);
        }

        return docs;
    }

    private static string Sentence(Random random, string[] filler, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var skew = Math.Pow(random.NextDouble(), 3);
            var word = random.Next(3) == 0 ? Words[(int)(skew * Words.Length)] : filler[(int)(skew * filler.Length)];
            text.Append(word).Append(w % 12 == 11 ? ". " : " ");
        }

        return text.ToString();
    }

    private static string MadeUpWord(Random random)
    {
        var length = 2 + random.Next(4);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Syllables[random.Next(Syllables.Length)]));
    }
}
