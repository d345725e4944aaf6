using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;

namespace Sobes.Data.Tests.Practice;

/// <summary>Posts and items written for the practice tests.</summary>
internal static class PracticeFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public const string Leakage = "📌 Что такое утечка данных?\n\nУтечка данных — это ситуация, когда в признаки попадает информация о целевой переменной, недоступная в момент прогноза. Модель блестит на валидации и проваливается в продакшене.";

    public const string CrossValidation = "📌 Зачем нужна кросс-валидация?\n\nКросс-валидация — это способ оценить качество модели, обучая её на нескольких разбиениях данных и усредняя результат. Оценка получается устойчивее, чем по одной отложенной выборке.";

    public const string Dropout = "📌 Как работает dropout?\n\nНа каждом шаге обучения случайно обнуляется часть нейронов, и сеть не может полагаться на отдельные признаки. На инференсе dropout выключают.";

    public static async Task<string> ImportAsync(TestLibrary library, string dir, string name, params (int Id, string Text)[] posts)
    {
        var file = Fixtures.Write(dir, name, Fixtures.TelegramExport(posts));
        var report = await library.Importer.ImportAsync([file]);
        Assert.True(report.Committed);
        return file;
    }

    public static async Task<long> SyncAsync(SobesDbContext db, DateTimeOffset? now = null)
    {
        var learner = await Learners.LocalAsync(db, now ?? Now);
        await CardSync.SyncAsync(db, learner.Id, now ?? Now);
        return learner.Id;
    }

    public static ItemRecord KeylessQuiz() => new()
    {
        Kind = "quiz", KindRule = "test", Title = "Какая метрика не зависит от порога?", Question = "Какая метрика не зависит от порога?",
        Body = "Какая метрика не зависит от порога?", Language = "ru", Topics = "|metrics|",
        OptionsJson = """[{"text":"Accuracy","share":0.2},{"text":"ROC AUC","share":0.7},{"text":"F1","share":0.1}]""",
        CreatedAt = Now, UpdatedAt = Now,
    };
}
