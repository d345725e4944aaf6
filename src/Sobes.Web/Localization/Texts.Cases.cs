namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The cases pages: the list, the electrolysis case's task, data, scoring and history.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Cases = new(StringComparer.Ordinal)
    {
        ["nav.cases"] = ("Cases", "Кейсы"),
        ["cases.title"] = ("Take-home cases", "Домашние кейсы"),
        ["cases.lead"] = ("Take-home tasks from interviews, with data generated from a seed: download it, build a model, upload predictions and see where you stand.",
            "Домашние задания с собеседований с данными, сгенерированными по seed: скачайте данные, постройте модель, загрузите прогнозы и сравните себя с эталоном."),
        ["cases.back"] = ("← All cases", "← Все кейсы"),
        ["cases.electrolysis.title"] = ("Alumina in a reduction cell", "Глинозём в электролизёре"),
        ["cases.electrolysis.summary"] = ("Predict the lab's alumina percentage from 3-minute sensor readings of an aluminium reduction cell.",
            "Предсказать процент глинозёма по лабораторным пробам из 3-минутных показаний датчиков электролизёра."),
        ["cases.seed"] = ("Seed", "Seed"),
        ["cases.showSeed"] = ("Show", "Показать"),
        ["cases.badSeed"] = ("A seed is a whole number from 0 to 999999999; showing seed 1.", "Seed — целое число от 0 до 999999999; показан seed 1."),
        ["cases.data"] = ("Data", "Данные"),
        ["cases.dataNote"] = ("A zip of the case's files (about 20 MB). The first download of a seed generates it, which takes several seconds.",
            "Zip с файлами кейса (около 20 МБ). Первое скачивание seed генерирует данные — это займёт несколько секунд."),
        ["cases.download"] = ("Download the data", "Скачать данные"),
        ["cases.submit"] = ("Score predictions", "Проверить прогнозы"),
        ["cases.submitNote"] = ("submission_template.csv filled in: timestamp, prediction, and optionally lower and upper (a 90 % interval).",
            "Заполненный submission_template.csv: timestamp, prediction и по желанию lower и upper (90 % интервал)."),
        ["cases.score"] = ("Score", "Оценить"),
        ["cases.scoring"] = ("Scoring…", "Считаем…"),
        ["cases.noFile"] = ("Choose a predictions file first.", "Сначала выберите файл с прогнозами."),
        ["cases.schemaErrors"] = ("The file could not be scored:", "Файл не удалось оценить:"),
        ["cases.row"] = ("row", "строка"),
        ["cases.column"] = ("column", "столбец"),
        ["cases.scoreOf"] = ("Score of", "Оценка"),
        ["cases.model"] = ("Model", "Модель"),
        ["cases.coverage"] = ("90 % coverage", "Покрытие 90 %"),
        ["cases.yours"] = ("your predictions", "ваши прогнозы"),
        ["cases.noiseFloor"] = ("lab noise floor", "предел — шум лаборатории"),
        ["cases.scoredCount"] = ("On {0} hidden evening samples; lower is better for MAE and RMSE, and no model can beat the lab's own noise by much.",
            "По {0} скрытым вечерним пробам; MAE и RMSE чем меньше, тем лучше, а шум самой лаборатории заметно не обойти."),
        ["cases.history"] = ("Your submissions", "Ваши попытки"),
        ["cases.noHistory"] = ("No submissions yet.", "Попыток пока нет."),
        ["cases.when"] = ("When", "Когда"),
        ["cases.file"] = ("File", "Файл"),
    };
}
