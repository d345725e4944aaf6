namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The editor's page: edit, merge, split, history.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Editing = new(StringComparer.Ordinal)
    {
        ["item.edit"] = ("Edit, merge or split", "Исправить, объединить или разделить"),
        ["edit.title"] = ("Edit item", "Правка элемента"),
        ["edit.refused"] = ("The change was not made:", "Изменение не сделано:"),
        ["edit.field.title"] = ("Title", "Заголовок"),
        ["edit.field.kind"] = ("Kind", "Тип"),
        ["edit.field.key"] = ("Right option", "Верный вариант"),
        ["edit.field.topics"] = ("Topics", "Темы"),
        ["edit.field.question"] = ("Question", "Вопрос"),
        ["edit.field.answer"] = ("Answer", "Ответ"),
        ["edit.field.body"] = ("Text", "Текст"),
        ["edit.key.keep"] = ("Keep option {0} ({1})", "Оставить вариант {0} ({1})"),
        ["edit.key.none"] = ("No key", "Ключа нет"),
        ["edit.locks"] = ("Fields you change keep your version when the source is imported again.", "Изменённые вами поля сохранят вашу версию при повторном импорте источника."),
        ["edit.save"] = ("Save", "Сохранить"),
        ["edit.cancel"] = ("Cancel", "Отмена"),
        ["edit.merge"] = ("Merge a duplicate into this item", "Присоединить дубликат к этому элементу"),
        ["edit.merge.lead"] = ("The other item's sources, cards and review history move to #{0}; the other item disappears.", "Источники, карточки и история повторений другого элемента перейдут к #{0}; другой элемент исчезнет."),
        ["edit.merge.other"] = ("Item number", "Номер элемента"),
        ["edit.merge.run"] = ("Merge into this item", "Присоединить"),
        ["edit.merge.similar"] = ("Similar items", "Похожие элементы"),
        ["edit.merge.this"] = ("Merge", "Присоединить"),
        ["edit.split.lead"] = ("A wrong merge? Split a post out into an item of its own.", "Объединено по ошибке? Выделите пост в отдельный элемент."),
        ["edit.split.run"] = ("Split out", "Выделить"),
        ["edit.history"] = ("Edit history", "История правок"),
        ["edit.action.edit"] = ("edited", "правка"),
        ["edit.action.merge"] = ("merged", "объединение"),
        ["edit.action.split"] = ("split", "разделение"),
    };
}
