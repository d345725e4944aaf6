namespace Sobes.Web.Localization;

/// <summary>The interface strings of one request, in its language (English or Russian).</summary>
public sealed partial class Texts
{
    public const string CookieName = "sobes-lang";

    private static readonly Dictionary<string, (string En, string Ru)> Strings;

    // Runs after every partial file's table is initialised; a key defined twice fails at start-up, not silently.
    static Texts()
    {
        Strings = Merge(Common, Accounts, Study, Editing, Owning, Problems, Cases, Scheduler, ChannelStrings);
    }

    public Texts(string language)
    {
        Language = language == "ru" ? "ru" : "en";
    }

    /// <summary>"en" or "ru".</summary>
    public string Language { get; }

    public bool IsRussian => Language == "ru";

    /// <summary>The string for <paramref name="key"/>; the key itself when it is missing, so a gap shows rather than breaks.</summary>
    public string this[string key] => Strings.TryGetValue(key, out var pair) ? (IsRussian ? pair.Ru : pair.En) : key;

    /// <summary>A number of things with the noun agreeing with it ("1 item", "5 элементов").</summary>
    public string Count(int n, string key)
    {
        var forms = this[key].Split('|');
        if (!IsRussian || forms.Length < 3)
        {
            return $"{n} {(n == 1 ? forms[0] : forms[^1])}";
        }

        var (mod10, mod100) = (n % 10, n % 100);
        var form = mod10 == 1 && mod100 != 11 ? forms[0] : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? forms[1] : forms[2];
        return $"{n} {form}";
    }

    public string Kind(string kind) => this["kind." + kind];

    public string Topic(string slug) => Core.Library.Taxonomy.Find(slug) is { } topic ? (IsRussian ? topic.NameRu : topic.NameEn) : slug;

    /// <summary>The language of a request: <c>?lang=</c>, else the cookie, else the browser's first preference.</summary>
    public static string Choose(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is ("en" or "ru") and var fromQuery)
        {
            return fromQuery;
        }

        if (request.Cookies[CookieName] is ("en" or "ru") and var fromCookie)
        {
            return fromCookie;
        }

        var accept = request.Headers.AcceptLanguage.ToString();
        return accept.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "ru" : "en";
    }

    private static Dictionary<string, (string En, string Ru)> Merge(params Dictionary<string, (string En, string Ru)>[] tables)
    {
        var all = new Dictionary<string, (string En, string Ru)>(StringComparer.Ordinal);
        foreach (var (key, value) in tables.SelectMany(t => t))
        {
            if (!all.TryAdd(key, value))
            {
                throw new InvalidOperationException($"The interface string '{key}' is defined twice.");
            }
        }

        return all;
    }
}
