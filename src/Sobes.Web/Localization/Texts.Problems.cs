namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The problems pages: the kinds, one instance, its answers, feedback and worked solution.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Problems = new(StringComparer.Ordinal)
    {
        ["nav.problems"] = ("Problems", "Задачи"),
        ["problems.title"] = ("Problems", "Задачи"),
        ["problems.lead"] = ("Computational interview tasks generated from a seed: answer each part, get the step where an answer goes astray, and the worked solution.",
            "Расчётные задачи с собеседований, сгенерированные по seed: ответьте на каждый пункт — увидите шаг, где ответ расходится с решением, и разбор."),
        ["problems.back"] = ("← All problems", "← Все задачи"),
        ["problems.seed"] = ("seed", "seed"),
        ["problems.permalink"] = ("A link to this very instance", "Ссылка на этот вариант"),
        ["problems.exactHint"] = ("a fraction like 3/8, or 0.375", "дробь вида 3/8 или 0,375"),
        ["problems.decimalHint"] = ("a decimal, e.g. 0.412", "десятичная дробь, например 0,412"),
        ["problems.check"] = ("Check", "Проверить"),
        ["problems.new"] = ("New instance", "Новый вариант"),
        ["problems.right"] = ("right", "верно"),
        ["problems.wrong"] = ("wrong", "неверно"),
        ["problems.allRight"] = ("All right. The worked solution is below.", "Всё верно. Разбор — ниже."),
        ["problems.someWrong"] = ("Not yet:", "Пока не так:"),
        ["problems.missing"] = ("no answer given.", "нет ответа."),
        ["problems.unreadable"] = ("could not read this as a number — write 3/8, 0.375 or 37.5%.", "не удалось прочитать число — пишите 3/8, 0,375 или 37,5%."),
        ["problems.divergesAt"] = ("your answer goes astray at", "ответ расходится с решением на"),
        ["problems.step"] = ("step", "шаге"),
        ["problems.notRight"] = ("not right.", "неверно."),
        ["problems.solution"] = ("Worked solution", "Решение по шагам"),
        ["problems.answers"] = ("Answers", "Ответы"),
        ["problems.practise"] = ("Practise variants of this problem", "Решать варианты этой задачи"),
    };
}
