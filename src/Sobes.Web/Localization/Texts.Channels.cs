namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>The channels page: followed channels, their last sync, following and syncing now.</summary>
    private static readonly Dictionary<string, (string En, string Ru)> ChannelStrings = new(StringComparer.Ordinal)
    {
        ["nav.channels"] = ("Channels", "Каналы"),
        ["channels.title"] = ("Channels", "Каналы"),
        ["channels.lead"] = ("Telegram channels followed through their public web preview (t.me/s/NAME): new posts come in, edited posts update their items.",
            "Каналы Telegram, за которыми Sobes следит через их публичный веб-просмотр (t.me/s/NAME): новые посты добавляются, отредактированные обновляют свои элементы."),
        ["channels.background"] = ("They are synced in the background every {0} minutes unless a channel has its own interval.", "Они синхронизируются в фоне каждые {0} мин., если у канала нет своего интервала."),
        ["channels.noBackground"] = ("The background sync is off; use \"Sync now\".", "Фоновая синхронизация выключена; используйте «Синхронизировать»."),
        ["channels.none"] = ("No channels are followed yet.", "Пока нет отслеживаемых каналов."),
        ["channels.name"] = ("Channel", "Канал"),
        ["channels.posts"] = ("Posts read", "Прочитанные посты"),
        ["channels.interval"] = ("Interval", "Интервал"),
        ["channels.minutes"] = ("{0} min", "{0} мин."),
        ["channels.default"] = ("default", "по умолчанию"),
        ["channels.lastSync"] = ("Last sync", "Последняя синхронизация"),
        ["channels.never"] = ("never", "никогда"),
        ["channels.result"] = ("Result", "Результат"),
        ["channels.syncNow"] = ("Sync now", "Синхронизировать"),
        ["channels.remove"] = ("Remove", "Удалить"),
        ["channels.add"] = ("Follow a channel", "Отслеживать канал"),
        ["channels.address"] = ("Channel (@NAME or URL)", "Канал (@NAME или URL)"),
        ["channels.intervalLabel"] = ("Interval, minutes", "Интервал, минуты"),
        ["channels.follow"] = ("Follow", "Отслеживать"),
        ["channels.syncResult"] = ("{0} pages fetched, {1} new posts; items new {2}, updated {3}, merged {4}.", "страниц загружено: {0}, новых постов: {1}; элементов новых {2}, обновлено {3}, объединено {4}."),
    };
}
