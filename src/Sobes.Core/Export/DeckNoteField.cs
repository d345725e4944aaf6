using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Core.Export;

/// <summary>
/// What a Sobes note carries beyond Anki's fields, in its last field (<see cref="Name"/>, which no template shows): a small
/// versioned JSON object. A main note holds the item as the library has it (kind and the rule that decided it, title, question, answer, text, topics,
/// hashtags, links, code blocks, media, when it was first posted, a quiz's exact shares and its key and who set it) and the Sobes card each of its cards carries
/// ({"cards":{"0":"author-cloze:1",…}}); a generated cloze note holds the GUID of its item's main note ("of") and its
/// card's key. A Sobes import reads it back, so a round trip keeps the item whole and every card's history.
/// </summary>
public static class DeckNoteField
{
    /// <summary>The field's name in every Sobes note type.</summary>
    public const string Name = "Sobes";

    /// <summary>The format's version; a reader refuses others.</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The field of an item's main note whose cards carry <paramref name="cards"/>.</summary>
    public static string Of(ExportItem item, IReadOnlyList<DeckCardDraft> cards)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(cards);
        return Html(new Data
        {
            V = Version,
            Kind = item.Kind,
            Rule = item.KindRule,
            Title = item.Title,
            TitleInferred = item.TitleInferred ? true : null,
            Question = item.Question,
            Answer = item.Answer,
            Body = item.Body,
            Topics = item.Topics,
            Hashtags = item.Hashtags,
            Links = item.Links,
            Code = item.Code.Select(c => new CodeData(c.Language, c.Text)).ToList(),
            Media = item.Media,
            Posted = item.PostedAt,
            Shares = item.Options.Count > 0 ? item.Options.Select(o => o.Share).ToList() : null,
            Key = item.KeyOption is { } option && item.KeySource is { } source ? new KeyData(option, source.ToString().ToLowerInvariant()) : null,
            Cards = Cards(cards),
        });
    }

    /// <summary>The field of a generated cloze note: the item's main note and the card's key.</summary>
    public static string Generated(string mainGuid, IReadOnlyList<DeckCardDraft> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        return Html(new Data { V = Version, Of = mainGuid, Cards = Cards(cards) });
    }

    /// <summary>Reads a field (its HTML as the note holds it); null with the reason when it is not this format.</summary>
    public static DeckNoteData? Read(string html, out string? problem)
    {
        Data? data;
        try
        {
            data = JsonSerializer.Deserialize<Data>(System.Net.WebUtility.HtmlDecode(html ?? ""), Json);
        }
        catch (JsonException e)
        {
            problem = "its Sobes field is not JSON: " + e.Message;
            return null;
        }

        if (data is null || data.V != Version)
        {
            problem = $"its Sobes field is not version {Version} of the format";
            return null;
        }

        var cards = new Dictionary<int, string>();
        foreach (var (ordinal, key) in data.Cards ?? [])
        {
            if (!int.TryParse(ordinal, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || string.IsNullOrWhiteSpace(key))
            {
                problem = $"its Sobes field names a card '{ordinal}' that is not a card ordinal with a key";
                return null;
            }

            cards[n] = key;
        }

        problem = null;
        if (data.Of is { Length: > 0 } of)
        {
            return new DeckNoteData(null, of, cards, null);
        }

        if (!ItemKinds.TryParse(data.Kind, out var kind) || data.Title is null || data.Body is null)
        {
            problem = "its Sobes field names no item kind, title and text";
            return null;
        }

        QuizKey? quizKey = null;
        if (data.Key is { } k)
        {
            if (!Enum.TryParse<KeySource>(k.Source, true, out var keySource) || !Enum.IsDefined(keySource) || k.Option < 0)
            {
                problem = $"its Sobes field's key ({k.Option}, '{k.Source}') is not an option and who set it";
                return null;
            }

            quizKey = new QuizKey(k.Option, keySource);
        }

        var preset = new ItemPreset
        {
            Kind = kind,
            KindRule = data.Rule,
            Title = data.Title,
            TitleInferred = data.TitleInferred ?? false,
            Question = data.Question,
            Answer = data.Answer,
            Body = data.Body,
            Topics = Clean(data.Topics),
            Hashtags = Clean(data.Hashtags),
            Links = Clean(data.Links),
            Code = (data.Code ?? []).OfType<CodeData>().Where(c => c.Text is not null).Select(c => new CodeBlock(c.Language, c.Text!)).ToList(),
            Media = Clean(data.Media),
            Shares = data.Shares ?? [],
            Key = quizKey,
        };
        return new DeckNoteData(preset, null, cards, data.Posted);
    }

    private static List<string> Clean(IReadOnlyList<string?>? list) => (list ?? []).OfType<string>().ToList();

    private static Dictionary<string, string> Cards(IReadOnlyList<DeckCardDraft> cards) =>
        cards.Where(c => c.GeneratorKey is not null).ToDictionary(c => c.Ordinal.ToString(CultureInfo.InvariantCulture), c => c.GeneratorKey!);

    private static string Html(Data data) => DeckExport.Html(JsonSerializer.Serialize(data, Json));

    private sealed record Data
    {
        public int V { get; init; }

        public string? Of { get; init; }

        public string? Kind { get; init; }

        public string? Rule { get; init; }

        public string? Title { get; init; }

        public bool? TitleInferred { get; init; }

        public string? Question { get; init; }

        public string? Answer { get; init; }

        public string? Body { get; init; }

        public IReadOnlyList<string?>? Topics { get; init; }

        public IReadOnlyList<string?>? Hashtags { get; init; }

        public IReadOnlyList<string?>? Links { get; init; }

        public IReadOnlyList<CodeData?>? Code { get; init; }

        public IReadOnlyList<string?>? Media { get; init; }

        public DateTimeOffset? Posted { get; init; }

        public IReadOnlyList<double?>? Shares { get; init; }

        public KeyData? Key { get; init; }

        public Dictionary<string, string>? Cards { get; init; }
    }

    private sealed record CodeData(string? Language, string? Text);

    private sealed record KeyData(int Option, string? Source);
}

/// <summary>A Sobes note's field, read: the item (a main note) or the GUID of the main note it belongs to (a generated note), each card's Sobes card key by ordinal, and when the item's first post was published.</summary>
public sealed record DeckNoteData(ItemPreset? Preset, string? MainGuid, IReadOnlyDictionary<int, string> Cards, DateTimeOffset? Posted);
