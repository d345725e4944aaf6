namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The owner's pages and controls: sort, state filters, bulk actions, delete and restore, sources, review.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Owning = new(StringComparer.Ordinal)
    {
        ["sort.newest"] = ("Newest first", "Сначала новые"),
        ["sort.oldest"] = ("Oldest first", "Сначала старые"),
        ["sort.title"] = ("By title", "По заголовку"),
        ["sort.id"] = ("By number", "По номеру"),
        ["state.any"] = ("All items", "Все элементы"),
        ["state.needs-answer"] = ("Needs an answer", "Нужен ответ"),
        ["state.in-review"] = ("In review", "На проверке"),
        ["state.deleted"] = ("Deleted", "Удалённые"),
        ["library.showAds"] = ("Show ads", "Показывать рекламу"),
        ["bulk.title"] = ("For all {0} items of this list:", "Для всех {0} элементов списка:"),
        ["bulk.delete"] = ("Delete", "Удалить"),
        ["bulk.restore"] = ("Restore", "Восстановить"),
        ["bulk.dismiss"] = ("Dismiss from review", "Убрать из проверки"),
        ["bulk.done"] = ("Done: {0} items changed.", "Готово: изменено элементов — {0}."),
        ["sample.lead"] = ("This library holds the bundled sample channel.", "В библиотеке есть встроенный пример канала."),
        ["sample.remove"] = ("Remove the sample", "Убрать пример"),
        ["item.deleted"] = ("This item is deleted: it is not in lists, search, practice or exports.", "Этот элемент удалён: его нет в списках, поиске, практике и выгрузках."),
        ["item.delete"] = ("Delete", "Удалить"),
        ["item.restore"] = ("Restore", "Восстановить"),
        ["nav.review"] = ("Review", "Проверка"),
        ["nav.sources"] = ("Sources", "Источники"),
        ["review.title"] = ("Review", "Проверка"),
        ["review.lead"] = ("Items an import left for an editor. Fix one (your fields survive re-imports) or dismiss it.", "Элементы, которые импорт оставил редактору. Исправьте (ваши поля переживут повторный импорт) или уберите из проверки."),
        ["review.empty"] = ("Nothing to review.", "Проверять нечего."),
        ["review.fix"] = ("Fix", "Исправить"),
        ["review.dismiss"] = ("Dismiss", "Убрать"),
        ["review.title-inferred"] = ("title made up", "заголовок придуман"),
        ["review.needs-answer"] = ("no answer", "нет ответа"),
        ["review.unsure-kind"] = ("kind unsure", "тип под вопросом"),
        ["review.no-topic"] = ("no topic", "нет темы"),
        ["sources.title"] = ("Sources", "Источники"),
        ["sources.items"] = ("Items", "Элементов"),
        ["sources.posts"] = ("Posts", "Постов"),
        ["sources.imported"] = ("Imported", "Импортирован"),
        ["sources.deleted"] = ("deleted", "удалён"),
        ["sources.sample"] = ("sample", "пример"),
        ["sources.empty"] = ("No sources yet.", "Источников пока нет."),
    };
}
