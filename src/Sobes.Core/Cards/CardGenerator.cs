using Sobes.Core.Problems;

namespace Sobes.Core.Cards;

/// <summary>
/// Derives practice cards from library items: question → flashcard, quiz → multiple choice, definitions in
/// notes and answers → cloze, swapped definitions within a topic → true/false, 4–6 definitions of a topic →
/// matching, a problem a generator recognises → problem, case → reading. Pure and deterministic.
/// </summary>
public static partial class CardGenerator
{
    /// <summary>At most this many cloze cards per item.</summary>
    public const int MaxClozePerItem = 3;

    /// <summary>
    /// Every card of <paramref name="items"/>, except those whose (generator key, item id) is in
    /// <paramref name="skipped"/> (flagged as bad). <paramref name="glossary"/> adds terms to blank out.
    /// </summary>
    public static IReadOnlyList<CardDraft> Generate(
        IReadOnlyList<SourceItem> items, IReadOnlySet<(string GeneratorKey, long ItemId)>? skipped = null, IReadOnlyList<string>? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var cards = new List<CardDraft>();
        var definitions = new List<(SourceItem Item, TermDefinition Definition)>();
        foreach (var item in items.OrderBy(i => i.Id))
        {
            cards.AddRange(ForItem(item));
            var found = TermFinder.Definitions(TextOf(item), item.Id);
            definitions.AddRange(found.Select(d => (item, d)));
            cards.AddRange(Clozes(item, found, glossary ?? []));
        }

        cards.AddRange(TrueFalse(definitions));
        cards.AddRange(Matching(definitions));
        return skipped is null ? cards : cards.Where(c => !skipped.Contains((c.GeneratorKey, c.ItemId))).ToList();
    }

    private static IEnumerable<CardDraft> ForItem(SourceItem item)
    {
        var topic = item.Topics.Count > 0 ? item.Topics[0] : "";
        var payload = new CardPayload { Language = item.Language };
        switch (item.Kind)
        {
            case "question" when !string.IsNullOrWhiteSpace(item.Answer):
                yield return new CardDraft(item.Id, CardType.Flashcard, "flashcard",
                    payload with { Prompt = item.Question ?? item.Title, Answer = item.Answer }, item.Revision, topic);
                break;
            case "quiz" when item.Options.Count >= 2:
                yield return new CardDraft(item.Id, CardType.MultipleChoice, "choice",
                    payload with { Prompt = item.Question ?? item.Title, Options = item.Options }, item.Revision, topic);
                break;
            case "problem" when ProblemCatalog.MatchKind($"{item.Question}\n{item.Body}") is { } kind:
                yield return new CardDraft(item.Id, CardType.Problem, "problem:" + kind,
                    payload with { Prompt = item.Question ?? item.Title, Answer = item.Answer, ProblemKind = kind }, item.Revision, topic);
                break;
            case "case":
                yield return new CardDraft(item.Id, CardType.Reading, "reading",
                    payload with { Prompt = item.Body, Answer = item.Answer }, item.Revision, topic);
                break;
        }
    }

    private static string TextOf(SourceItem item) => item.Kind switch
    {
        "note" => item.Body,
        "question" => item.Answer ?? "",
        _ => "",
    };
}
