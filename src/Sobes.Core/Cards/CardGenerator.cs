using Sobes.Core.Cards.Linting;
using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Cards;

/// <summary>A card the linter refused, and the rule that refused it.</summary>
public sealed record CardRefusal(CardDraft Card, LintRule Rule);

/// <summary>What generation made of a library: the cards it keeps and the cards the linter refused.</summary>
public sealed record CardAudit(IReadOnlyList<CardDraft> Cards, IReadOnlyList<CardRefusal> Refusals);

/// <summary>
/// Derives practice cards from library items, preferring no card to a bad one: question → flashcard (a statement
/// answered "True"/"False" → true/false); quiz →
/// multiple choice (a keyed true-or-false question → true/false); "Сопоставьте …" with its pairs → matching; problem
/// post → the post itself, and a generated problem only when <see cref="ProblemLink"/> links one; case → reading;
/// a term the item defines or its title asks about → cloze (an author's cloze note: one cloze per deletion, as made);
/// swapped definitions of one topic → true/false; 4–6
/// validated definitions of a topic → matching. Every card passes <see cref="CardLinter"/>. Pure and deterministic.
/// </summary>
public static partial class CardGenerator
{
    /// <summary>At most this many cloze cards per item.</summary>
    public const int MaxClozePerItem = 3;

    /// <summary>The taxonomy's keywords of five letters or more: whole terms (not stems) that can name an item's subject.</summary>
    public static IReadOnlyList<string> TopicGlossary { get; } =
        Library.Taxonomy.Topics.SelectMany(t => t.Keywords).Where(k => k.Length >= 5).Distinct().ToArray();

    /// <summary>
    /// Every card of <paramref name="items"/> the linter passes, except those whose (generator key, item id) is in
    /// <paramref name="skipped"/> (flagged as bad). A <paramref name="glossary"/> term found in an item's title names its subject.
    /// </summary>
    public static IReadOnlyList<CardDraft> Generate(
        IReadOnlyList<SourceItem> items, IReadOnlySet<(string GeneratorKey, long ItemId)>? skipped = null, IReadOnlyList<string>? glossary = null)
    {
        var cards = Audit(items, glossary).Cards;
        return skipped is null ? cards : cards.Where(c => !skipped.Contains((c.GeneratorKey, c.ItemId))).ToList();
    }

    /// <summary>Every card generation proposes for <paramref name="items"/>, split into those kept and those the linter refused.</summary>
    public static CardAudit Audit(IReadOnlyList<SourceItem> items, IReadOnlyList<string>? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var proposed = new List<CardDraft>();
        var definitions = new List<(SourceItem Item, DefinedTerm Definition)>();
        foreach (var item in items.OrderBy(i => i.Id))
        {
            proposed.AddRange(ForItem(item));
            var found = TermFinder.Definitions(TextOf(item));
            definitions.AddRange(found.Select(d => (item, d)));
            // The author chose a note's blanks: their clozes stand in for generated ones.
            proposed.AddRange(AuthorClozes.Has(item.Body) ? AuthorCloze(item) : Clozes(item, found, glossary ?? []));
        }

        proposed.AddRange(Statements(definitions));
        proposed.AddRange(Matching(definitions));
        var kept = new List<CardDraft>();
        var refused = new List<CardRefusal>();
        foreach (var card in proposed)
        {
            if (CardLinter.Refusal(card) is { } rule)
            {
                refused.Add(new CardRefusal(card, rule));
            }
            else
            {
                kept.Add(card);
            }
        }

        return new CardAudit(kept, refused);
    }

    private static IEnumerable<CardDraft> ForItem(SourceItem item)
    {
        var topic = item.Topics.Count > 0 ? item.Topics[0] : "";
        var payload = new CardPayload { Language = item.Language };
        switch (item.Kind)
        {
            case "question" when OwnPairs.Of(item) is { } pairs:
                yield return new CardDraft(item.Id, CardType.Matching, GeneratorKeys.Match + "item",
                    payload with { Prompt = item.Question ?? item.Title, Pairs = pairs }, item.Revision, topic);
                break;
            case "question" when Truth(item.Answer ?? "") is { } truth:
                yield return new CardDraft(item.Id, CardType.TrueFalse, GeneratorKeys.Flashcard,
                    payload with { Prompt = item.Question ?? item.Title, Answer = truth ? "true" : "false" }, item.Revision, topic);
                break;
            case "question" when !string.IsNullOrWhiteSpace(item.Answer):
                yield return new CardDraft(item.Id, CardType.Flashcard, GeneratorKeys.Flashcard,
                    payload with { Prompt = item.Question ?? item.Title, Answer = item.Answer }, item.Revision, topic);
                break;
            case "quiz" when TrueOrFalse(item) is { } truth:
                yield return new CardDraft(item.Id, CardType.TrueFalse, GeneratorKeys.Choice,
                    payload with { Prompt = item.Question ?? item.Title, Answer = truth ? "true" : "false" }, item.Revision, topic);
                break;
            case "quiz" when item.Options.Count >= 2:
                yield return new CardDraft(item.Id, CardType.MultipleChoice, GeneratorKeys.Choice,
                    payload with { Prompt = item.Question ?? item.Title, Options = item.Options }, item.Revision, topic);
                break;
            case "problem":
                foreach (var card in Problems(item, topic, payload))
                {
                    yield return card;
                }

                break;
            case "case":
                yield return new CardDraft(item.Id, CardType.Reading, GeneratorKeys.Reading,
                    payload with { Prompt = item.Body, Answer = item.Answer }, item.Revision, topic);
                break;
        }
    }

    /// <summary>
    /// One cloze card per deletion number of an author's cloze note (an Anki Cloze note), keyed
    /// <see cref="GeneratorKeys.AuthorCloze"/> + the number, as the author made it; the linter holds it to its
    /// structural rules only.
    /// </summary>
    private static IEnumerable<CardDraft> AuthorCloze(SourceItem item)
    {
        var topic = item.Topics.Count > 0 ? item.Topics[0] : "";
        foreach (var number in AuthorClozes.Deletions(item.Body).Select(d => d.Number).Distinct().Order())
        {
            var (prompt, answer) = AuthorClozes.Card(item.Body, number);
            yield return new CardDraft(item.Id, CardType.Cloze, GeneratorKeys.AuthorCloze + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new CardPayload { Prompt = prompt, Answer = answer, Language = item.Language }, item.Revision, topic);
        }
    }

    // A note's text as it reads: an author's cloze deletions filled in.
    private static string TextOf(SourceItem item) => item.Kind switch
    {
        "note" => AuthorClozes.Has(item.Body) ? AuthorClozes.Reveal(item.Body) : item.Body,
        "question" => item.Answer ?? "",
        _ => "",
    };
}
