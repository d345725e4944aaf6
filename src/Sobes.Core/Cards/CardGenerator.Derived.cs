namespace Sobes.Core.Cards;

public static partial class CardGenerator
{
    private const string Blank = "____";

    private static IEnumerable<CardDraft> Clozes(SourceItem item, IReadOnlyList<TermDefinition> definitions, IReadOnlyList<string> glossary)
    {
        var text = TextOf(item);
        if (text.Length == 0)
        {
            yield break;
        }

        var topic = item.Topics.Count > 0 ? item.Topics[0] : "";
        var terms = definitions.Select(d => d.Term)
            .Concat(TermFinder.BoldTerms(text))
            .Concat(glossary.Where(g => TermFinder.ContainsWord(text, g)))
            .DistinctBy(TermFinder.Key)
            .Take(MaxClozePerItem);
        foreach (var term in terms)
        {
            var sentence = SentenceWith(text.Replace("**", "", StringComparison.Ordinal), term);
            if (sentence is null)
            {
                continue;
            }

            var prompt = sentence.Replace(term, Blank, StringComparison.OrdinalIgnoreCase);
            yield return new CardDraft(item.Id, CardType.Cloze, "cloze:" + TermFinder.Key(term),
                new CardPayload { Prompt = prompt, Answer = term, Language = item.Language }, item.Revision, topic);
        }
    }

    // Definitions of one topic traded between items: "A — это (definition of B)" is false, the original true.
    private static IEnumerable<CardDraft> TrueFalse(List<(SourceItem Item, TermDefinition Definition)> definitions)
    {
        foreach (var group in ByTopic(definitions))
        {
            var list = group.ToList();
            if (list.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var (item, own) = list[i];
                var other = list[(i + 1) % list.Count].Definition;
                var key = TermFinder.Key(own.Term);
                var payload = new CardPayload { Language = item.Language };
                yield return new CardDraft(item.Id, CardType.TrueFalse, "true:" + key,
                    payload with { Prompt = $"{own.Term} — {own.Definition}", Answer = "true" }, item.Revision, group.Key);
                yield return new CardDraft(item.Id, CardType.TrueFalse, "false:" + key,
                    payload with { Prompt = $"{own.Term} — {other.Definition}", Answer = "false" }, item.Revision, group.Key);
            }
        }
    }

    // Sets of 4–6 pairs per topic, as even as can be, each anchored on the item of its first pair.
    private static IEnumerable<CardDraft> Matching(List<(SourceItem Item, TermDefinition Definition)> definitions)
    {
        foreach (var group in ByTopic(definitions))
        {
            var list = group.DistinctBy(d => TermFinder.Key(d.Definition.Term)).ToList();
            var sets = (list.Count + 5) / 6;
            while (sets > 0 && list.Count / sets < 4)
            {
                sets--;
            }

            for (var s = 0; s < sets; s++)
            {
                var set = list.Skip(s * list.Count / sets).Take(Math.Min(6, ((s + 1) * list.Count / sets) - (s * list.Count / sets))).ToList();
                var anchor = set[0].Item;
                yield return new CardDraft(anchor.Id, CardType.Matching, $"match:{group.Key}:{s}",
                    new CardPayload { Prompt = group.Key, Pairs = set.Select(p => p.Definition).ToList(), Language = anchor.Language },
                    set.Max(p => p.Item.Revision), group.Key);
            }
        }
    }

    private static IEnumerable<IGrouping<string, (SourceItem Item, TermDefinition Definition)>> ByTopic(List<(SourceItem Item, TermDefinition Definition)> definitions) =>
        definitions.Where(d => d.Item.Topics.Count > 0).GroupBy(d => d.Item.Topics[0]).OrderBy(g => g.Key, StringComparer.Ordinal);

    private static string? SentenceWith(string text, string term)
    {
        var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], at + term.Length);
        return text[start..(end < 0 ? text.Length : end + 1)].Trim();
    }
}
