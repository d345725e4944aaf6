using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Files;

/// <summary>The task text, in Russian and English, written for Sobes (the criteria follow the published case).</summary>
internal static class CaseTask
{
    public static string Russian(CaseOptions o) => $"""
        # Кейс: содержание глинозёма в электролизёре (seed {o.Seed})

        Электролизёр стоит в неотапливаемом корпусе; в ящик нельзя заглядывать часто, поэтому лаборатория
        берёт пробу дважды в сутки. Нужно по датчикам предсказывать процент продукта в смеси, чтобы пробы
        можно было брать реже, а со временем заменить моделью.

        Файлы: `series_3min.csv` — показания каждые 3 минуты до {CaseOptions.CutOff:yyyy-MM-dd} (шум, обратная ЭДС,
        средний прирост напряжения, сумма доз АПГ, температуры бортов, лицевой и глухой стороны);
        `avg_mass_apg.csv` — средняя масса одной дозы; `target.csv` — результаты лаборатории.
        В `later/` — те же датчики за следующие {o.HiddenDays} дней и только утренние пробы.
        Предскажите вечерние пробы: заполните `submission_template.csv` (prediction, по желанию lower и upper — 90 % интервал).

        Критерии: инсайты по данным; обоснованное построение модели; оценка модели;
        (доп.) упаковка в функцию, модуль, сервис или приложение.

        Проверка: `sobes case electrolysis score submission.csv --seed {o.Seed}`.
        """;

    public static string English(CaseOptions o) => $"""
        # Case: alumina in a reduction cell (seed {o.Seed})

        The cell stands in an unheated hall; nobody may look into it often, so the lab samples it twice a day.
        Predict the product's percentage in the mixture from the sensors, so samples can be rarer and one day
        replaced by the model.

        Files: `series_3min.csv` — 3-minute readings up to {CaseOptions.CutOff:yyyy-MM-dd} (noise, back EMF, average
        voltage increase, sum of feeder doses, board temperatures along both long sides, face and deaf ends);
        `avg_mass_apg.csv` — the average mass of one dose; `target.csv` — the lab results.
        `later/` holds the same sensors for the next {o.HiddenDays} days and only the morning samples.
        Predict the evening samples: fill `submission_template.csv` (prediction, optionally lower and upper — a 90 % interval).

        Criteria: insights from the data; a justified model; its evaluation;
        (extra) packaging as a function, module, service or application.

        Scoring: `sobes case electrolysis score submission.csv --seed {o.Seed}`.
        """;
}
