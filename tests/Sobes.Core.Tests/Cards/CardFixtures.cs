using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards;

/// <summary>Items written for these tests.</summary>
internal static class CardFixtures
{
    public static SourceItem Question(long id, string topic = "validation", int revision = 1) => new()
    {
        Id = id, Kind = "question", Title = "Зачем нужна отложенная выборка?", Question = "Зачем нужна отложенная выборка?",
        Answer = "Чтобы честно оценить качество на данных, которых модель не видела.", Body = "…", Topics = [topic], Revision = revision,
    };

    public static SourceItem Quiz(long id, int? key = null, Sobes.Core.Library.KeySource? keySource = null) => new()
    {
        Id = id, Kind = "quiz", Title = "Какая метрика не зависит от порога?", Body = "…", Topics = ["metrics"],
        Options = [new ChoiceOption("Accuracy", 0.2), new ChoiceOption("ROC AUC", 0.7), new ChoiceOption("F1", 0.1)],
        KeyOption = key, KeySource = keySource,
    };

    public static SourceItem Note(long id, string topic, params string[] definitions) => new()
    {
        Id = id, Kind = "note", Title = "Заметка", Body = string.Join(" ", definitions), Topics = [topic],
    };

    /// <summary>Definitions of distinct, non-overlapping terms, each in a note of its own; the first two are measures of one kind.</summary>
    public static IReadOnlyList<SourceItem> Glossary(string topic, int count, long firstId = 100) =>
        Definitions.Take(count).Select((d, i) => Note(firstId + i, topic, d)).ToList();

    private static readonly string[] Definitions =
    [
        "Precision — это доля верных срабатываний среди всех срабатываний классификатора на тестовой выборке.",
        "Recall — это доля объектов положительного класса, которые классификатор сумел найти.",
        "Перплексия — это экспонента от средней кросс-энтропии языковой модели на тексте.",
        "Dropout — это метод регуляризации, при котором часть нейронов случайно отключается во время обучения.",
        "Бэггинг — это ансамблевый метод, который усредняет модели, обученные на бутстреп-выборках.",
        "Лемматизация — это приведение слова к словарной форме с учётом морфологии языка.",
        "Momentum — это добавка к шагу оптимизации, накапливающая скользящее среднее прошлых градиентов.",
        "Токен — это единица текста, с которой работает языковая модель при обработке запроса.",
        "Стекинг — это объединение моделей, при котором их прогнозы становятся признаками метамодели.",
        "Аугментация — это расширение обучающего набора преобразованиями, которые не меняют метку.",
        "Квантизация — это хранение весов сети в форматах низкой точности ради скорости вывода.",
        "Эмбеддинг — это плотный вектор небольшой размерности, представляющий слово или документ.",
        "Стемминг — это отсечение окончаний по правилам без словаря, которое может дать не настоящее слово.",
    ];
}
