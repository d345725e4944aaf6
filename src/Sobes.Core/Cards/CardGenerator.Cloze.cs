using System.Text.RegularExpressions;
using Sobes.Core.Cards.Linting;
using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Cards;

public static partial class CardGenerator
{
    /// <summary>
    /// Only the generated cloze cards (<see cref="GeneratorKeys.Cloze"/>) <see cref="Generate"/> makes of
    /// <paramref name="items"/> — each item's own, so no cross-item statements or matching sets are built, and none over
    /// an author's cloze note — linted the same way; for a deck export, which carries no other generated card.
    /// </summary>
    public static IReadOnlyList<CardDraft> ClozeCards(
        IReadOnlyList<SourceItem> items, IReadOnlySet<(string GeneratorKey, long ItemId)>? skipped = null, IReadOnlyList<string>? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.OrderBy(i => i.Id)
            .Where(i => !AuthorClozes.Has(i.Body))
            .SelectMany(i => Clozes(i, TermFinder.Definitions(TextOf(i)), glossary ?? []))
            .Where(c => CardLinter.Refusal(c) is null && skipped?.Contains((c.GeneratorKey, c.ItemId)) != true)
            .ToList();
    }

    /// <summary>
    /// Cloze cards blank a key term of the item's own subject — the term its title asks about, or a term its text
    /// defines — in the one sentence that says what it is, where the term opens the sentence and is followed by what
    /// defines it or says what it does ("X — это …", "X is a …", "X измеряет …", "X adds a …"). The term is blanked as
    /// whole words, once.
    /// </summary>
    private static IEnumerable<CardDraft> Clozes(SourceItem item, IReadOnlyList<DefinedTerm> definitions, IReadOnlyList<string> glossary)
    {
        var text = TextOf(item);
        if (text.Length == 0)
        {
            yield break;
        }

        var topic = item.Topics.Count > 0 ? item.Topics[0] : "";
        var sentences = Sentences.Split(text).Select(TermFinder.CleanSentence).ToList();
        var candidates = new List<(string Term, string Sentence)>();
        foreach (var term in SubjectTerms(item, glossary))
        {
            if (sentences.FirstOrDefault(s => Describes(s, term)) is { } sentence)
            {
                candidates.Add((term, sentence));
            }
        }

        candidates.AddRange(definitions.Select(d => (d.Term, d.Sentence)));
        foreach (var (term, sentence) in candidates.DistinctBy(c => TermFinder.Key(c.Term)).Take(MaxClozePerItem))
        {
            if (TermFinder.CountWord(sentence, term) != 1)
            {
                continue;
            }

            var at = TermFinder.WordAt(sentence, term, 0);
            // An article before the term would hint at it ("An ____"): it goes into the blank's place too.
            var from = LeadingArticle().Match(sentence) is { Success: true } article && article.Length == at ? 0 : at;
            var prompt = sentence[..from] + LintRules.Blank + sentence[(at + term.Length)..];
            yield return new CardDraft(item.Id, CardType.Cloze, GeneratorKeys.Cloze + TermFinder.Key(term),
                new CardPayload { Prompt = prompt, Answer = sentence.Substring(at, term.Length), Language = item.Language }, item.Revision, topic);
        }
    }

    // The title's term ("Что такое X?"), or glossary terms the title names.
    private static IEnumerable<string> SubjectTerms(SourceItem item, IReadOnlyList<string> glossary)
    {
        var title = item.Question ?? item.Title;
        if (TermFinder.TitleTerm(title) is { } term)
        {
            yield return term;
        }

        foreach (var g in glossary.Where(g => TermRules.IsTerm(g) && TermFinder.ContainsWord(title, g)))
        {
            yield return g;
        }
    }

    // The sentence opens with the term (an article before it allowed) and goes on to say what it is or does: a linking or defining verb, or — the
    // term being the item's own subject — any verb of the present tense with what it acts on ("Lasso adds an L1
    // penalty …", "Dropout randomly sets a fraction …", "Бустинг строит деревья …").
    private static bool Describes(string sentence, string term)
    {
        var at = TermFinder.WordAt(sentence, term, 0);
        if (at != 0 && (at < 0 || LeadingArticle().Match(sentence).Length != at))
        {
            return false;
        }

        var rest = sentence[(at + term.Length)..];
        if (DefiningVerb().IsMatch(rest))
        {
            return true;
        }

        // A Russian verb in the plural after a term in the singular has another subject: the term is its object
        // ("Бустинг сдерживают …" — boosting is what they hold back).
        var acting = ActingVerb().Match(rest);
        return acting.Success && (acting.Groups["plural"].Length == 0 || RussianPlural().IsMatch(term));
    }

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    // An English verb in -s followed by a determiner or a number (so "layers are" is not read as a verb), or a Russian
    // verb of the present tense; either after an adverb ("randomly", "последовательно"). Not a hedge ("often",
    // "часто") or a verb that says little ("has", "makes", "имеет", "может"): such a sentence states a property any
    // of several terms could have, not what this one does.
    [GeneratedRegex(@"^\s(?!(?:usually|often|sometimes|rarely|always|generally|typically)\s)(?:[a-z]+ly\s)?(?!(?:does|gets|seems|needs|makes|takes|goes)\s)[a-z]{2,}[^s\W]s\s(?:(?:off|out|up|down|away|on)\s)?(?:a|an|the|each|every|all|its|their|one|two|several|many|some|k|n|\d+)\b|^\s(?!(?:часто|обычно|иногда|нередко|редко|всегда)\s)(?:[а-яё]+о\s)?(?!(?:имеет|имеют|бывает|бывают|может|могут|стоит|есть)\b)[а-яё]{3,}(?:ет|ит|ется|ится|(?<plural>ют|ят|ются|ятся))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActingVerb();

    [GeneratedRegex(@"[а-яё][ыи]$", RegexOptions.IgnoreCase)]
    private static partial Regex RussianPlural();

    [GeneratedRegex(@"^\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|-\s|is\b|are\b|means\b|refers\b|measures\b|shows\b|describes\b|estimates\b|allows\b|helps\b|reduces\b|prevents\b|combines\b|используется|используются|является|являются|позволяет|позволяют|показывает|измеряет|означает|описывает|оценивает|помогает|уменьшает|снижает|предотвращает|объединяет|называется|отвечает|решает|состоит)", RegexOptions.IgnoreCase)]
    private static partial Regex DefiningVerb();
}
