using Sobes.Core.Cards.Terms;
using Sobes.Core.Text;

namespace Sobes.Core.Cards;

public static partial class CardGenerator
{
    /// <summary>
    /// True/false statements from definitions of one topic and language: each definition as written is true; the
    /// term given the definition of another term of the topic is false, but only where the two terms are distinct and
    /// neither holds every word of the other ("Max pooling" holds "Pooling"; siblings such as "Ошибка первого рода"
    /// and "Ошибка второго рода", the classic confusion, qualify), the other definition names the same kind of thing (a metric for
    /// a metric, a method for a method: a statement false at a glance teaches nothing), and it cannot also be true of
    /// the term: it names neither term, the term's own definition does not name the other term (so it is not a kind of
    /// the other), and no two of its words in a row occur in the term's own item ("слишком простых" where the item says
    /// "слишком проста") outside the other term's own definition (an item contrasting precision and recall defines both). Where no other term qualifies, the term gets no false statement.
    /// </summary>
    private static IEnumerable<CardDraft> Statements(List<(SourceItem Item, DefinedTerm Definition)> definitions)
    {
        foreach (var group in ByTopic(definitions))
        {
            var list = group.DistinctBy(d => TermFinder.Key(d.Definition.Term)).ToList();
            if (list.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var (item, own) = list[i];
                var key = TermFinder.Key(own.Term);
                var payload = new CardPayload { Language = item.Language };
                yield return new CardDraft(item.Id, CardType.TrueFalse, GeneratorKeys.True + key,
                    payload with { Prompt = own.Statement(own.Definition), Answer = "true" }, item.Revision, group.Key.Topic);
                var other = Enumerable.Range(1, list.Count - 1).Select(k => list[(i + k) % list.Count].Definition)
                    .FirstOrDefault(o => Swappable(own, o) && !AlsoTrue(item, own, o));
                if (other is not null)
                {
                    yield return new CardDraft(item.Id, CardType.TrueFalse, GeneratorKeys.False + key,
                        payload with { Prompt = own.Statement(other.Definition), Answer = "false" }, item.Revision, group.Key.Topic);
                }
            }
        }
    }

    /// <summary>Whether "<paramref name="own"/>'s term is <paramref name="other"/>'s definition" is surely false (see <see cref="Statements"/>).</summary>
    internal static bool Swappable(DefinedTerm own, DefinedTerm other) =>
        !TermRules.Nested(own.Term, other.Term)
        && !Mentions(other.Definition, own.Term) && !Mentions(other.Definition, other.Term)
        && !Mentions(own.Definition, other.Term)
        && !string.Equals(Normalize(own.Definition), Normalize(other.Definition), StringComparison.Ordinal)
        && DefinitionKinds.Of(own.Definition) is { } kind && kind == DefinitionKinds.Of(other.Definition)
        && SharesSubject(own.Definition, other.Definition) && !KindOf(other.Definition, own.Definition);

    // The two definitions speak of something in common (a word of four letters or more besides their heads and the
    // linking and everywhere-words), so the swap is a confusion a learner could make: "dropout … обучения" and
    // "ранняя остановка … обучение", but not kNN's "относит объект" and target encoding's "по объектам".
    private static bool SharesSubject(string a, string b)
    {
        var left = ContentStems(a).Skip(1).Where(s => !Linking.Contains(s)).ToHashSet(StringComparer.Ordinal);
        left.ExceptWith(ContentStems(b).Take(1));
        return ContentStems(b).Skip(1).Any(left.Contains);
    }

    // The other definition describes a kind of the term: its opening words hold the head of the term's own definition
    // under another head ("LoRA — метод дообучения …" for "Fine-tuning — дообучение …").
    private static bool KindOf(string other, string own)
    {
        var head = TextStemmer.Stems(own).FirstOrDefault(s => s is not ("a" or "an" or "the" or "это"));
        var opening = TextStemmer.Stems(other).Where(s => s is not ("a" or "an" or "the" or "это")).Take(3).ToList();
        return head is not null && opening.Count > 1 && opening[0] != head && opening.Skip(1).Contains(head);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "котор", "котора", "которы", "этот", "всех", "того", "когда", "тольк", "такж", "более", "where", "which", "that", "with", "from", "each",
        "thei", "than", "into", "over", "only", "such", "other", "some",
    };

    private static readonly HashSet<string> Linking = new(FunctionWords.Concat(["объект", "object", "средн", "mean"]), StringComparer.Ordinal);

    // Two content words in a row (function words aside) of the other definition that the item says too, outside the
    // other term's own defining sentence: an item that contrasts two terms ("Precision is … Recall is …") defines both,
    // which says nothing about the one being the other.
    private static bool AlsoTrue(SourceItem item, DefinedTerm own, DefinedTerm other)
    {
        // Sibling terms ("Ошибка первого рода", "Ошибка второго рода") name variants of one thing, defined in its shared
        // words: what the term's own definition shares with the other's is that frame, not a sign that both hold.
        var siblings = TermRules.Overlap(own.Term, other.Term);
        var said = Sentences.Split(TextOf(item)).Select(TermFinder.CleanSentence)
            .Where(s => s != other.Sentence && !(siblings && s == own.Sentence));
        var text = ContentStems(string.Join(" . ", said)).Where(s => !FunctionWords.Contains(s)).ToList();
        var pairs = new HashSet<(string, string)>(text.Zip(text.Skip(1)));
        var definition = ContentStems(other.Definition).Where(s => !FunctionWords.Contains(s)).ToList();
        return definition.Zip(definition.Skip(1)).Any(pairs.Contains);
    }

    private static List<string> ContentStems(string text) => TextStemmer.Stems(text).Where(s => s.Length >= 4).ToList();

    // Whether a word of the term's stems occurs in the text (catches "градиентный" for "градиент").
    private static bool Mentions(string text, string term)
    {
        var stems = TextStemmer.Stems(term).Where(s => s.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return stems.Count > 0 && TextStemmer.Stems(text).Any(stems.Contains);
    }

    private static string Normalize(string text) => string.Join(' ', TextStemmer.Stems(text));

    private static IEnumerable<IGrouping<(string Topic, string Language), (SourceItem Item, DefinedTerm Definition)>> ByTopic(
        List<(SourceItem Item, DefinedTerm Definition)> definitions) =>
        definitions.Where(d => d.Item.Topics.Count > 0).GroupBy(d => (Topic: d.Item.Topics[0], d.Item.Language))
            .OrderBy(g => g.Key.Topic, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal);
}
