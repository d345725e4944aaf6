using Sobes.Core.Cards.Terms;
using Sobes.Core.Library;

namespace Sobes.Core.Cards;

public static partial class CardGenerator
{
    /// <summary>The longest definition a matching pair shows, in words.</summary>
    public const int MaxPairDefinitionWords = 25;

    /// <summary>
    /// Sets of 4–6 validated pairs per topic and language, as even as can be, each anchored on the item of its first
    /// pair and headed by the topic's display name. A pair is valid when its term shares no word with a term before
    /// it in the topic and its definition is short and names no term of the topic.
    /// </summary>
    private static IEnumerable<CardDraft> Matching(List<(SourceItem Item, DefinedTerm Definition)> definitions)
    {
        foreach (var group in ByTopic(definitions))
        {
            var all = group.ToList();
            var list = new List<(SourceItem Item, DefinedTerm Definition)>();
            foreach (var pair in all)
            {
                var d = pair.Definition;
                if (list.Any(p => TermRules.Overlap(p.Definition.Term, d.Term))
                    || d.Definition.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxPairDefinitionWords
                    || all.Any(o => Mentions(d.Definition, o.Definition.Term)))
                {
                    continue;
                }

                list.Add(pair);
            }

            var sets = (list.Count + 5) / 6;
            while (sets > 0 && list.Count / sets < 4)
            {
                sets--;
            }

            var (topic, language) = group.Key;
            var heading = Taxonomy.Topics.FirstOrDefault(t => t.Slug == topic) is { } known ? (language == "en" ? known.NameEn : known.NameRu) : topic;
            for (var s = 0; s < sets; s++)
            {
                var set = list.Skip(s * list.Count / sets).Take(Math.Min(6, ((s + 1) * list.Count / sets) - (s * list.Count / sets))).ToList();
                var anchor = set[0].Item;
                var key = language == "ru" ? $"{GeneratorKeys.Match}{topic}:{s}" : $"{GeneratorKeys.Match}{topic}:{language}:{s}";
                yield return new CardDraft(anchor.Id, CardType.Matching, key,
                    new CardPayload { Prompt = heading, Pairs = set.Select(p => new TermDefinition(p.Definition.Term, p.Definition.Definition, p.Item.Id)).ToList(), Language = language },
                    set.Max(p => p.Item.Revision), topic);
            }
        }
    }
}
