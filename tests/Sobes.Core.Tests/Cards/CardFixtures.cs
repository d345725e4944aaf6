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

    /// <summary>Six notes of one topic, one definition each.</summary>
    public static IReadOnlyList<SourceItem> Glossary(string topic, int count, long firstId = 100) =>
        Enumerable.Range(0, count).Select(i => Note(firstId + i, topic, $"Термин{(char)('А' + i)} — это определение номер {i} для проверки генерации карточек.")).ToList();
}
