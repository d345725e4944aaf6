using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards.Corpus;

/// <summary>
/// A reviewer's verdict on one generated card, keyed by "item id/generator key" and holding the text judged, so a
/// card whose wording changes is reviewed again. <see cref="Usable"/> is null while the card awaits review.
/// </summary>
internal sealed record Judgement(
    [property: JsonPropertyName("card")] string Card,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("usable")] bool? Usable,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("answer")] string Answer)
{
    public static string KeyOf(CardDraft card) => $"{card.ItemId}/{card.GeneratorKey}";

    /// <summary>What a card shows besides its prompt, as one line: the answer, the options, or the pairs.</summary>
    public static string AnswerOf(CardDraft card) => card.Type switch
    {
        CardType.MultipleChoice => string.Join(" | ", (card.Payload.Options ?? []).Select(o => o.Text)),
        CardType.Matching => string.Join(" | ", (card.Payload.Pairs ?? []).Select(p => $"{p.Term} = {p.Definition}")),
        _ => card.Payload.Answer ?? "",
    };

    public static Judgement Pending(CardDraft card) => new(KeyOf(card), card.Type.Name(), null, "", card.Payload.Prompt, AnswerOf(card));

    public bool Judges(CardDraft card) => Prompt == card.Payload.Prompt && Answer == AnswerOf(card);
}

/// <summary>The committed judgements: judgements.jsonl beside the corpus, one a line, in card-key order.</summary>
internal static class JudgementFile
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Path => System.IO.Path.Combine(CorpusItems.Folder(), "judgements.jsonl");

    public static Dictionary<string, Judgement> Load() =>
        File.ReadAllLines(Path).Where(l => l.Length > 0)
            .Select((l, n) => JsonSerializer.Deserialize<Judgement>(l, Json) ?? throw new FormatException($"judgements.jsonl:{n + 1}: empty"))
            .ToDictionary(j => j.Card, StringComparer.Ordinal);

    public static void Save(IEnumerable<Judgement> judgements) =>
        File.WriteAllLines(Path, judgements.OrderBy(j => long.Parse(j.Card[..j.Card.IndexOf('/', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(j => j.Card, StringComparer.Ordinal).Select(j => JsonSerializer.Serialize(j, Json)));
}
