namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The scheduler on the settings and statistics pages: own FSRS parameters, prediction, load balancing.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Scheduler = new(StringComparer.Ordinal)
    {
        ["settings.scheduler"] = ("Scheduler", "Планировщик"),
        ["settings.prediction"] = ("How well the schedule predicts you", "Насколько расписание предсказывает вас"),
        ["settings.logLoss"] = ("log loss", "log loss"),
        ["settings.ownParameters"] = ("your own parameters", "ваши параметры"),
        ["settings.defaultParameters"] = ("default parameters", "параметры по умолчанию"),
        ["settings.reviews"] = ("reviews", "ответов"),
        ["settings.optimizeOffer"] = ("{0} reviews so far: optimizing may fit the schedule to you better.", "Уже {0} ответов: оптимизация может лучше подстроить расписание под вас."),
        ["settings.before"] = ("before", "до"),
        ["settings.after"] = ("after", "после"),
        ["settings.kept"] = ("The new parameters predict your history better and are used from now on.", "Новые параметры лучше предсказывают вашу историю и используются с этого момента."),
        ["settings.notKept"] = ("The new parameters were not better; the current ones stay.", "Новые параметры не лучше; остаются текущие."),
        ["settings.rescheduled"] = ("{0} cards rescheduled.", "Перепланировано карточек: {0}."),
        ["settings.rescheduleToo"] = ("and reschedule existing cards", "и перепланировать карточки"),
        ["settings.optimize"] = ("Optimize", "Оптимизировать"),
        ["settings.reschedule"] = ("Reschedule cards", "Перепланировать карточки"),
        ["settings.balance"] = ("Spread due dates to even out the daily load", "Распределять сроки, выравнивая нагрузку по дням"),
        ["settings.easyDays"] = ("Lighter days", "Лёгкие дни"),
        ["settings.simulate"] = ("Simulate a year at each retention", "Смоделировать год при каждой доле запоминания"),
        ["settings.simulation"] = ("Workload and knowledge against desired retention", "Нагрузка и знания в зависимости от желаемой доли запоминания"),
        ["settings.simulationNote"] = ("A year ahead with your parameters, {0} new cards a day and at most {1} reviews a day.", "На год вперёд с вашими параметрами, {0} новых карточек и не больше {1} повторений в день."),
        ["settings.workload"] = ("minutes a day", "минут в день"),
        ["settings.knowledge"] = ("cards remembered", "карточек в памяти"),
        ["settings.simulatedRetention"] = ("desired retention", "желаемая доля"),
        ["settings.optimalRetention"] = ("Least time per remembered card at a desired retention of {0}.", "Меньше всего времени на запомненную карточку при желаемой доле {0}."),
    };
}
